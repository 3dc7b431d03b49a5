import { DEMO_EVENTS } from '../src/demo/demo-events.js';
import { seedDemoData } from '../src/demo/seed-demo-data.js';
import { bearer, createStaff, type Member } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// The seeded demo tells 2023 and 2024 as the annual report does (amounts in src/demo/demo-finance.ts).
const [chique, oldTime, bartje, adamo] = DEMO_EVENTS.map((event) => event.id);
const spring2024 = DEMO_EVENTS.filter((event) => event.startsAt.startsWith('2024')).map((event) => event.id);

describe('de demodata van financiën', () => {
  let t: TestApp;
  let finance: Member;

  beforeAll(async () => {
    t = await startTestApp();
    await seedDemoData(t.databaseUrl);
    finance = await createStaff(t, 'finance');
  });
  afterAll(() => t.close());

  const year = async (y: number) => (await t.http.get(`/api/finance/years/${y}`).set(bearer(finance)).expect(200)).body;

  it('sluit 2023 af met drie break-evens, Bartje op een beslissing binnen de marge en C’est ma vie op zijn gemaakte kosten', async () => {
    const view = await year(2023);
    const line = (id: string) => view.events.find((e: { eventId: string }) => e.eventId === id);
    expect(line(chique)).toMatchObject({ plannedResultCents: 10600, finalResultCents: 10600, status: 'break_even' });
    expect(line(oldTime)).toMatchObject({ plannedResultCents: 31500, finalResultCents: 31500, status: 'break_even' });
    expect(line(bartje)).toMatchObject({ plannedResultCents: -354600, acceptedDeficitCents: 354600, status: 'deficit_covered' });
    expect(line(adamo)).toMatchObject({ plannedResultCents: 1200, finalResultCents: -97600, status: 'cancelled' });
    expect(view.committed).toEqual({
      resultCents: -410100,
      marginUsedCents: 410100,
      marginRemainingCents: 389900,
      status: 'within_margin',
    });
    expect(view.final.resultCents).toBe(-410100);
  });

  it('plant en publiceert de lente van 2024, en geeft 2026 een marge', async () => {
    const view = await year(2024);
    expect(view.events.map((e: { eventId: string }) => e.eventId).sort()).toEqual([...spring2024].sort());
    for (const event of view.events) expect(event).toMatchObject({ plannedResultCents: 31500, finalResultCents: null });
    expect(view.approvedMarginCents).toBe(-500000);
    expect((await year(2026)).approvedMarginCents).toBe(-500000);
  });

  it('opent een oproep voor 2024-2025 met voorstellen, gerekend op de gestreamde shows van de twee seizoenen ervoor', async () => {
    const { items: calls } = (await t.http.get('/api/calls').set(bearer(finance)).expect(200)).body;
    const call = calls.find((c: { seasonCode: string }) => c.seasonCode === '2024-2025');
    expect(call).toMatchObject({ acceptsProposals: true, proposalCount: 2 });
    const turnout: { ch: string; cc: string }[] = await t.dataSource.query(
      `SELECT count(s.id) FILTER (WHERE s.audience = 'culture_house') AS ch, count(s.id) FILTER (WHERE s.audience = 'care_centre') AS cc
         FROM events e LEFT JOIN subscriptions s ON s.event_id = e.id AND s.status = 'confirmed'
        WHERE e.status = 'streamed' AND e.season_code IN ('2022-2023', '2023-2024') GROUP BY e.id`,
    );
    const average = (pick: (row: { ch: string; cc: string }) => string) =>
      Math.floor(turnout.reduce((sum, row) => sum + Number(pick(row)), 0) / turnout.length);
    const { items } = (await t.http.get(`/api/calls/${call.id}/planned-results`).set(bearer(finance)).expect(200)).body;
    const singing = items.find((item: { title: string }) => item.title === 'Zomerse meezingers');
    expect(singing.forecast.history).toEqual({
      events: turnout.length,
      averageConfirmed: { culture_house: average((row) => row.ch), care_centre: average((row) => row.cc) },
    });
    expect(singing.forecast.interest).toEqual({ culture_house: 1, care_centre: 2 });
    expect(singing.plan.expectedSatellites).toEqual({
      culture_house: Math.max(
        1,
        average((row) => row.ch),
      ),
      care_centre: Math.max(
        2,
        average((row) => row.cc),
      ),
    });
  });
});
