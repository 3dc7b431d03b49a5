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
import { bearer, createStaff, ensureSeason, eventBody, PASSWORD, registerMember, type Member } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('webpagina’s: plan, drie resultaten, nog te bevestigen en de boeken afsluiten', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let finance: Member;
  let admin: Member;
  let launchCentreId: string;

  const mainText = async () => (await page.locator('main').textContent()) ?? '';
  const draft = async (title: string) =>
    (await t.http.post('/api/events').set(bearer(admin)).send(eventBody(launchCentreId, { title })).expect(201)).body
      .id as string;
  const addLine = (eventId: string, line: Record<string, unknown>) =>
    t.http.post(`/api/finance/events/${eventId}/cost-lines`).set(bearer(finance)).send(line).expect(201);

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchBrowser();
    await ensureSeason(t.dataSource);
    admin = await createStaff(t, 'admin');
    finance = await createStaff(t, 'finance');
    launchCentreId = (await registerMember(t, 'culture_house')).organisationId;
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: DESKTOP });
    await signIn(page, t.baseUrl, finance.email, PASSWORD);
  });
  afterEach(() => page.close());
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('legt het plan vast via het formulier en toont gepland, nu en eind naast elkaar', async () => {
    const eventId = await draft('Lentekriebels');
    await addLine(eventId, { category: 'artist_fee', label: 'Gage', basis: 'fixed', plannedCents: 200000 });
    await page.goto(`${t.baseUrl}/financien/voorstelling/${eventId}`);

    await page.getByLabel('Verwachte zorgcentra').fill('twintig');
    await page.getByRole('button', { name: 'Plan opslaan' }).click();
    expect(await fieldError(page, 'Verwachte zorgcentra')).toContain('Vul een geheel getal in');

    await page.getByLabel('Verwachte cultuurhuizen').fill('4');
    await page.getByLabel('Verwachte zorgcentra').fill('20');
    await page.getByRole('button', { name: 'Plan opslaan' }).click();
    expect(await mainText()).toContain('Het plan is opgeslagen.');
    // 4 × € 250,00 + 20 × € 95,00 − € 2.000,00 = € 900,00 planned; nobody signed on yet.
    const result = page.locator('tr', { hasText: 'Resultaat' }).first();
    expect(await result.textContent()).toContain('€\u00A0900,00');
    expect(await result.textContent()).toContain('-\u00A0€\u00A02.000,00');
    expect(await result.textContent()).toContain('nog niet afgesloten');
    const [plan] = await t.dataSource.query(
      'SELECT expected_culture_houses, expected_care_centres FROM event_plans WHERE event_id = $1',
      [eventId],
    );
    expect(plan).toEqual({ expected_culture_houses: 4, expected_care_centres: 20 });
    expect(await page.locator('script').count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('toont de lijnen van een afgelaste voorstelling als nog te bevestigen en sluit de boeken pas als alles bevestigd is', async () => {
    const eventId = await draft('C’est ma vie');
    await addLine(eventId, { category: 'venue', label: 'Zaal AB', basis: 'fixed', plannedCents: 150000 });
    await addLine(eventId, { category: 'promotion', label: 'Affiches', basis: 'fixed', plannedCents: 50000, actualCents: 52000 });
    await t.http.post(`/api/events/${eventId}/cancel`).set(bearer(admin)).send({ reason: 'De artiest is ziek.' }).expect(200);

    await page.goto(`${t.baseUrl}/financien/voorstelling/${eventId}`);
    expect(await page.locator('li.card', { hasText: 'Zaal AB' }).textContent()).toContain('nog te bevestigen');
    expect(await page.locator('li.card', { hasText: 'Affiches' }).textContent()).not.toContain('nog te bevestigen');
    expect(await page.locator('#afsluiten-titel + p + ul').textContent()).toContain(
      'Zaal AB: gepland €\u00A01.500,00, nog te bevestigen',
    );
    await page.getByRole('button', { name: 'Boeken afsluiten' }).click();
    expect(await mainText()).toContain('Vul eerst het werkelijke bedrag in (eventueel 0) van: Zaal AB.');

    const hall = page.locator('li.card', { hasText: 'Zaal AB' });
    await hall.getByLabel('Werkelijk (euro)').fill('0');
    await hall.getByRole('button', { name: /Bedragen opslaan/ }).click();
    await page.getByRole('button', { name: 'Boeken afsluiten' }).click();
    expect(await mainText()).toContain('De boeken van deze voorstelling zijn afgesloten.');
    expect(await mainText()).toContain('Eindresultaat: -\u00A0€\u00A0520,00');
    const [closing] = await t.dataSource.query('SELECT final_result_cents FROM event_closings WHERE event_id = $1', [eventId]);
    expect(closing.final_result_cents).toBe(-52000);
    expect(await accessibilityViolations(page)).toEqual([]);

    const phone = await browser.newPage({ viewport: PHONE });
    await signIn(phone, t.baseUrl, finance.email, PASSWORD);
    await phone.goto(`${t.baseUrl}/financien/voorstelling/${eventId}`);
    expect(await scrollsSideways(phone)).toBe(false);
    await phone.close();
  });
});
