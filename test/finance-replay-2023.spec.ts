import { DEMO_EVENTS } from '../src/demo/demo-events.js';
import { DEMO_FINANCE } from '../src/demo/demo-finance.js';
import { StreamedEvents } from '../src/events/streamed-events.js';
import { bearer, createStaff, ensureSeason, registerMember, validEnterpriseNumber, type Member } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// The four 2023 shows replayed through the API as finance plans them, with the demo's amounts
// (src/demo/demo-finance.ts): planned, published, signed on, streamed or cancelled, and closed.
const [CHIQUE, OLD_TIME, BARTJE, ADAMO] = [0, 1, 2, 3];

describe('budgetjaar 2023 opnieuw gepland en afgespeeld via de API', () => {
  let t: TestApp;
  let finance: Member;
  let admin: Member;
  let launchCentreId: string;
  const ids: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    await ensureSeason(t.dataSource, '2022-2023');
    await ensureSeason(t.dataSource, '2023-2024');
    finance = await createStaff(t, 'finance');
    admin = await createStaff(t, 'admin');
    launchCentreId = (await registerMember(t, 'culture_house')).organisationId;
    await setMargin(-800000).expect(200);
  });
  afterAll(() => t.close());

  const setMargin = (cents: number) =>
    t.http
      .put('/api/finance/years/2023/margin')
      .set(bearer(finance))
      .send({ approvedMarginCents: cents, decisionReference: 'Raad van bestuur 14 december 2022, punt 5' });
  const view = async (show: number) =>
    (await t.http.get(`/api/finance/events/${ids[show]}`).set(bearer(finance)).expect(200)).body;
  const year = async () => (await t.http.get('/api/finance/years/2023').set(bearer(finance)).expect(200)).body;
  const publish = (show: number) => t.http.post(`/api/events/${ids[show]}/publish`).set(bearer(admin));
  const lines = async (show: number) =>
    (await t.http.get(`/api/finance/events/${ids[show]}/cost-lines`).set(bearer(finance)).expect(200)).body as {
      id: string;
      label: string;
      plannedCents: number;
    }[];
  const setActual = (show: number, lineId: string, actualCents: number) =>
    t.http.patch(`/api/finance/events/${ids[show]}/cost-lines/${lineId}`).set(bearer(finance)).send({ actualCents });
  const decide = (show: number, cents: number) =>
    t.http
      .post(`/api/finance/events/${ids[show]}/decision`)
      .set(bearer(finance))
      .send({ acceptedDeficitCents: cents, reasons: ['social_relevance', 'partner_satisfaction'], decidedBy: 'Raad van bestuur' })
      .expect(201);

  /** A draft with the demo's plan, planned cost lines and planned income; nothing actual yet. */
  async function plannedDraft(show: number): Promise<void> {
    const event = DEMO_EVENTS[show];
    const plan = DEMO_FINANCE[show];
    const created = await t.http
      .post('/api/events')
      .set(bearer(admin))
      .send({
        seasonCode: event.seasonCode,
        title: event.title,
        performers: event.performers,
        description: event.description,
        launchCentreId,
        startsAt: event.startsAt,
        endsAt: event.endsAt,
        signOnDeadline: event.signOnDeadline,
        testSlotStartsAt: event.testSlot[0],
        testSlotEndsAt: event.testSlot[1],
        capacity: event.capacity,
        cultureHouseTariffCents: event.cultureHouseTariffCents,
        careCentreTariffCents: event.careCentreTariffCents,
        vatRatePercent: event.vatRatePercent,
      })
      .expect(201);
    ids[show] = created.body.id as string;
    await t.http
      .put(`/api/finance/events/${ids[show]}/plan`)
      .set(bearer(finance))
      .send({ expectedCultureHouses: plan.plan.culture_house, expectedCareCentres: plan.plan.care_centre })
      .expect(200);
    for (const line of plan.costLines) {
      const { actualCents: _later, ...planned } = line;
      await t.http.post(`/api/finance/events/${ids[show]}/cost-lines`).set(bearer(finance)).send(planned).expect(201);
    }
    for (const income of plan.otherIncome) {
      await t.http
        .post(`/api/finance/events/${ids[show]}/other-income`)
        .set(bearer(finance))
        .send({ kind: income.kind, label: income.label, amountCents: income.amountCents })
        .expect(201);
    }
  }

  /** The demo's confirmed sign-ons at the event's tariffs, straight into the database (sign-on rules are not under test here). */
  async function signOns(show: number): Promise<void> {
    for (const audience of ['culture_house', 'care_centre'] as const) {
      for (let n = 0; n < DEMO_FINANCE[show].satellites[audience]; n++) {
        await t.dataSource.query(
          `WITH org AS (
             INSERT INTO organisations (kind, sub_kind, name, enterprise_number, street, postcode, municipality, province, email, phone)
             VALUES ($1, $2, $3, $4, 'Dorpsstraat 1', '3000', 'Leuven', 'vlaams-brabant', $5, '016 00 00 00') RETURNING id)
           INSERT INTO subscriptions (event_id, organisation_id, audience, status, contact_name, contact_email, contact_phone,
                                      screens, expected_viewers, tariff_cents, vat_rate_percent, satellite_share_cents)
           SELECT e.id, org.id, $7, 'confirmed', 'Contact', $5, '016 00 00 00', 1, 30, t.cents, e.vat_rate_percent, t.cents
             FROM events e, org,
                  LATERAL (SELECT CASE $7::audience WHEN 'culture_house' THEN e.culture_house_tariff_cents
                                  ELSE e.care_centre_tariff_cents END AS cents) t
            WHERE e.id = $6`,
          [
            audience,
            audience === 'culture_house' ? 'gemeenschapscentrum' : 'woonzorgcentrum',
            `Satelliet ${show}-${audience}-${n}`,
            validEnterpriseNumber(),
            `sat-${show}-${audience}-${n}@test.example`,
            ids[show],
            audience,
          ],
        );
      }
    }
  }

  it('publiceert de drie geplande break-evenvoorstellingen zonder principebeslissing', async () => {
    for (const show of [CHIQUE, OLD_TIME, ADAMO]) {
      await plannedDraft(show);
      await publish(show).expect(200);
    }
    expect((await view(CHIQUE)).planned.resultCents).toBe(10600);
    expect((await view(OLD_TIME)).planned.resultCents).toBe(31500);
    expect((await view(ADAMO)).planned.resultCents).toBe(1200);
    const decisions = await t.dataSource.query('SELECT count(*)::int AS n FROM principle_decisions');
    expect(decisions[0].n).toBe(0);
  });

  it('vraagt voor Bartje en de Beiaard een beslissing van precies het geplande tekort, niet meer', async () => {
    await plannedDraft(BARTJE);
    const refused = await publish(BARTJE).expect(409);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body.type).toContain('publish-refused-budget');
    expect(refused.body.detail).toContain('Het geplande tekort van €\u00A03.546,00 is niet gedekt door een principebeslissing.');
    expect(refused.body.detail).toContain('Leg een principebeslissing vast die minstens €\u00A03.546,00 aanvaardt');
    expect(refused.body.reasons).toEqual([expect.objectContaining({ reason: 'deficit_not_covered', shortfallCents: 354600 })]);

    await decide(BARTJE, 354599);
    const short = await publish(BARTJE).expect(409);
    expect(short.body.reasons).toEqual([expect.objectContaining({ reason: 'deficit_not_covered', shortfallCents: 1 })]);

    await decide(BARTJE, 354600);
    await publish(BARTJE).expect(200);
    const bartje = (await year()).events.find((e: { eventId: string }) => e.eventId === ids[BARTJE]);
    expect(bartje).toMatchObject({ plannedResultCents: -354600, committedResultCents: -354600, status: 'deficit_covered' });
  });

  it('weigert een marge onder wat het jaar al vastlegt, met dat bedrag', async () => {
    // 106,00 + 315,00 + 12,00 − 3.546,00 committed by the four published plans.
    expect((await year()).committed.resultCents).toBe(-311300);
    const refused = await setMargin(-300000).expect(409);
    expect(refused.body.type).toContain('margin-below-committed');
    expect(refused.body.detail).toContain('Budgetjaar 2023 heeft al -\u00A0€\u00A03.113,00 vastgelegd');
    expect(refused.body.detail).toContain('Kies een marge van -\u00A0€\u00A03.113,00 of lager.');
    expect((await year()).approvedMarginCents).toBe(-800000);
  });

  it('weigert een later toegevoegde kost op een gepubliceerde voorstelling, en boekt een werkelijke factuur wel maar markeert ze eenmaal', async () => {
    const added = await t.http
      .post(`/api/finance/events/${ids[OLD_TIME]}/cost-lines`)
      .set(bearer(finance))
      .send({ category: 'venue', label: 'Extra zaalhuur', basis: 'fixed', plannedCents: 200000 })
      .expect(409);
    expect(added.body.detail).toContain('Het geplande tekort van €\u00A01.685,00 is niet gedekt');
    expect((await lines(OLD_TIME)).map((line) => line.label)).not.toContain('Extra zaalhuur');
    // A lower tariff, a lower forecast and removed income worsen the plan just the same.
    const cheaper = await t.http.patch(`/api/events/${ids[OLD_TIME]}`).set(bearer(admin)).send({ careCentreTariffCents: 5000 });
    expect(cheaper.status).toBe(409);
    expect(cheaper.body.reasons).toEqual([expect.objectContaining({ reason: 'deficit_not_covered', shortfallCents: 171000 })]);
    await t.http
      .put(`/api/finance/events/${ids[OLD_TIME]}/plan`)
      .set(bearer(finance))
      .send({ expectedCultureHouses: 10, expectedCareCentres: 40 })
      .expect(409);
    const [subsidy] = (await t.http.get(`/api/finance/events/${ids[CHIQUE]}/other-income`).set(bearer(finance)).expect(200)).body;
    await t.http.delete(`/api/finance/events/${ids[CHIQUE]}/other-income/${subsidy.id}`).set(bearer(finance)).expect(409);
    expect((await view(OLD_TIME)).planned.resultCents).toBe(31500);

    // The hall of Chique Dingues invoices € 150,00 more than planned: a fact, so it is booked.
    const venue = (await lines(CHIQUE)).find((line) => line.label.startsWith('Zaal')) as { id: string };
    await setActual(CHIQUE, venue.id, 95000).expect(200);
    const chique = await view(CHIQUE);
    expect(chique).toMatchObject({ committedResultCents: -4400, budgetStatus: 'deficit_needs_decision', uncoveredDeficit: true });
    const crew = (await lines(CHIQUE)).find((line) => line.label.startsWith('Opname')) as { id: string };
    await setActual(CHIQUE, crew.id, 220100).expect(200);
    const flagged = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM outbox_messages WHERE topic = 'finance.uncovered_deficit'`,
    );
    expect(flagged[0].n).toBe(1);

    // The hall credits the difference: the event breaks even again and the flag goes.
    await setActual(CHIQUE, venue.id, 80000).expect(200);
    await setActual(CHIQUE, crew.id, 220000).expect(200);
    expect(await view(CHIQUE)).toMatchObject({ committedResultCents: 10600, uncoveredDeficit: false });
  });

  it('houdt C’est ma vie na de afgelasting op de gemaakte kosten en vraagt de onbevestigde lijnen', async () => {
    await signOns(ADAMO);
    await t.http
      .post(`/api/events/${ids[ADAMO]}/cancel`)
      .set(bearer(admin))
      .send({ reason: 'De artiest is ziek; een nieuwe datum wordt onderzocht.' })
      .expect(200);
    const planned = await lines(ADAMO);
    const byLabel = (label: string) => planned.find((line) => line.label === label) as { id: string };
    await setActual(ADAMO, byLabel('Affiches').id, 52000).expect(200);
    await setActual(ADAMO, byLabel('Affiche- en ticketkit per satelliet').id, 1200).expect(200);

    const open = await view(ADAMO);
    expect(open.unconfirmed.costLines.map((line: { label: string }) => line.label)).toEqual([
      'Gage Adamo',
      'Zaal AB',
      'Opname- en streamingploeg',
    ]);
    // Not silently 0: until finance confirms them, the planned amounts still weigh.
    expect(open.current.fixedCostCents).toBe(480000 + 150000 + 150000 + 52000);
    const notYet = await t.http.post(`/api/finance/events/${ids[ADAMO]}/close`).set(bearer(finance)).expect(409);
    expect(notYet.body.detail).toBe(
      'Vul eerst het werkelijke bedrag in (eventueel 0) van: Gage Adamo, Zaal AB, Opname- en streamingploeg.',
    );

    for (const label of ['Gage Adamo', 'Zaal AB', 'Opname- en streamingploeg'])
      await setActual(ADAMO, byLabel(label).id, 0).expect(200);
    const confirmed = await view(ADAMO);
    expect(confirmed.current).toMatchObject({
      revenueCents: 0,
      fixedCostCents: 52000,
      satelliteCostCents: 38 * 1200,
      resultCents: -97600,
    });
    expect(confirmed.budgetStatus).toBe('cancelled');
    const closed = await t.http.post(`/api/finance/events/${ids[ADAMO]}/close`).set(bearer(finance)).expect(200);
    expect(closed.body.finalResultCents).toBe(-97600);
  });

  it('zet de voorstellingen na hun einde op gestreamd en sluit hun boeken op werkelijke bedragen, met correcties apart', async () => {
    for (const show of [CHIQUE, OLD_TIME, BARTJE]) await signOns(show);
    const streamed = await t.app.get(StreamedEvents).markEnded(new Date());
    expect(streamed.sort()).toEqual([ids[CHIQUE], ids[OLD_TIME], ids[BARTJE]].sort());
    await t.http.post(`/api/events/${ids[CHIQUE]}/cancel`).set(bearer(admin)).send({ reason: 'Te laat' }).expect(409);
    await t.http
      .patch(`/api/events/${ids[CHIQUE]}`)
      .set(bearer(admin))
      .send({ startsAt: '2023-02-07T13:00:00.000Z', endsAt: '2023-02-07T14:30:00.000Z' })
      .expect(409);

    await t.http.post(`/api/finance/events/${ids[CHIQUE]}/close`).set(bearer(finance)).expect(409);
    for (const show of [CHIQUE, OLD_TIME, BARTJE]) {
      for (const line of await lines(show)) await setActual(show, line.id, line.plannedCents).expect(200);
      const income = (await t.http.get(`/api/finance/events/${ids[show]}/other-income`).set(bearer(finance)).expect(200)).body;
      for (const entry of income) {
        await t.http
          .patch(`/api/finance/events/${ids[show]}/other-income/${entry.id}`)
          .set(bearer(finance))
          .send({ actualCents: entry.amountCents })
          .expect(200);
      }
      await t.http.post(`/api/finance/events/${ids[show]}/close`).set(bearer(finance)).expect(200);
    }

    const closedYear = await year();
    expect(closedYear.final.resultCents).toBe(10600 + 31500 - 354600 - 97600);
    expect(closedYear.committed).toEqual({
      resultCents: -410100,
      marginUsedCents: 410100,
      marginRemainingCents: 389900,
      status: 'within_margin',
    });
    expect(closedYear.events.map((e: { status: string }) => e.status)).toEqual([
      'break_even',
      'break_even',
      'deficit_covered',
      'cancelled',
    ]);

    const sabam = (await lines(CHIQUE)).find((line) => line.label === 'SABAM') as { id: string };
    const edit = await setActual(CHIQUE, sabam.id, 31000).expect(409);
    expect(edit.body.type).toContain('event-books-closed');
    await t.http
      .post(`/api/finance/events/${ids[CHIQUE]}/corrections`)
      .set(bearer(finance))
      .send({ amountCents: -12000, reason: 'Naheffing SABAM' })
      .expect(201);
    const corrected = await view(CHIQUE);
    expect(corrected.final).toEqual({ resultCents: 10600 - 12000, fixed: true });
    const audit = (await t.http.get('/api/finance/audit?limit=100').set(bearer(finance)).expect(200)).body;
    expect(audit.items.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['finance_correction.recorded', 'event.books_closed', 'event_plan.set']),
    );
  });
});
