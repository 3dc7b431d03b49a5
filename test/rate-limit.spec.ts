import { registrationBody } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const login = (t: TestApp, forwardedFor: string) =>
  t.http.post('/api/auth/login').set('X-Forwarded-For', forwardedFor).send({ email: 'iemand@test.example', password: 'x' });

async function statusesOfRotatingLogins(t: TestApp, forwardedFor: (attempt: number) => string): Promise<number[]> {
  const statuses: number[] = [];
  for (let attempt = 0; attempt < 6; attempt++) statuses.push((await login(t, forwardedFor(attempt))).status);
  return statuses;
}

describe('rate limit op registreren en aanmelden', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '3' });
  });
  afterAll(() => t.close());

  it('geeft 429 zodra een adres te veel aanvragen per minuut stuurt, geteld in PostgreSQL', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 4; attempt++) {
      statuses.push((await t.http.post('/api/auth/login').send({ email: 'iemand@test.example', password: 'x' })).status);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    const register = await t.http.post('/api/auth/register').send(registrationBody());
    expect(register.status).toBe(429);
    expect(register.body.type).toBe('/problems/too-many-requests');
    const [bucket] = await t.dataSource.query(
      `SELECT hits FROM rate_limit_buckets WHERE key LIKE 'auth:%' ORDER BY hits DESC LIMIT 1`,
    );
    expect(bucket.hits).toBeGreaterThanOrEqual(4);
  });

  it('beperkt ook het aanvragen van een herstellink per adres', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 4; attempt++) {
      statuses.push((await t.http.post('/api/auth/password-reset').send({ email: `iemand${attempt}@test.example` })).status);
    }
    expect(statuses).toEqual([202, 202, 202, 429]);
  });
});

describe('X-Forwarded-For omzeilt de limiet niet', () => {
  it('gelooft zonder TRUST_PROXY geen enkel X-Forwarded-For: wisselende adressen krijgen toch 429', async () => {
    const t = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '3' });
    try {
      expect(await statusesOfRotatingLogins(t, (attempt) => `203.0.113.${attempt + 1}`)).toEqual([401, 401, 401, 429, 429, 429]);
    } finally {
      await t.close();
    }
  });

  it('gelooft met TRUST_PROXY=127.0.0.1 enkel de hop die die proxy toevoegde, niet wat de klant ervoor zette', async () => {
    const t = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '3', TRUST_PROXY: '127.0.0.1' });
    try {
      const statuses = await statusesOfRotatingLogins(t, (attempt) => `198.51.100.${attempt + 1}, 203.0.113.7`);
      expect(statuses).toEqual([401, 401, 401, 429, 429, 429]);
      const buckets: { key: string }[] = await t.dataSource.query(`SELECT key FROM rate_limit_buckets`);
      expect(buckets.map((bucket) => bucket.key)).toEqual(['auth:203.0.113.7']);
    } finally {
      await t.close();
    }
  });

  it('telt achter een vertrouwde proxy (TRUST_PROXY=1) elke echte klant apart', async () => {
    const t = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '3', TRUST_PROXY: '1' });
    try {
      expect(await statusesOfRotatingLogins(t, (attempt) => `203.0.113.${attempt + 1}`)).toEqual([401, 401, 401, 401, 401, 401]);
    } finally {
      await t.close();
    }
  });
});
