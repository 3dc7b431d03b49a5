import { PublishGuard } from '../src/finance/publish-guard.service.js';
import { bearer, createStaff, ensureSeason, eventBody, registerMember, type Member } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// Each year's margin is € 1.000,00 and each draft loses € 600,00 under a decision that covers it:
// either alone fits, the two together do not.
const MARGIN = -100_000;
const DEFICIT = 60_000;
const YEARS = [2031, 2032, 2033, 2034, 2035];
const HELD_YEAR = 2036;
const CHANGE_YEARS = [2037, 2038, 2039];
const HELD_CHANGE_YEAR = 2040;

describe('gelijktijdige publicaties in één budgetjaar', () => {
  let t: TestApp;
  let finance: Member;
  let admin: Member;
  let launchCentreId: string;

  beforeAll(async () => {
    t = await startTestApp();
    finance = await createStaff(t, 'finance');
    admin = await createStaff(t, 'admin');
    launchCentreId = (await registerMember(t, 'culture_house')).organisationId;
  });
  afterAll(() => t.close());

  async function coveredLossMaker(year: number, day: number): Promise<string> {
    const seasonCode = await ensureSeason(t.dataSource, `${year - 1}-${year}`);
    const start = new Date(Date.UTC(year, 2, day, 19));
    const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000).toISOString();
    const created = await t.http
      .post('/api/events')
      .set(bearer(admin))
      .send(
        eventBody(launchCentreId, {
          seasonCode,
          startsAt: at(0),
          endsAt: at(90),
          signOnDeadline: at(-7 * 24 * 60),
          testSlotStartsAt: at(-90),
          testSlotEndsAt: at(-45),
        }),
      )
      .expect(201);
    const id = created.body.id as string;
    await t.http
      .post(`/api/finance/events/${id}/cost-lines`)
      .set(bearer(finance))
      .send({ category: 'artist_fee', label: 'Gage', basis: 'fixed', plannedCents: DEFICIT })
      .expect(201);
    await t.http
      .post(`/api/finance/events/${id}/decision`)
      .set(bearer(finance))
      .send({ acceptedDeficitCents: DEFICIT, reasons: ['social_relevance'], decidedBy: 'Raad van bestuur' })
      .expect(201);
    return id;
  }

  async function setMargin(year: number) {
    await t.http
      .put(`/api/finance/years/${year}/margin`)
      .set(bearer(finance))
      .send({ approvedMarginCents: MARGIN, decisionReference: `RvB ${year - 1}-12-10` })
      .expect(200);
  }

  it('laat een tweede publicatie wachten tot de eerste vastligt, en weigert ze dan', async () => {
    await setMargin(HELD_YEAR);
    const [first, second] = [await coveredLossMaker(HELD_YEAR, 10), await coveredLossMaker(HELD_YEAR, 17)];
    // The first publish stops between its check and its commit.
    const runner = t.dataSource.createQueryRunner();
    await runner.startTransaction();
    try {
      await t.app.get(PublishGuard).assertMayPublish(first, runner.manager);
      await runner.manager.query(`UPDATE events SET status = 'published', published_at = now() WHERE id = $1`, [first]);

      let settled = false;
      const publishing = t.http
        .post(`/api/events/${second}/publish`)
        .set(bearer(admin))
        .then((response) => {
          settled = true;
          return response;
        });
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(settled).toBe(false);

      await runner.commitTransaction();
      const response = await publishing;
      expect(response.status).toBe(409);
      expect(response.body.reasons).toEqual([expect.objectContaining({ reason: 'year_margin_exceeded' })]);
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it.each(YEARS)('laat in %i precies één van twee gelijktijdige verlieslatende publicaties door', async (year) => {
    await setMargin(year);
    const drafts = [await coveredLossMaker(year, 10), await coveredLossMaker(year, 17)];

    const responses = await Promise.all(drafts.map((id) => t.http.post(`/api/events/${id}/publish`).set(bearer(admin))));

    expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
    const refused = responses.find((r) => r.status === 409);
    expect(refused?.body.reasons).toEqual([expect.objectContaining({ reason: 'year_margin_exceeded' })]);
    const view = (await t.http.get(`/api/finance/years/${year}`).set(bearer(finance)).expect(200)).body;
    expect(view.current).toMatchObject({ resultCents: -DEFICIT, status: 'within_margin' });
  });

  /** Two published loss-makers whose decisions each accept € 1.000; the year commits -€ 600 of its -€ 1.000. */
  async function twoPublishedLossMakers(year: number): Promise<string[]> {
    await setMargin(year);
    const events = [await coveredLossMaker(year, 10), await coveredLossMaker(year, 17)];
    for (const id of events) {
      await t.http
        .post(`/api/finance/events/${id}/decision`)
        .set(bearer(finance))
        .send({ acceptedDeficitCents: 100_000, reasons: ['network'], decidedBy: 'Raad van bestuur' })
        .expect(201);
    }
    await t.http.post(`/api/events/${events[0]}/publish`).set(bearer(admin)).expect(200);
    // The second publishes once its fee is waived: -€ 600 and € 0.
    const [fee] = (await t.http.get(`/api/finance/events/${events[1]}/cost-lines`).set(bearer(finance)).expect(200)).body;
    await t.http.patch(`/api/finance/events/${events[1]}/cost-lines/${fee.id}`).set(bearer(finance)).send({ plannedCents: 0 });
    await t.http.post(`/api/events/${events[1]}/publish`).set(bearer(admin)).expect(200);
    return events;
  }

  // Each adds € 300 of cost: either alone keeps the year at -€ 900, both together would take it to -€ 1.200.
  const addCamera = (id: string) =>
    t.http
      .post(`/api/finance/events/${id}/cost-lines`)
      .set(bearer(finance))
      .send({ category: 'production', label: 'Extra camera', basis: 'fixed', plannedCents: 30_000 });

  async function expectOneCameraApplied(year: number, refused: { body: { reasons: unknown } } | undefined) {
    expect(refused?.body.reasons).toEqual([expect.objectContaining({ reason: 'year_margin_exceeded', shortfallCents: 20_000 })]);
    const view = (await t.http.get(`/api/finance/years/${year}`).set(bearer(finance)).expect(200)).body;
    expect(view.committed).toMatchObject({ resultCents: -90_000, status: 'within_margin' });
  }

  it('laat een tweede kostenwijziging in het jaar wachten tot de eerste vastligt, en weigert ze dan', async () => {
    const events = await twoPublishedLossMakers(HELD_CHANGE_YEAR);
    // The first change stops between its judgement and its commit.
    const runner = t.dataSource.createQueryRunner();
    await runner.startTransaction();
    try {
      await t.app
        .get(PublishGuard)
        .guardChange(runner.manager, events[0], 'decision', () =>
          runner.manager.query(
            `INSERT INTO cost_lines (event_id, category, label, basis, planned_cents) VALUES ($1, 'production', 'Extra camera', 'fixed', 30000)`,
            [events[0]],
          ),
        );
      let settled = false;
      const second = addCamera(events[1]).then((response) => {
        settled = true;
        return response;
      });
      // Without the year lock the second change would be judged on a year without the first, and pass.
      const waiting = async () =>
        (await t.dataSource.query(`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`))[0].n;
      while (!settled && (await waiting()) === 0) await new Promise((resolve) => setImmediate(resolve));
      expect(settled).toBe(false);

      await runner.commitTransaction();
      const response = await second;
      expect(response.status).toBe(409);
      await expectOneCameraApplied(HELD_CHANGE_YEAR, response);
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it.each(CHANGE_YEARS)('laat in %i van twee gelijktijdige kostenwijzigingen er precies één door', async (year) => {
    const events = await twoPublishedLossMakers(year);
    const responses = await Promise.all(events.map(addCamera));
    expect(responses.map((r) => r.status).sort()).toEqual([201, 409]);
    await expectOneCameraApplied(
      year,
      responses.find((r) => r.status === 409),
    );
  });
});
