import {
  bearer,
  createMembersInBulk,
  createStaff,
  ensureSeason,
  publishedEvent,
  registerMember,
  signOnBody,
} from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('gelijktijdig intekenen', () => {
  let t: TestApp;
  beforeAll(async () => {
    // A burst on a loaded machine must queue, not time out: the busy answer has its own test below.
    t = await startTestApp({ LOCK_TIMEOUT_MS: '60000' });
    await ensureSeason(t.dataSource);
  });
  afterAll(() => t.close());

  it('500 organisaties tegelijk op 50 plaatsen: precies 50 bevestigd, 450 wachtenden op plaats 1–450, geen 5xx; 10 gelijktijdige annuleringen laten precies de eerste 10 doorschuiven', async () => {
    const admin = await createStaff(t, 'admin');
    const launchCentre = await registerMember(t, 'culture_house');
    const eventId = await publishedEvent(t, admin, launchCentre.organisationId, { capacity: 50 });
    const members = await createMembersInBulk(t, 500);

    const responses = await Promise.all(
      members.map((member) => t.http.post(`/api/events/${eventId}/subscriptions`).set(bearer(member)).send(signOnBody())),
    );
    expect(responses.filter((r) => r.status >= 500)).toEqual([]);
    expect(responses.map((r) => r.status)).toEqual(Array(500).fill(201));
    const confirmed = responses.filter((r) => r.body.status === 'confirmed');
    const waitlisted = responses.filter((r) => r.body.status === 'waitlisted');
    expect(confirmed).toHaveLength(50);
    expect(waitlisted).toHaveLength(450);
    expect(waitlisted.map((r) => r.body.waitlistPosition).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 450 }, (_, i) => i + 1),
    );

    const [counts] = await t.dataSource.query(
      `SELECT count(*) FILTER (WHERE status = 'confirmed') AS confirmed, count(*) FILTER (WHERE status = 'waitlisted') AS waitlisted FROM subscriptions WHERE event_id = $1`,
      [eventId],
    );
    expect(counts).toEqual({ confirmed: '50', waitlisted: '450' });

    const firstTenWaiting = waitlisted.filter((r) => r.body.waitlistPosition <= 10).map((r) => r.body.id as string);
    const ownerOf = new Map(responses.map((r, index) => [r.body.id as string, members[index]]));
    const cancellations = await Promise.all(
      confirmed.slice(0, 10).map((r) =>
        t.http
          .post(`/api/subscriptions/${r.body.id}/cancel`)
          .set(bearer(ownerOf.get(r.body.id)!))
          .send({}),
      ),
    );
    expect(cancellations.map((r) => r.status)).toEqual(Array(10).fill(200));

    const rows: { id: string; status: string }[] = await t.dataSource.query(
      `SELECT id, status FROM subscriptions WHERE event_id = $1`,
      [eventId],
    );
    const statusOf = new Map(rows.map((row) => [row.id, row.status]));
    expect(firstTenWaiting.map((id) => statusOf.get(id))).toEqual(Array(10).fill('confirmed'));
    expect(rows.filter((row) => row.status === 'confirmed')).toHaveLength(50);
    expect(rows.filter((row) => row.status === 'waitlisted')).toHaveLength(440);
    const positions = await t.http.get(`/api/events/${eventId}/subscriptions`).set(bearer(admin)).expect(200);
    const waitingPositions = positions.body.items
      .filter((item: { status: string }) => item.status === 'waitlisted')
      .map((item: { waitlistPosition: number }) => item.waitlistPosition);
    expect(waitingPositions).toEqual(Array.from({ length: 440 }, (_, i) => i + 1));
  });

  it('een lang vastgehouden voorstelling geeft een duidelijke 503 met Retry-After, geen hang', async () => {
    const busy = await startTestApp({ LOCK_TIMEOUT_MS: '200' });
    try {
      await ensureSeason(busy.dataSource);
      const admin = await createStaff(busy, 'admin');
      const launchCentre = await registerMember(busy, 'culture_house');
      const eventId = await publishedEvent(busy, admin, launchCentre.organisationId);
      const [careCentre] = await createMembersInBulk(busy, 1);
      const runner = busy.dataSource.createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      try {
        await runner.query('SELECT id FROM events WHERE id = $1 FOR UPDATE', [eventId]);
        const response = await busy.http
          .post(`/api/events/${eventId}/subscriptions`)
          .set(bearer(careCentre))
          .send(signOnBody())
          .expect(503);
        expect(response.headers['retry-after']).toBe('2');
        expect(response.body).toMatchObject({ type: '/problems/busy', title: 'Even druk' });
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
      expect(Number((await busy.dataSource.query('SELECT count(*) AS n FROM subscriptions'))[0].n)).toBe(0);
    } finally {
      await busy.close();
    }
  });
});
