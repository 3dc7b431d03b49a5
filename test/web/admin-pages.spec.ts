import type { Browser, Page } from 'playwright-core';
import {
  accessibilityViolations,
  DESKTOP,
  fieldError,
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

describe('webpagina’s: voorstellingen beheren', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let admin: Member;
  let launchCentre: Member;
  let launchCentreLabel: string;

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchBrowser();
    await ensureSeason(t.dataSource);
    admin = await createStaff(t, 'admin');
    launchCentre = await registerMember(t, 'culture_house');
    await t.dataSource.query(`UPDATE organisations SET name = 'CC Brugge', municipality = 'Brugge' WHERE id = $1`, [
      launchCentre.organisationId,
    ]);
    launchCentreLabel = 'CC Brugge, Brugge';
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: DESKTOP });
    await signIn(page, t.baseUrl, admin.email, PASSWORD);
  });
  afterEach(() => page.close());
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const daysAhead = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

  it('maakt een voorstelling met tarieven aan, publiceert ze en verplaatst ze naar een ander uur', async () => {
    await page.goto(`${t.baseUrl}/beheer/voorstellingen`);
    await page.getByRole('link', { name: 'Nieuwe voorstelling' }).click();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Seizoen').selectOption('2026-2027');
    await page.getByLabel('Titel').fill('Old Time Favourites');
    await page.getByLabel('Artiesten').fill('De Bonanza’s');
    await page.getByLabel('Lanceercentrum').selectOption({ label: launchCentreLabel });
    await page.getByLabel('Datum', { exact: true }).fill(daysAhead(40));
    await page.getByLabel('Begint om').fill('14:00');
    await page.getByLabel('Eindigt om').fill('15:30');
    await page.getByLabel('Intekenen kan tot (datum)').fill(daysAhead(35));
    await page.getByLabel('Intekenen kan tot (uur)').fill('23:59');
    await page.getByLabel('Maximum aantal satellieten').fill('50');
    await page.getByLabel('Tarief cultuurhuis').fill('250,00');
    await page.getByLabel('Tarief zorgcentrum').fill('gratis');
    await page.getByRole('button', { name: 'Aanmaken als ontwerp' }).click();
    expect(await fieldError(page, 'Tarief zorgcentrum')).toContain('Vul een bedrag in euro in');
    expect(await page.getByLabel('Titel').inputValue()).toBe('Old Time Favourites');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Tarief zorgcentrum').fill('95');
    await page.getByRole('button', { name: 'Aanmaken als ontwerp' }).click();
    await page.waitForURL('**/beheer/voorstellingen?bericht=aangemaakt');
    expect(await page.getByRole('status').textContent()).toContain('aangemaakt als ontwerp');
    expect(await accessibilityViolations(page)).toEqual([]);
    const [created] = await t.dataSource.query(
      `SELECT id, status, care_centre_tariff_cents, culture_house_tariff_cents, capacity FROM events WHERE title = 'Old Time Favourites'`,
    );
    expect(created).toMatchObject({
      status: 'draft',
      care_centre_tariff_cents: 9500,
      culture_house_tariff_cents: 25000,
      capacity: 50,
    });

    await page.getByRole('button', { name: 'Publiceren: Old Time Favourites' }).click();
    await page.waitForURL('**?bericht=gepubliceerd');

    await page.getByRole('link', { name: 'Bewerken of verplaatsen: Old Time Favourites' }).click();
    expect(await page.getByLabel('Tarief zorgcentrum').inputValue()).toBe('95,00');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Begint om').fill('15:00');
    await page.getByLabel('Eindigt om').fill('14:30');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    expect(await fieldError(page, 'Eindigt om')).toContain('moet na het begin liggen');
    await page.getByLabel('Eindigt om').fill('16:30');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.waitForURL('**?bericht=opgeslagen');
    expect(await page.locator('main').textContent()).toContain(', 15:00');
    const [moved] = await t.dataSource.query(`SELECT status, calendar_sequence FROM events WHERE id = $1`, [created.id]);
    expect(moved).toMatchObject({ status: 'published', calendar_sequence: 1 });
  });

  it('een admin gelast een stream af met een reden, en de satelliet ziet ze afgelast bij mijn intekeningen', async () => {
    const eventId = await publishedEvent(t, admin, launchCentre.organisationId, { title: 'C’est ma vie' });
    const careCentre = await registerMember(t, 'care_centre');
    await t.http.post(`/api/events/${eventId}/subscriptions`).set(bearer(careCentre)).send(signOnBody()).expect(201);

    await page.goto(`${t.baseUrl}/beheer/voorstellingen`);
    await page.getByRole('link', { name: 'Afgelasten: C’est ma vie' }).click();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Voorstelling afgelasten' }).click();
    expect(await fieldError(page, 'Reden')).toContain('moet uitleggen waarom');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Reden').fill('De artiest is ziek.');
    await page.getByRole('button', { name: 'Voorstelling afgelasten' }).click();
    await page.waitForURL('**?bericht=afgelast');
    expect(await page.locator('main').textContent()).toContain('Afgelast: De artiest is ziek.');

    const satellite = await browser.newPage({ viewport: DESKTOP });
    await signIn(satellite, t.baseUrl, careCentre.email, PASSWORD);
    await satellite.goto(`${t.baseUrl}/mijn/intekeningen`);
    const text = (await satellite.locator('main').textContent()) ?? '';
    expect(text).toContain('C’est ma vie');
    expect(text).toContain('Voorstelling afgelast');
    expect(text).toContain('De artiest is ziek.');
    expect(await satellite.getByRole('link', { name: /Annuleren/ }).count()).toBe(0);
    await satellite.close();
  });

  it('toont alle satellieten met totalen en een CSV om te downloaden', async () => {
    const eventId = await publishedEvent(t, admin, launchCentre.organisationId, { title: 'Chique Dingues', capacity: 1 });
    const first = await registerMember(t, 'care_centre');
    const second = await registerMember(t, 'care_centre');
    await t.http.post(`/api/events/${eventId}/subscriptions`).set(bearer(first)).send(signOnBody()).expect(201);
    await t.http
      .post(`/api/events/${eventId}/subscriptions`)
      .set(bearer(second))
      .send(signOnBody({ contactName: 'Tweede Animator' }))
      .expect(201);

    await page.goto(`${t.baseUrl}/beheer/voorstellingen`);
    await page.getByRole('link', { name: 'Satellieten van Chique Dingues' }).click();
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toMatch(/Bevestigd\s*1 van 1 plaatsen/);
    expect(text).toMatch(/Wachtlijst\s*1/);
    expect(text).toContain('Tweede Animator');
    expect(await accessibilityViolations(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download als CSV (Excel)' }).click(),
    ]);
    const csv = await page.request.get(download.url());
    expect(csv.headers()['content-type']).toContain('text/csv');
    expect(await csv.text()).toContain('Tweede Animator');
  });

  it('een satelliet komt niet in het beheer', async () => {
    const member = await registerMember(t, 'care_centre');
    const satellite = await browser.newPage({ viewport: DESKTOP });
    await signIn(satellite, t.baseUrl, member.email, PASSWORD);
    const response = await satellite.goto(`${t.baseUrl}/beheer/voorstellingen`);
    expect(response?.status()).toBe(403);
    const csv = await satellite.request.get(
      `${t.baseUrl}/beheer/voorstellingen/00000000-0000-4000-8000-000000000000/satellieten.csv`,
    );
    expect(csv.status()).toBe(403);
    await satellite.close();
  });

  it('op een telefoon scrollen de beheerpagina’s niet zijwaarts', async () => {
    const eventId = await publishedEvent(t, admin, launchCentre.organisationId);
    const member = await registerMember(t, 'care_centre');
    await t.http.post(`/api/events/${eventId}/subscriptions`).set(bearer(member)).send(signOnBody()).expect(201);
    const phone = await browser.newPage({ viewport: PHONE });
    await signIn(phone, t.baseUrl, admin.email, PASSWORD);
    for (const path of [
      '/beheer/voorstellingen',
      '/beheer/voorstellingen/nieuw',
      `/beheer/voorstellingen/${eventId}/satellieten`,
    ]) {
      await phone.goto(`${t.baseUrl}${path}`);
      expect({ path, sideways: await scrollsSideways(phone) }).toEqual({ path, sideways: false });
    }
    await phone.close();
  });
});
