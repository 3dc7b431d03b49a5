import { DEMO_EVENTS, DEMO_ORGANISATIONS } from '../src/demo/demo-data.js';
import { seedDemoData } from '../src/demo/seed-demo-data.js';
import { bearer, createStaff, eventBody, type Member } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// The demo year 2023, replayed through the real app on the seeded demo data (amounts in src/demo/demo-finance.ts).
const [chiqueDingues, oldTimeFavourites, bartje, cestMaVie] = DEMO_EVENTS.map((event) => event.id);

describe('budgetjaar 2023 opnieuw afgespeeld op de demodata', () => {
  let t: TestApp;
  let finance: Member;
  let admin: Member;

  beforeAll(async () => {
    t = await startTestApp();
    await seedDemoData(t.databaseUrl);
    finance = await createStaff(t, 'finance');
    admin = await createStaff(t, 'admin');
  });
  afterAll(() => t.close());

  const year = async () => (await t.http.get('/api/finance/years/2023').set(bearer(finance)).expect(200)).body;
  const line = (view: { events: { eventId: string }[] }, id: string) => view.events.find((e) => e.eventId === id);

  it('laat Chique Dingues en Old Time Favourites break-even halen', async () => {
    const view = await year();
    expect(line(view, chiqueDingues)).toMatchObject({ resultCents: 10600, status: 'break_even' });
    expect(line(view, oldTimeFavourites)).toMatchObject({ resultCents: 31500, status: 'break_even' });
    const event = (await t.http.get(`/api/finance/events/${chiqueDingues}`).set(bearer(finance)).expect(200)).body;
    expect(event.current.satellitesByAudience).toEqual({ culture_house: 12, care_centre: 50 });
  });

  it('sluit Bartje en de Beiaard af met een tekort dat een principebeslissing dekt, binnen de marge van - € 8.000,00', async () => {
    const view = await year();
    expect(line(view, bartje)).toMatchObject({ resultCents: -354600, acceptedDeficitCents: 400000, status: 'deficit_covered' });
    expect(view.approvedMarginCents).toBe(-800000);
    expect(view.current).toEqual({
      resultCents: -410100,
      marginUsedCents: 410100,
      marginRemainingCents: 389900,
      status: 'within_margin',
    });
    expect(view.events.filter((e: { status: string }) => e.status.startsWith('deficit'))).toHaveLength(1);
  });

  it('laat C’est ma vie enkel de gemaakte kosten dragen', async () => {
    const event = (await t.http.get(`/api/finance/events/${cestMaVie}`).set(bearer(finance)).expect(200)).body;
    // Posters € 520,00 and 38 kits of € 12,00 already sent; no fee, hall or crew, and every sign-on credited.
    expect(event.current).toMatchObject({
      revenueCents: 0,
      fixedCostCents: 52000,
      satelliteCostCents: 38 * 1200,
      resultCents: -97600,
    });
    expect(event.budgetStatus).toBe('cancelled');
  });

  it('weigert een verdere verlieslatende voorstelling tot een principebeslissing ze dekt', async () => {
    const draft = await draftWithCost(300000);
    const refused = await t.http.post(`/api/events/${draft}/publish`).set(bearer(admin)).expect(409);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body.detail).toContain('Het verwachte tekort van € 3.000,00 is niet gedekt');

    await decide(draft, 300000);
    await t.http.post(`/api/events/${draft}/publish`).set(bearer(admin)).expect(200);
    expect((await year()).current.resultCents).toBe(-710100);
  });

  it('weigert een gedekte voorstelling die het jaar voorbij de marge zou brengen', async () => {
    const draft = await draftWithCost(200000);
    await decide(draft, 200000);
    const refused = await t.http.post(`/api/events/${draft}/publish`).set(bearer(admin)).expect(409);
    expect(refused.body.detail).toContain('voorbij de goedgekeurde marge van - € 8.000,00 (€ 1.101,00 te veel)');
    expect(refused.body.reasons).toEqual([expect.objectContaining({ reason: 'year_margin_exceeded' })]);
  });

  async function draftWithCost(cents: number): Promise<string> {
    const body = eventBody(DEMO_ORGANISATIONS[1].id, {
      seasonCode: '2023-2024',
      startsAt: '2023-12-10T13:00:00.000Z',
      endsAt: '2023-12-10T14:30:00.000Z',
      signOnDeadline: '2023-12-03T13:00:00.000Z',
      testSlotStartsAt: '2023-12-10T11:30:00.000Z',
      testSlotEndsAt: '2023-12-10T12:15:00.000Z',
    });
    const created = await t.http.post('/api/events').set(bearer(admin)).send(body).expect(201);
    await t.http
      .post(`/api/finance/events/${created.body.id}/cost-lines`)
      .set(bearer(finance))
      .send({ category: 'artist_fee', label: 'Gage', basis: 'fixed', plannedCents: cents })
      .expect(201);
    return created.body.id as string;
  }

  async function decide(eventId: string, cents: number) {
    await t.http
      .post(`/api/finance/events/${eventId}/decision`)
      .set(bearer(finance))
      .send({ acceptedDeficitCents: cents, reasons: ['network'], decidedBy: 'Raad van bestuur' })
      .expect(201);
  }
});
