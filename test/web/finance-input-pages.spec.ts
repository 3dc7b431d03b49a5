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

describe('webpagina’s: kosten, inkomsten, principebeslissing en wat-als', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let finance: Member;
  let eventId: string;
  let year: number;

  const mainText = async (target: Page = page) => (await target.locator('main').textContent()) ?? '';
  const costLineCount = async () =>
    Number((await t.dataSource.query('SELECT count(*) AS n FROM cost_lines WHERE event_id = $1', [eventId]))[0].n);

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchBrowser();
    await ensureSeason(t.dataSource);
    const admin = await createStaff(t, 'admin');
    finance = await createStaff(t, 'finance');
    const launchCentre = await registerMember(t, 'culture_house');
    eventId = await publishedEvent(t, admin, launchCentre.organisationId, { title: 'Het Vliegend Orgel', capacity: 10 });
    const [{ starts_at }] = await t.dataSource.query('SELECT starts_at FROM events WHERE id = $1', [eventId]);
    year = Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Europe/Brussels' }).format(starts_at));
    await t.http
      .put(`/api/finance/years/${year}/margin`)
      .set(bearer(finance))
      .send({ approvedMarginCents: -1000000, decisionReference: 'Raad van bestuur, verslag 3' })
      .expect(200);
    const careCentre = await registerMember(t, 'care_centre');
    await t.http.post(`/api/events/${eventId}/subscriptions`).set(bearer(careCentre)).send(signOnBody()).expect(201);
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

  it('financiën legt via de pagina’s een kost en een beslissing vast en ziet de jaarmeter bewegen', async () => {
    await page.goto(`${t.baseUrl}/financien?jaar=${year}`);
    expect(await mainText()).toContain('Gebruikt: €\u00A00,00 van €\u00A010.000,00');
    await page.getByRole('link', { name: 'Het Vliegend Orgel' }).click();
    await page.waitForURL(`**/financien/voorstelling/${eventId}`);

    await page.getByLabel('Soort kost').selectOption('artist_fee');
    await page.getByLabel('Omschrijving', { exact: true }).fill('Gage artiesten');
    await page.getByLabel('Rekenwijze').selectOption('fixed');
    await page.getByLabel('Gepland bedrag').fill('5.234,50');
    await page.getByRole('button', { name: 'Kostenlijn toevoegen' }).click();
    // The event is published and planned no satellites: the new cost is a planned deficit nobody accepted.
    expect(await mainText()).toContain('Het geplande tekort van €\u00A05.234,50 is niet gedekt door een principebeslissing.');
    expect(await costLineCount()).toBe(0);

    await page.getByLabel('Aanvaard tekort').fill('5.234,50');
    await page.getByLabel('Maatschappelijke relevantie').check();
    await page.getByLabel('Andere reden', { exact: true }).check();
    await page.getByLabel('Beslist door').fill('Raad van bestuur');
    await page.getByRole('button', { name: 'Beslissing vastleggen' }).click();
    expect(await fieldError(page, 'Andere reden (niet verplicht)')).toContain('Vul dit veld in.');
    await page.getByLabel('Andere reden (niet verplicht)').fill('Veertig jaar samenwerking met het cultuurhuis');
    await page.getByRole('button', { name: 'Beslissing vastleggen' }).click();
    expect(await mainText()).toContain('De principebeslissing is vastgelegd.');
    await page.getByLabel('Soort kost').selectOption('artist_fee');
    await page.getByLabel('Omschrijving', { exact: true }).fill('Gage artiesten');
    await page.getByLabel('Rekenwijze').selectOption('fixed');
    await page.getByLabel('Gepland bedrag').fill('5.234,50');
    await page.getByRole('button', { name: 'Kostenlijn toevoegen' }).click();
    expect(await mainText()).toContain('De kostenlijn is opgeslagen.');
    expect(await mainText()).toContain('gepland €\u00A05.234,50');
    expect(await mainText()).toContain('tekort gedekt door principebeslissing');
    const [decision] = await t.dataSource.query(
      'SELECT accepted_deficit_cents, reasons, other_reason FROM principle_decisions WHERE event_id = $1',
      [eventId],
    );
    expect(Number(decision.accepted_deficit_cents)).toBe(523450);
    expect(decision.other_reason).toBe('Veertig jaar samenwerking met het cultuurhuis');

    await page.goto(`${t.baseUrl}/financien?jaar=${year}`);
    expect(await page.locator('.bars rect.bar-deficit_covered').count()).toBe(1);
    expect(await page.locator('svg[role="img"]').first().getAttribute('aria-label')).toContain('€\u00A05.234,50');
    // 523450 cost against one care centre at 9500: 513950 of the margin used today.
    expect(await mainText()).toContain('Gebruikt: €\u00A05.139,50 van €\u00A010.000,00');
  });

  it('past een werkelijk bedrag aan, schrapt een lijn, voegt een inkomst toe en toont fouten naast het veld', async () => {
    await page.goto(`${t.baseUrl}/financien/voorstelling/${eventId}`);
    await page.getByLabel('Gepland bedrag', { exact: true }).fill('12.34');
    await page.getByRole('button', { name: 'Kostenlijn toevoegen' }).click();
    expect(await fieldError(page, 'Gepland bedrag')).toContain('Vul een bedrag in euro in');
    await page.getByLabel('Gepland bedrag', { exact: true }).fill('25');
    await page.getByRole('button', { name: 'Kostenlijn toevoegen' }).click();
    expect(await fieldError(page, 'Omschrijving')).toContain('Vul dit veld in.');

    await page.getByLabel('Omschrijving', { exact: true }).fill('Affichekit');
    await page.getByLabel('Rekenwijze').selectOption('per_satellite');
    await page.getByLabel('Gepland bedrag', { exact: true }).fill('25');
    await page.getByRole('button', { name: 'Kostenlijn toevoegen' }).click();
    const card = page.locator('li.card', { hasText: 'Affichekit' });
    await card.getByLabel('Werkelijk (euro)').fill('1234,5');
    await card.getByRole('button', { name: /Bedragen opslaan/ }).click();
    expect(await page.locator('li.card', { hasText: 'Affichekit' }).textContent()).toContain('werkelijk €\u00A01.234,50');
    const [line] = await t.dataSource.query(`SELECT actual_cents FROM cost_lines WHERE label = 'Affichekit'`);
    expect(Number(line.actual_cents)).toBe(123450);
    await page
      .locator('li.card', { hasText: 'Affichekit' })
      .getByRole('button', { name: /Schrappen/ })
      .click();
    expect(await mainText()).toContain('De kostenlijn is geschrapt.');
    expect(await mainText()).not.toContain('Affichekit');

    await page.getByLabel('Soort inkomst').selectOption('subsidy');
    await page.getByLabel('Naam van de inkomst').fill('Provinciale subsidie');
    await page.getByLabel('Bedrag', { exact: true }).fill('2.000');
    await page.getByRole('button', { name: 'Inkomst toevoegen' }).click();
    expect(await mainText()).toContain('Provinciale subsidie · Subsidie · gepland €\u00A02.000,00');
    const subsidy = page.locator('li.card', { hasText: 'Provinciale subsidie' });
    await subsidy.getByLabel('Werkelijk (euro)').fill('1.800');
    await subsidy.getByRole('button', { name: /Bedragen opslaan/ }).click();
    expect(await page.locator('li.card', { hasText: 'Provinciale subsidie' }).textContent()).toContain(
      'werkelijk €\u00A01.800,00',
    );
    expect(await page.locator('script').count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('rekent een wat-als per voorstelling en per jaar door zonder iets op te slaan', async () => {
    const before = await costLineCount();
    await page.goto(`${t.baseUrl}/financien/voorstelling/${eventId}`);
    await page.getByRole('link', { name: /Wat als/ }).click();
    await page.getByLabel('Tarief zorgcentrum').fill('120,00');
    await page.getByLabel('Satellieten: zorgcentra').fill('6');
    await page.getByLabel('Extra vaste kost').fill('100');
    await page.getByRole('button', { name: 'Bereken' }).click();
    const text = await mainText();
    expect(text).toContain('Uitkomst');
    expect(await page.locator('tr', { hasText: 'Satellieten (verwacht)' }).textContent()).toContain('6');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.goto(`${t.baseUrl}/financien/wat-als?jaar=${year}`);
    await page.getByLabel('Voorstelling om te veranderen').selectOption(eventId);
    await page.getByLabel('Satellieten: zorgcentra').fill('zes');
    await page.getByRole('button', { name: 'Bereken' }).click();
    expect(await fieldError(page, 'Satellieten: zorgcentra (niet verplicht)')).toContain('Vul een geheel getal in');
    await page.getByLabel('Satellieten: zorgcentra (niet verplicht)').fill('60');
    await page.getByRole('button', { name: 'Bereken' }).click();
    expect(await mainText()).toContain(`Uitkomst voor ${year}`);
    expect(await page.locator('figure.gauge').count()).toBe(2);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await costLineCount()).toBe(before);
  });

  it('is niet voor satellieten en scrolt op een telefoon niet zijwaarts', async () => {
    const member = await registerMember(t, 'care_centre');
    const satellite = await browser.newPage({ viewport: DESKTOP });
    await signIn(satellite, t.baseUrl, member.email, PASSWORD);
    expect((await satellite.goto(`${t.baseUrl}/financien/voorstelling/${eventId}`))?.status()).toBe(403);
    expect((await satellite.goto(`${t.baseUrl}/financien/wat-als?jaar=${year}`))?.status()).toBe(403);
    await satellite.close();

    const phone = await browser.newPage({ viewport: PHONE });
    await signIn(phone, t.baseUrl, finance.email, PASSWORD);
    for (const path of [
      `/financien/voorstelling/${eventId}`,
      `/financien/wat-als?voorstelling=${eventId}&bereken=1&careCentres=4`,
    ]) {
      await phone.goto(`${t.baseUrl}${path}`);
      expect(await scrollsSideways(phone)).toBe(false);
    }
    // The what-if result fits the narrowest phone whole, with no column hidden in a scroll box.
    await phone.setViewportSize({ width: 320, height: 740 });
    const pastTheEdge = `[...document.querySelectorAll('main td')].filter((cell) => cell.getBoundingClientRect().right > document.documentElement.clientWidth).length`;
    expect(await phone.evaluate<number>(pastTheEdge)).toBe(0);
    expect(
      await phone.evaluate<number[]>(
        `[...document.querySelectorAll('.table-wrap')].map((box) => box.scrollWidth - box.clientWidth)`,
      ),
    ).toEqual([0]);
    await phone.close();
  });
});
