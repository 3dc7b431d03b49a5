import { readFileSync } from 'node:fs';
import { apiDocsArePublic, loadAppConfig } from '../src/common/config/app-config.js';
import { shouldLoadDemoData } from '../src/demo/demo-policy.js';
import { PASSWORD, registerMember } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { postForm, visitForm } from './support/web-form.js';

describe('beveiligingskoppen en terugkeeradressen', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('zet een strikte CSP zonder inline script, verbiedt inkaderen en lekt geen adres naar andere sites', async () => {
    for (const path of ['/programma', '/api/events']) {
      const response = await t.http.get(path).expect(200);
      const csp = String(response.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("frame-ancestors 'none'");
      expect(response.headers['x-frame-options']).toBe('DENY');
      expect(response.headers['referrer-policy']).toBe('same-origin');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      // Plain http here: HSTS would lock a development set-up out of its own site.
      expect(response.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it.each([
    ['/\t/evil.example'],
    ['//evil.example'],
    ['/\\evil.example'],
    ['/\\\\evil.example'],
    ['https://evil.example'],
    ['%2F%2Fevil.example'],
  ])('stuurt na aanmelden met terug=%j naar /mijn, niet naar een andere site', async (back) => {
    const member = await registerMember(t);
    const visitor = await visitForm(t, `/aanmelden?terug=${encodeURIComponent(back)}`);
    const response = await postForm(t, visitor, '/aanmelden', { email: member.email, password: PASSWORD, terug: back });
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe('/mijn');
  });

  it('stuurt na aanmelden wel terug naar een pad op deze site', async () => {
    const member = await registerMember(t);
    const visitor = await visitForm(t, '/aanmelden');
    const response = await postForm(t, visitor, '/aanmelden', {
      email: member.email,
      password: PASSWORD,
      terug: '/mijn/intekeningen?status=actief',
    });
    expect(response.headers.location).toBe('/mijn/intekeningen?status=actief');
  });
});

describe('achter TLS en in productie', () => {
  it('stuurt HSTS als het publieke adres https is, en toont Swagger UI niet zonder API_DOCS_PUBLIC', async () => {
    const t = await startTestApp({ PUBLIC_BASE_URL: 'https://satelliet.example', API_DOCS_PUBLIC: 'false' });
    try {
      const page = await t.http.get('/programma').expect(200);
      expect(page.headers['strict-transport-security']).toMatch(/max-age=31536000/);
      await t.http.get('/api/docs').expect(404);
      await t.http.get('/api/docs/openapi.json').expect(404);
    } finally {
      await t.close();
    }
  });

  it('laat Swagger UI standaard dicht in productie, open daarbuiten', () => {
    const production = { NODE_ENV: 'production', TOKEN_SECRET: 'x'.repeat(40) };
    expect(startsPublic(production)).toBe(false);
    expect(startsPublic({ ...production, API_DOCS_PUBLIC: 'true' })).toBe(true);
    expect(startsPublic({})).toBe(true);
  });

  it('docker-compose.yml draait standaard in productie: zonder eigen TOKEN_SECRET start het niet, en nooit met demodata', () => {
    const environment = composeAppEnvironment(readFileSync('docker-compose.yml', 'utf8'), {});
    expect(environment.NODE_ENV).toBe('production');
    expect(environment.TOKEN_SECRET).toEqual({ missing: expect.stringContaining('TOKEN_SECRET') });
    const withSecret = composeAppEnvironment(readFileSync('docker-compose.yml', 'utf8'), { TOKEN_SECRET: 'y'.repeat(40) });
    const config = loadAppConfig(withSecret as Record<string, string>);
    expect(config.NODE_ENV).toBe('production');
    expect(shouldLoadDemoData(config)).toBe(false);
  });
});

const startsPublic = (env: Record<string, string>) => apiDocsArePublic(loadAppConfig(env));

/**
 * The app service's environment as `docker compose` interpolates it from the shell: `${X:-d}`
 * falls back to d, `${X:?message}` refuses to start without X.
 */
function composeAppEnvironment(yaml: string, shell: Record<string, string>): Record<string, string | { missing: string }> {
  const appBlock = yaml.slice(yaml.indexOf('\n  app:'));
  const afterEnvironment = appBlock.slice(appBlock.indexOf('environment:')).split('\n').slice(1);
  const blockEnd = afterEnvironment.findIndex((line) => /^ {0,4}\S/.test(line));
  const lines = afterEnvironment.slice(0, blockEnd).filter((line) => /^ {6}\w+:/.test(line));
  return Object.fromEntries(
    lines.map((line) => {
      const [, name, rawValue] = /^ {6}(\w+):\s*(.*)$/.exec(line) ?? [];
      const value = rawValue.replace(/^'(.*)'$/, '$1');
      const reference = /^\$\{(\w+)(?::([-?])(.*))?\}$/.exec(value);
      if (!reference) return [name, value];
      const [, variable, operator, fallback] = reference;
      if (shell[variable]) return [name, shell[variable]];
      return [name, operator === '?' ? { missing: fallback } : (fallback ?? '')];
    }),
  );
}
