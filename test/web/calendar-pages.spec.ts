import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import {
  accessibilityViolations,
  DESKTOP,
  fillSignOnForm,
  launchBrowser,
  PHONE,
  scrollsSideways,
  signIn,
} from '../support/browser.js';
import {
  createStaff,
  ensureSeason,
  PASSWORD,
  publishedEvent,
  registerMember,
  validEnterpriseNumber,
} from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('webpagina’s: een zorgcentrum registreert, tekent in en haalt zijn uitnodiging en agenda-adres', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let eventId: string;

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchBrowser();
    await ensureSeason(t.dataSource);
    const admin = await createStaff(t, 'admin');
    const launchCentre = await registerMember(t, 'culture_house');
    eventId = await publishedEvent(t, admin, launchCentre.organisationId, { title: 'Bartje en de Beiaard' });
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: DESKTOP, acceptDownloads: true });
  });
  afterEach(() => page.close());
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('registreren, intekenen, de uitnodiging downloaden en het privé agenda-adres kopiëren', async () => {
    await page.goto(`${t.baseUrl}/registreren`);
    await page.getByLabel('Soort organisatie').selectOption('woonzorgcentrum');
    await page.getByLabel('Naam van de organisatie').fill('WZC Ter Linde');
    await page.getByLabel('Ondernemingsnummer').fill(validEnterpriseNumber());
    await page.getByLabel('Straat en huisnummer').fill('Lindelaan 1');
    await page.getByLabel('Postcode').fill('3900');
    await page.getByLabel('Gemeente').fill('Pelt');
    await page.getByLabel('Provincie').selectOption('limburg');
    await page.getByLabel('Algemeen e-mailadres').fill('info@terlinde.example');
    await page.getByLabel('Telefoonnummer').fill('011 12 34 56');
    await page.getByLabel('Uw naam').fill('Els Janssens');
    await page.getByLabel('Uw e-mailadres').fill(`els-${Date.now()}@terlinde.example`);
    await page.getByLabel('Kies een wachtwoord').fill('een zin als wachtwoord');
    await page.getByRole('button', { name: 'Registreren' }).click();
    await page.waitForURL('**/mijn');

    await page.goto(`${t.baseUrl}/programma/${eventId}`);
    await page.getByRole('link', { name: 'Intekenen op deze voorstelling' }).click();
    await fillSignOnForm(page, { name: 'Els Janssens', email: 'els@terlinde.example', phone: '011 12 34 57', viewers: '25' });
    await page.getByRole('button', { name: 'Intekenen' }).click();
    await page.waitForURL(/nieuw=1/);
    expect(await accessibilityViolations(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Voorstelling in mijn agenda' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('uitnodiging.ics');
    const ics = readFileSync(await download.path(), 'utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('Bartje en de Beiaard');
    expect(ics).toContain('TZID=Europe/Brussels');

    await page.getByRole('link', { name: 'Alle voorstellingen automatisch in uw agenda' }).click();
    await page.waitForURL('**/mijn/agenda');
    const before = (await page.locator('main').textContent()) ?? '';
    expect(before).toContain('In Outlook');
    expect(before).toContain('In Google Agenda');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Maak mijn agenda-adres' }).click();
    await page.waitForURL('**/mijn/agenda?nieuw=1');
    const url = await page.getByLabel('Uw privé agenda-adres').inputValue();
    expect(url).toMatch(/\/calendar\/[\w-]{40,}\.ics$/);
    expect(await accessibilityViolations(page)).toEqual([]);
    const feed = await page.request.get(`${t.baseUrl}${new URL(url).pathname}`);
    expect(feed.status()).toBe(200);
    expect(await feed.text()).toContain('Bartje en de Beiaard');

    // A new address replaces a leaked one: the old one stops working.
    await page.getByRole('button', { name: /Nieuw adres maken/ }).click();
    await page.waitForURL('**/mijn/agenda?nieuw=1');
    expect(await page.getByLabel('Uw privé agenda-adres').inputValue()).not.toBe(url);
    expect((await page.request.get(`${t.baseUrl}${new URL(url).pathname}`)).status()).toBe(404);

    const phone = await browser.newPage({ viewport: PHONE });
    await phone.context().addCookies(await page.context().cookies());
    await phone.goto(`${t.baseUrl}/mijn/agenda`);
    expect(await scrollsSideways(phone)).toBe(false);
    await phone.close();
  });

  it('niemand anders haalt de uitnodiging van een intekening op', async () => {
    const stranger = await registerMember(t, 'care_centre');
    await signIn(page, t.baseUrl, stranger.email, PASSWORD);
    const [{ id }] = await t.dataSource.query(`SELECT id FROM subscriptions WHERE event_id = $1 LIMIT 1`, [eventId]);
    const response = await page.request.get(`${t.baseUrl}/mijn/intekeningen/${id}/uitnodiging.ics`);
    expect(response.status()).toBe(404);
  });
});
