import {
  bearer,
  createMembersInBulk,
  createStaff,
  ensureSeason,
  publishedEvent,
  registerMember,
  signOnBody,
  type Member,
} from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('financiën via de API', () => {
  let t: TestApp;
  let finance: Member;
  let admin: Member;
  let member: Member;
  let eventId: string;

  beforeAll(async () => {
    t = await startTestApp();
    await ensureSeason(t.dataSource);
    finance = await createStaff(t, 'finance');
    admin = await createStaff(t, 'admin');
    member = await registerMember(t, 'culture_house');
    eventId = await publishedEvent(t, admin, member.organisationId, { capacity: 2, careCentreTariffCents: 9500 });
    for (const careCentre of await createMembersInBulk(t, 3)) {
      await t.http.post(`/api/events/${eventId}/subscriptions`).set(bearer(careCentre)).send(signOnBody()).expect(201);
    }
    // The costs below make this published event a deficit: the budget rule wants a margin and a decision first.
    await t.http
      .put('/api/finance/years/2026/margin')
      .set(bearer(finance))
      .send({ approvedMarginCents: -500000, decisionReference: 'RvB 2026-01-10' })
      .expect(200);
    await t.http
      .post(`/api/finance/events/${eventId}/decision`)
      .set(bearer(finance))
      .send({ acceptedDeficitCents: 200000, reasons: ['network'], decidedBy: 'Raad van bestuur' })
      .expect(201);
  });
  afterAll(() => t.close());

  const addLine = (body: Record<string, unknown>) =>
    t.http
      .post(`/api/finance/events/${eventId}/cost-lines`)
      .set(bearer(finance))
      .send({ category: 'other', label: 'Kost', basis: 'fixed', plannedCents: 0, ...body })
      .expect(201);

  it('weigert leden elke financiële route met een 403', async () => {
    for (const path of [
      `/api/finance/events/${eventId}`,
      '/api/finance/years/2026',
      '/api/finance/seasons/2026-2027',
      '/api/finance/audit',
    ]) {
      const response = await t.http.get(path).set(bearer(member)).expect(403);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    await t.http.post(`/api/finance/events/${eventId}/cost-lines`).set(bearer(member)).send({}).expect(403);
    await t.http.put('/api/finance/years/2026/margin').set(bearer(member)).send({}).expect(403);
    await t.http.get('/api/finance/years/2026').expect(401);
  });

  it('rekent het resultaat uit de bevestigde intekeningen, met de wachtlijst enkel binnen de capaciteit', async () => {
    await addLine({ category: 'artist_fee', label: 'Gage', plannedCents: 100000 });
    await addLine({ category: 'promotion', label: 'Kit', basis: 'per_satellite', plannedCents: 1200, actualCents: 1500 });
    const view = (await t.http.get(`/api/finance/events/${eventId}`).set(bearer(admin)).expect(200)).body;
    expect(view.current).toMatchObject({
      satellitesByAudience: { culture_house: 0, care_centre: 2 },
      signOnRevenueCents: 2 * 9500,
      costCents: 100000 + 2 * 1500,
      resultCents: 19000 - 103000,
    });
    // The third care centre waits: capacity 2 leaves it out of the projection too.
    expect(view.projected.satellites).toBe(2);
    expect(view.stillNeeded.care_centre).toEqual({ possible: true, satellites: 11, fitsCapacity: false });
    // No satellites were planned, so the plan carries the fee alone; the decision covers it.
    expect(view.planned.resultCents).toBe(-100000);
    expect(view.committedResultCents).toBe(-100000);
    expect(view.budgetStatus).toBe('deficit_covered');
  });

  it('toont het budgetjaar en het seizoen met beide budgetjaren, en exporteert CSV voor Excel', async () => {
    const year = new Date((await t.http.get(`/api/events/${eventId}`).expect(200)).body.startsAt).getUTCFullYear();
    const view = (await t.http.get(`/api/finance/years/${year}`).set(bearer(finance)).expect(200)).body;
    expect(view.events.map((e: { eventId: string }) => e.eventId)).toContain(eventId);
    const season = (await t.http.get('/api/finance/seasons/2026-2027').set(bearer(finance)).expect(200)).body;
    expect(season.budgetYears.map((y: { year: number }) => y.year)).toEqual([2026, 2027]);
    const csv = await t.http.get(`/api/finance/years/${year}/report.csv`).set(bearer(finance)).expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text.startsWith('\uFEFFBudgetjaar;Datum;Voorstelling')).toBe(true);
    expect(csv.text).toContain('-840,00');
  });

  it('rekent een wat-als-scenario zonder iets weg te schrijven', async () => {
    const count = async () =>
      (await t.dataSource.query(`SELECT (SELECT count(*) FROM cost_lines) + (SELECT count(*) FROM audit_entries) AS n`))[0].n;
    const before = await count();
    const lines = (await t.http.get(`/api/finance/events/${eventId}/cost-lines`).set(bearer(finance)).expect(200)).body;
    const fee = lines.find((l: { label: string }) => l.label === 'Gage');
    const response = await t.http
      .post('/api/finance/scenarios')
      .set(bearer(finance))
      .send({ eventId, changes: { satellites: { care_centre: 10 }, costLineOverrides: [{ id: fee.id, plannedCents: 50000 }] } })
      .expect(200);
    expect(response.body.event.current.resultCents).toBe(10 * 9500 - 50000 - 10 * 1500);
    expect(await count()).toBe(before);
    const stored = (await t.http.get(`/api/finance/events/${eventId}`).set(bearer(finance)).expect(200)).body;
    expect(stored.current.resultCents).toBe(19000 - 103000);
    await t.http.post('/api/finance/scenarios').set(bearer(finance)).send({ eventId, year: 2026 }).expect(400);
  });

  it('beantwoordt de wat-als-vragen van finance met dezelfde cijfers en hetzelfde oordeel, zonder iets te schrijven', async () => {
    const ask = async (changes: Record<string, unknown>) =>
      (await t.http.post('/api/finance/scenarios').set(bearer(finance)).send({ eventId, changes }).expect(200)).body;
    const real = (await t.http.get(`/api/finance/events/${eventId}`).set(bearer(finance)).expect(200)).body;
    // € 20 more for everyone, the two confirmed care centres included.
    const dearer = await ask({ tariffsCents: { care_centre: 9500 + 2000 }, repriceSignOns: true });
    expect(dearer.event.current.resultCents - real.current.resultCents).toBe(2 * 2000);
    expect(dearer.verdict).toEqual({ allowed: true });
    // Ten care centres more in the plan, then ten fewer: only the planned column moves, by 10 × (9500 − 1200).
    await t.http
      .put(`/api/finance/events/${eventId}/plan`)
      .set(bearer(finance))
      .send({ expectedCultureHouses: 0, expectedCareCentres: 10 })
      .expect(200);
    const planned = (await t.http.get(`/api/finance/events/${eventId}`).set(bearer(finance)).expect(200)).body;
    const fewer = await ask({ expectedSatellites: { care_centre: 0 } });
    expect(planned.planned.resultCents - fewer.event.planned.resultCents).toBe(10 * (9500 - 1200));
    expect(fewer.event.current).toEqual(planned.current);
    // What the year can still absorb: the margin less what is committed.
    const year = (await t.http.get('/api/finance/years/2026').set(bearer(finance)).expect(200)).body;
    expect(year.absorbableDeficitCents).toBe(year.committed.resultCents + 500000);
    const beyond = await ask({ addedCostLines: [{ category: 'other', label: 'Te veel', basis: 'fixed', plannedCents: 600000 }] });
    expect(beyond.verdict).toMatchObject({
      allowed: false,
      refusals: expect.arrayContaining([expect.objectContaining({ reason: 'year_margin_exceeded' })]),
    });
    const stored = await t.dataSource.query(`SELECT count(*)::int AS n FROM cost_lines WHERE label = 'Te veel'`);
    expect(stored[0].n).toBe(0);
  });

  it('houdt elke wijziging aan kosten, marges en beslissingen bij met voor en na', async () => {
    const line = (await addLine({ label: 'SABAM', category: 'rights', plannedCents: 30000 })).body;
    await t.http
      .patch(`/api/finance/events/${eventId}/cost-lines/${line.id}`)
      .set(bearer(finance))
      .send({ actualCents: 31250 })
      .expect(200);
    await t.http
      .put('/api/finance/years/2026/margin')
      .set(bearer(finance))
      .send({ approvedMarginCents: -600000, decisionReference: 'RvB 2026-03-10' })
      .expect(200);
    await t.http
      .post(`/api/finance/events/${eventId}/decision`)
      .set(bearer(admin))
      .send({ acceptedDeficitCents: 90000, reasons: ['other'], otherReason: 'Nieuwe regio', decidedBy: 'Directie' })
      .expect(201);
    const audit = (await t.http.get('/api/finance/audit').set(bearer(finance)).expect(200)).body;
    const updated = audit.items.find((e: { action: string }) => e.action === 'cost_line.updated');
    expect(updated).toMatchObject({ actorUserId: finance.userId, subjectId: line.id });
    expect(updated.before).toMatchObject({ plannedCents: 30000, actualCents: null });
    expect(updated.after).toMatchObject({ plannedCents: 30000, actualCents: 31250 });
    expect(audit.items.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['budget_year.margin_set', 'principle_decision.recorded', 'cost_line.created']),
    );
    const margin = audit.items.find((e: { action: string }) => e.action === 'budget_year.margin_changed');
    expect(margin).toMatchObject({
      before: expect.objectContaining({ approvedMarginCents: -500000 }),
      after: expect.objectContaining({ approvedMarginCents: -600000 }),
    });
  });

  it('weigert een onvolledige principebeslissing met een 400 die het veld noemt', async () => {
    const response = await t.http
      .post(`/api/finance/events/${eventId}/decision`)
      .set(bearer(finance))
      .send({ acceptedDeficitCents: 1000, reasons: ['other'], decidedBy: 'Directie' })
      .expect(400);
    expect(response.body.errors.map((e: { field: string }) => e.field)).toContain('otherReason');
  });
});
