import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, DESKTOP, launchBrowser, signIn } from '../support/browser.js';
import { createStaff, PASSWORD, validEnterpriseNumber } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('webpagina’s: registreren, aanmelden, mijn account, afmelden', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  const email = `animatie-${Date.now()}@wzc-delinde.example`;
  const password = 'een zin als wachtwoord';

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchBrowser();
  });
  beforeEach(async () => {
    // axe needs JavaScript in the browser; the pages themselves ship none (checked below).
    page = await browser.newPage({ viewport: DESKTOP });
  });
  afterEach(() => page.close());
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const fillRegistration = async (postcode: string) => {
    await page.getByLabel('Soort organisatie').selectOption('woonzorgcentrum');
    await page.getByLabel('Naam van de organisatie').fill('WZC De Linde');
    await page.getByLabel('Ondernemingsnummer').fill(validEnterpriseNumber());
    await page.getByLabel('Straat en huisnummer').fill('Lindelaan 12');
    await page.getByLabel('Postcode').fill(postcode);
    await page.getByLabel('Gemeente').fill('Pelt');
    await page.getByLabel('Provincie').selectOption('limburg');
    await page.getByLabel('Algemeen e-mailadres').fill('info@wzc-delinde.example');
    await page.getByLabel('Telefoonnummer').fill('011 12 34 56');
    await page.getByLabel('Uw naam').fill('An Peeters');
    await page.getByLabel('Uw e-mailadres').fill(email);
    await page.getByLabel('Kies een wachtwoord').fill(password);
  };

  it('een zorgcentrum registreert zich, ziet eerst een fout naast het veld, en komt dan op /mijn', async () => {
    await page.goto(`${t.baseUrl}/registreren`);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await page.locator('script').count()).toBe(0);
    await fillRegistration('39');
    await page.getByRole('button', { name: 'Registreren' }).click();

    await page.waitForURL('**/registreren');
    const postcode = page.getByLabel('Postcode');
    expect(await postcode.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await postcode.getAttribute('aria-describedby')) ?? '';
    const errorText = await page.locator(`#${describedBy.split(' ').find((id) => id.endsWith('-fout'))}`).textContent();
    expect(errorText).toContain('Dit veld moet een Belgische postcode van 4 cijfers zijn.');
    // The other answers are kept, the password is not.
    expect(await page.getByLabel('Naam van de organisatie').inputValue()).toBe('WZC De Linde');
    expect(await page.getByLabel('Soort organisatie').inputValue()).toBe('woonzorgcentrum');
    expect(await page.getByLabel('Kies een wachtwoord').inputValue()).toBe('');
    expect(await accessibilityViolations(page)).toEqual([]);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM users WHERE email = $1`, [email]);
    expect(n).toBe(0);

    await postcode.fill('3900');
    await page.getByLabel('Kies een wachtwoord').fill(password);
    await page.getByRole('button', { name: 'Registreren' }).click();
    await page.waitForURL('**/mijn');
    const text = await page.locator('main').textContent();
    expect(text).toContain('WZC De Linde');
    expect(text).toContain('Welkom, An Peeters.');
    expect(text).toContain('Lindelaan 12, 3900 Pelt (Limburg)');
    expect(await accessibilityViolations(page)).toEqual([]);

    const cookies = await page.context().cookies();
    expect(cookies.find((cookie) => cookie.name === 'satelliet_sessie')).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
  });

  it('meldt af en weer aan, en stuurt wie niet aangemeld is van /mijn naar het aanmeldformulier', async () => {
    await page.goto(`${t.baseUrl}/mijn`);
    await page.waitForURL('**/aanmelden?terug=%2Fmijn');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord').fill('fout wachtwoord');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    expect(await page.locator('.error-summary').textContent()).toContain('E-mailadres of wachtwoord klopt niet.');
    expect(await page.getByLabel('E-mailadres').inputValue()).toBe(email);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Wachtwoord').fill(password);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.waitForURL('**/mijn');
    expect(await page.locator('main').textContent()).toContain('WZC De Linde');

    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.waitForURL('**/aanmelden?afgemeld=1');
    expect(await page.getByRole('status').textContent()).toContain('U bent afgemeld.');
    await page.goto(`${t.baseUrl}/mijn`);
    await page.waitForURL('**/aanmelden?terug=%2Fmijn');
  });

  it('laat elke rol landen op haar eigen startpagina: admin op het programmabeheer, financiën op het jaar', async () => {
    for (const [role, start] of [
      ['admin', '/beheer/voorstellingen'],
      ['finance', '/financien'],
    ] as const) {
      const staff = await createStaff(t, role);
      const own = await browser.newPage({ viewport: DESKTOP });
      await signIn(own, t.baseUrl, staff.email, PASSWORD);
      expect(new URL(own.url()).pathname).toBe(start);
      await own.close();
    }
  });

  it('weigert een formulier zonder geldig CSRF-token met een HTML-pagina', async () => {
    const response = await t.http
      .post('/aanmelden')
      .type('form')
      .send({ email, password, _csrf: 'vervalst-token-dat-lang-genoeg-is-000' })
      .set('Cookie', 'satelliet_csrf=een-ander-token-dat-ook-lang-genoeg-is');
    expect(response.status).toBe(403);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(response.text).toContain('Dit formulier is verlopen');
    expect(response.headers['set-cookie']?.toString() ?? '').not.toContain('satelliet_sessie');
  });

  it('laat de API gewoon problem+json antwoorden', async () => {
    const response = await t.http.get('/api/events/00000000-0000-4000-8000-000000000000');
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toMatch(/problem\+json/);
  });
});
