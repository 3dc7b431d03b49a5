import type { Browser, Page } from 'playwright-core';
import {
  accessibilityViolations,
  DESKTOP,
  fieldError,
  fillSignOnForm,
  launchBrowser,
  PHONE,
  scrollsSideways,
  signIn,
} from '../support/browser.js';
import {
  bearer,
  createStaff,
  ensureSeason,
  PASSWORD,
  publishedEvent,
  registerMember,
  signOnBody,
  type Member,
} from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('webpagina’s: intekenen, mijn intekeningen, annuleren', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let admin: Member;
  let launchCentre: Member;

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchBrowser();
    await ensureSeason(t.dataSource);
    admin = await createStaff(t, 'admin');
    launchCentre = await registerMember(t, 'culture_house');
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: DESKTOP });
  });
  afterEach(() => page.close());
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const fillSignOn = (viewers: string) =>
    fillSignOnForm(page, { name: 'Lies Animatie', email: 'lies@wzc.example', phone: '011 00 02 01', viewers });

  it('een zorgcentrum tekent in drie stappen in, ziet eerst een fout naast het veld en dan "bevestigd"', async () => {
    const eventId = await publishedEvent(t, admin, launchCentre.organisationId, { title: 'Chique Dingues' });
    const member = await registerMember(t, 'care_centre');

    await page.goto(`${t.baseUrl}/programma/${eventId}`);
    await page.getByRole('link', { name: 'Intekenen op deze voorstelling' }).click();
    // Not signed in: the login page, which brings the user back to the form.
    await page.waitForURL(/\/aanmelden\?terug=/);
    await page.getByLabel('E-mailadres').fill(member.email);
    await page.getByLabel('Wachtwoord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.waitForURL(`**/programma/${eventId}/intekenen`);

    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('Stap 1 van 3');
    expect(text).toContain('Stap 3 van 3');
    expect(text).toContain('niets over uw bewoners');
    expect(text).toContain('€\u00A095,00');
    expect(await page.locator('script').count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    await fillSignOn('0');
    await page.getByRole('button', { name: 'Intekenen' }).click();
    expect(await fieldError(page, 'Verwacht aantal kijkers')).toContain('Dit veld moet minstens 1 zijn.');
    expect(await page.getByLabel('Naam van de contactpersoon').inputValue()).toBe('Lies Animatie');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Verwacht aantal kijkers').fill('35');
    await page.getByRole('button', { name: 'Intekenen' }).click();
    await page.waitForURL(/\/mijn\/intekeningen\/[0-9a-f-]+\?nieuw=1/);
    expect(await page.getByRole('status').textContent()).toContain('Uw plaats is bevestigd.');
    expect(await page.locator('main').textContent()).toContain('stream.example');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.goto(`${t.baseUrl}/mijn/intekeningen`);
    const list = (await page.locator('main').textContent()) ?? '';
    expect(list).toContain('Chique Dingues');
    expect(list).toContain('Bevestigd');
    expect(await accessibilityViolations(page)).toEqual([]);

    // A second sign-on of the same organisation is refused in Dutch, in the page.
    await page.goto(`${t.baseUrl}/programma/${eventId}/intekenen`);
    await fillSignOn('35');
    await page.getByRole('button', { name: 'Intekenen' }).click();
    expect(await page.locator('.error-summary').textContent()).toContain('al ingetekend');
  });

  it('een volle voorstelling zet op de wachtlijst met plaats; annuleren via een bevestigingspagina laat de volgende doorschuiven', async () => {
    const eventId = await publishedEvent(t, admin, launchCentre.organisationId, { title: 'Old Time Favourites', capacity: 1 });
    const first = await registerMember(t, 'care_centre');
    const second = await registerMember(t, 'care_centre');
    await t.http.post(`/api/events/${eventId}/subscriptions`).set(bearer(first)).send(signOnBody()).expect(201);

    await signIn(page, t.baseUrl, second.email, PASSWORD);
    await page.goto(`${t.baseUrl}/programma/${eventId}/intekenen`);
    await fillSignOn('20');
    await page.getByRole('button', { name: 'Intekenen' }).click();
    await page.waitForURL(/nieuw=1/);
    expect(await page.getByRole('status').textContent()).toContain('U staat op plaats 1 van de wachtlijst.');
    await page.goto(`${t.baseUrl}/mijn/intekeningen`);
    expect(await page.locator('main').textContent()).toContain('plaats 1 op de wachtlijst');

    const firstPage = await browser.newPage({ viewport: DESKTOP });
    await signIn(firstPage, t.baseUrl, first.email, PASSWORD);
    await firstPage.goto(`${t.baseUrl}/mijn/intekeningen`);
    await firstPage.getByRole('link', { name: 'Annuleren van Old Time Favourites' }).click();
    expect(await firstPage.getByRole('heading', { level: 1 }).textContent()).toBe('Intekening annuleren');
    expect(await accessibilityViolations(firstPage)).toEqual([]);
    await firstPage.getByLabel('Waarom annuleert u?').fill('Onze zaal is die dag bezet.');
    await firstPage.getByRole('button', { name: 'Ja, annuleer mijn intekening' }).click();
    await firstPage.waitForURL('**/mijn/intekeningen?geannuleerd=1');
    expect(await firstPage.getByRole('status').textContent()).toContain('Uw intekening is geannuleerd.');
    expect(await firstPage.locator('main').textContent()).toContain('Geannuleerd');
    await firstPage.close();

    await page.reload();
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('Bevestigd');
    expect(text).not.toContain('wachtlijst');
  });

  it('annuleren zonder geldig CSRF-token wordt geweigerd en verandert niets', async () => {
    const eventId = await publishedEvent(t, admin, launchCentre.organisationId);
    const member = await registerMember(t, 'care_centre');
    const created = await t.http.post(`/api/events/${eventId}/subscriptions`).set(bearer(member)).send(signOnBody()).expect(201);
    const response = await t.http
      .post(`/mijn/intekeningen/${created.body.id}/annuleren`)
      .type('form')
      .set('Cookie', [`satelliet_sessie=${member.token}`, 'satelliet_csrf=een-token-dat-lang-genoeg-is-00000000'])
      .send({ _csrf: 'een-ander-token-dat-lang-genoeg-is-0000' });
    expect(response.status).toBe(403);
    const [{ status }] = await t.dataSource.query('SELECT status FROM subscriptions WHERE id = $1', [created.body.id]);
    expect(status).toBe('confirmed');
  });

  it('een zorgcentrum ziet de intekening van een ander niet', async () => {
    const eventId = await publishedEvent(t, admin, launchCentre.organisationId);
    const owner = await registerMember(t, 'care_centre');
    const stranger = await registerMember(t, 'care_centre');
    const created = await t.http.post(`/api/events/${eventId}/subscriptions`).set(bearer(owner)).send(signOnBody()).expect(201);
    await signIn(page, t.baseUrl, stranger.email, PASSWORD);
    const response = await page.goto(`${t.baseUrl}/mijn/intekeningen/${created.body.id}`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('main').textContent()).not.toContain('Lies Animatie');
  });

  it('op een telefoon scrollen het intekenformulier en mijn intekeningen niet zijwaarts', async () => {
    const eventId = await publishedEvent(t, admin, launchCentre.organisationId);
    const member = await registerMember(t, 'care_centre');
    await t.http.post(`/api/events/${eventId}/subscriptions`).set(bearer(member)).send(signOnBody()).expect(201);
    const phone = await browser.newPage({ viewport: PHONE });
    await signIn(phone, t.baseUrl, member.email, PASSWORD);
    for (const path of [`/programma/${eventId}/intekenen`, '/mijn/intekeningen']) {
      await phone.goto(`${t.baseUrl}${path}`);
      expect({ path, sideways: await scrollsSideways(phone) }).toEqual({ path, sideways: false });
    }
    await phone.close();
  });
});
