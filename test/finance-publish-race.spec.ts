import { PublishGuard } from '../src/finance/publish-guard.service.js';
import { bearer, createStaff, ensureSeason, eventBody, registerMember, type Member } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// Each year's margin is € 1.000,00 and each draft loses € 600,00 under a decision that covers it:
// either alone fits, the two together do not.
const MARGIN = -100_000;
const DEFICIT = 60_000;
const YEARS = [2031, 2032, 2033, 2034, 2035];
const HELD_YEAR = 2036;

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
});
