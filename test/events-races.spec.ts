import { jest } from '@jest/globals';
import { OrganisationsRepository } from '../src/organisations/organisations.repository.js';
import { bearer, createStaff, ensureSeason, publishedEvent, registerMember, type Member } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * An edit looks up its new launch centre before it changes the event. These tests hold that
 * look-up at a gate, so another request can run in between, in exactly the order that broke
 * before the row was locked: the edit had already read the event when the other change committed.
 */
describe('gelijktijdige wijzigingen aan één voorstelling', () => {
  let t: TestApp;
  let admin: Member;
  let launchCentreId: string;

  beforeAll(async () => {
    t = await startTestApp();
    await ensureSeason(t.dataSource, '2026-2027');
    admin = await createStaff(t, 'admin');
    launchCentreId = (await registerMember(t, 'culture_house')).organisationId;
  });
  afterAll(() => t.close());
  afterEach(() => jest.restoreAllMocks());

  /** Holds the next `count` launch-centre look-ups until `open()`; `reached` resolves when all have arrived. */
  function gateLaunchCentreLookups(count: number) {
    const repository = t.app.get(OrganisationsRepository);
    const lookUp = repository.findById.bind(repository);
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    let arrived = 0;
    let allArrived!: () => void;
    const reached = new Promise<void>((resolve) => (allArrived = resolve));
    jest.spyOn(repository, 'findById').mockImplementation(async (id) => {
      if (id === launchCentreId && arrived < count) {
        arrived += 1;
        if (arrived === count) allArrived();
        await gate;
      }
      return lookUp(id);
    });
    return { reached, open };
  }

  const shifted = (iso: string, minutes: number) => new Date(new Date(iso).getTime() + minutes * 60_000).toISOString();

  it('een aanpassing die na een afgelasting binnenkomt, maakt de afgelasting niet ongedaan (409)', async () => {
    const id = await publishedEvent(t, admin, launchCentreId);
    const gate = gateLaunchCentreLookups(1);

    const edit = t.http
      .patch(`/api/events/${id}`)
      .set(bearer(admin))
      .send({ launchCentreId, title: 'Een verouderde titel' })
      .then((response) => response);
    await gate.reached;
    const cancelled = await t.http
      .post(`/api/events/${id}/cancel`)
      .set(bearer(admin))
      .send({ reason: 'De artiest is ziek.' })
      .expect(200);
    gate.open();
    const response = await edit;

    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ type: '/problems/event-wrong-status', currentStatus: 'cancelled' });
    expect(response.body.currentVersion).toBe(cancelled.body.version);
    const [row] = await t.dataSource.query(`SELECT status, cancelled_at, calendar_sequence, title FROM events WHERE id = $1`, [
      id,
    ]);
    expect(row).toMatchObject({ status: 'cancelled', calendar_sequence: 1 });
    expect(row.cancelled_at).not.toBeNull();
    expect(row.title).not.toBe('Een verouderde titel');
  });

  it('twee gelijktijdige verplaatsingen krijgen elk een eigen, hogere SEQUENCE', async () => {
    const id = await publishedEvent(t, admin, launchCentreId);
    const event = (await t.http.get(`/api/events/${id}`).set(bearer(admin)).expect(200)).body;
    const gate = gateLaunchCentreLookups(2);

    const moves = [30, 60].map((minutes) =>
      t.http
        .patch(`/api/events/${id}`)
        .set(bearer(admin))
        .send({ launchCentreId, startsAt: shifted(event.startsAt, minutes), endsAt: shifted(event.endsAt, minutes) })
        .then((response) => response),
    );
    await gate.reached;
    gate.open();
    const responses = await Promise.all(moves);

    expect(responses.map((response) => response.status)).toEqual([200, 200]);
    const sent: { sequence: number }[] = await t.dataSource.query(
      `SELECT (payload->>'sequence')::int AS sequence FROM outbox_messages
        WHERE topic = 'event.moved' AND payload->>'eventId' = $1 ORDER BY sequence`,
      [id],
    );
    expect(sent.map((message) => message.sequence)).toEqual([1, 2]);
    const [row] = await t.dataSource.query(`SELECT calendar_sequence, version FROM events WHERE id = $1`, [id]);
    expect(row.calendar_sequence).toBe(2);
  });

  it('een aanpassing op een oudere versie krijgt 409 met de huidige versie', async () => {
    const id = await publishedEvent(t, admin, launchCentreId);
    const read = (await t.http.get(`/api/events/${id}`).set(bearer(admin)).expect(200)).body;
    await t.http
      .patch(`/api/events/${id}`)
      .set(bearer(admin))
      .send({ version: read.version, title: 'Eerste aanpassing' })
      .expect(200);

    const stale = await t.http
      .patch(`/api/events/${id}`)
      .set(bearer(admin))
      .send({ version: read.version, title: 'Tweede aanpassing op een oude kopie' })
      .expect(409);

    expect(stale.headers['content-type']).toMatch(/problem\+json/);
    expect(stale.body).toMatchObject({ type: '/problems/event-version-conflict', currentVersion: read.version + 1 });
    const [row] = await t.dataSource.query(`SELECT title FROM events WHERE id = $1`, [id]);
    expect(row.title).toBe('Eerste aanpassing');
  });
});
