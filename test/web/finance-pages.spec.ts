import type { Browser, Page } from 'playwright-core';
import {
  accessibilityViolations,
  DESKTOP,
  launchBrowser,
  PHONE,
  renderedTextSizes,
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

describe('webpagina’s: financieel overzicht per budgetjaar', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let finance: Member;
  let eventId: string;
  let year: number;

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchBrowser();
    await ensureSeason(t.dataSource);
    const admin = await createStaff(t, 'admin');
    finance = await createStaff(t, 'finance');
    const launchCentre = await registerMember(t, 'culture_house');
    eventId = await publishedEvent(t, admin, launchCentre.organisationId, { title: 'Bartje en de Beiaard', capacity: 10 });
    const [{ starts_at }] = await t.dataSource.query('SELECT starts_at FROM events WHERE id = $1', [eventId]);
    year = Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Europe/Brussels' }).format(starts_at));
    await t.http
      .put(`/api/finance/years/${year}/margin`)
      .set(bearer(finance))
      .send({ approvedMarginCents: -800000, decisionReference: 'Raad van bestuur, verslag 12' })
      .expect(200);
    await t.http
      .post(`/api/finance/events/${eventId}/cost-lines`)
      .set(bearer(finance))
      // The artists' invoice arrives without a plan or decision: a fact is booked, and flags the event.
      .send({ category: 'artist_fee', label: 'Gage', basis: 'fixed', plannedCents: 400000, actualCents: 400000 })
      .expect(201);
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

  it('toont de marge als meter, een rode balk voor een tekort zonder beslissing en wat nog nodig is', async () => {
    await page.goto(`${t.baseUrl}/financien?jaar=${year}`);
    const text = (await page.locator('main').textContent()) ?? '';
    // 400000 cost against one care centre at 9500: 390500 of the 800000 margin used.
    expect(text).toContain('Gebruikt: €\u00A03.905,00 van €\u00A08.000,00');
    expect(text).toContain('49%');
    expect(text).toContain('Bartje en de Beiaard: -\u00A0€\u00A03.905,00');
    expect(text).toContain('tekort zonder beslissing');
    expect(text).toContain('Dit jaar kan nog een tekort dragen van €\u00A04.000,00 binnen de marge.');
    expect(text).toMatch(/Nog \d+ zorgcentra/);
    expect(await page.locator('.bars rect.bar-deficit_needs_decision').count()).toBe(1);
    expect(await page.locator('script').count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('de meter beweegt als de kosten stijgen, en een principebeslissing kleurt de balk', async () => {
    // A planned extra cost on a published event is a choice: it needs a decision that covers it first.
    const camera = { category: 'production', label: 'Extra camera', basis: 'fixed', plannedCents: 200000 };
    await t.http.post(`/api/finance/events/${eventId}/cost-lines`).set(bearer(finance)).send(camera).expect(409);
    await t.http
      .post(`/api/finance/events/${eventId}/decision`)
      .set(bearer(finance))
      .send({ acceptedDeficitCents: 700000, reasons: ['social_relevance'], decidedBy: 'Raad van bestuur' })
      .expect((response) => expect(response.status).toBeLessThan(300));
    await t.http.post(`/api/finance/events/${eventId}/cost-lines`).set(bearer(finance)).send(camera).expect(201);
    await page.goto(`${t.baseUrl}/financien?jaar=${year}`);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('Gebruikt: €\u00A05.905,00 van €\u00A08.000,00');
    expect(await page.locator('.bars rect.bar-deficit_covered').count()).toBe(1);
  });

  it('levert het jaar als CSV en weigert wie geen financiën of admin is', async () => {
    const csv = await page.request.get(`${t.baseUrl}/financien/${year}/overzicht.csv`);
    expect(csv.headers()['content-type']).toContain('text/csv');
    expect(await csv.text()).toContain('Bartje en de Beiaard');

    const member = await registerMember(t, 'care_centre');
    const satellite = await browser.newPage({ viewport: DESKTOP });
    await signIn(satellite, t.baseUrl, member.email, PASSWORD);
    expect((await satellite.goto(`${t.baseUrl}/financien`))?.status()).toBe(403);
    expect((await satellite.request.get(`${t.baseUrl}/financien/${year}/overzicht.csv`)).status()).toBe(403);
    await satellite.close();
  });

  it('scrolt op een telefoon niet zijwaarts, en de grafieken blijven leesbaar (minstens 13 px)', async () => {
    const phone = await browser.newPage({ viewport: PHONE });
    await signIn(phone, t.baseUrl, finance.email, PASSWORD);
    await phone.goto(`${t.baseUrl}/financien?jaar=${year}`);
    expect(await scrollsSideways(phone)).toBe(false);
    const chartText = await renderedTextSizes(phone, '.bars, .gauge');
    expect(chartText.length).toBeGreaterThan(2);
    expect(Math.min(...chartText)).toBeGreaterThanOrEqual(13);
    await phone.close();
  });
});
