import { jest } from '@jest/globals';
import { ProblemException } from '../src/common/errors/problem.js';
import { FinanceProblems } from '../src/finance/finance.errors.js';
import { PublishGuard } from '../src/finance/publish-guard.service.js';
import {
  bearer,
  createStaff,
  ensureSeason,
  eventBody,
  publishedEvent,
  registerMember,
  type Member,
} from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const DAY = 86_400_000;

describe('een nieuwe datum, ook bij gelijktijdige aanvragen en een geweigerde publicatie', () => {
  let t: TestApp;
  let admin: Member;
  let launchCentreId: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await createStaff(t, 'admin');
    await ensureSeason(t.dataSource);
    launchCentreId = (await registerMember(t, 'culture_house')).organisationId;
  });
  afterAll(() => t.close());
  afterEach(() => jest.restoreAllMocks());

  async function cancelledEvent(): Promise<string> {
    const id = await publishedEvent(t, admin, launchCentreId);
    await t.http.post(`/api/events/${id}/cancel`).set(bearer(admin)).send({ reason: 'De artiest is ziek.' }).expect(200);
    return id;
  }

  function newDateBody(overrides: Record<string, unknown> = {}) {
    const { startsAt, endsAt, signOnDeadline, testSlotStartsAt, testSlotEndsAt } = eventBody(launchCentreId, {}, 40);
    const priorityUntil = new Date(new Date(signOnDeadline).getTime() - 5 * DAY).toISOString();
    return { startsAt, endsAt, signOnDeadline, testSlotStartsAt, testSlotEndsAt, priorityUntil, ...overrides };
  }

  const newEventsOf = (cancelledId: string) =>
    t.dataSource.query<{ id: string; status: string }[]>('SELECT id, status FROM events WHERE previous_event_id = $1', [
      cancelledId,
    ]);

  it.each([true, false])(
    'maakt bij gelijktijdige aanvragen (publish: %s) één nieuwe datum en antwoordt de rest 409',
    async (publish) => {
      const cancelledId = await cancelledEvent();
      const body = newDateBody({ publish });
      const responses = await Promise.all(
        Array.from({ length: 6 }, () => t.http.post(`/api/events/${cancelledId}/new-date`).set(bearer(admin)).send(body)),
      );

      const created = responses.filter((response) => response.status === 201);
      expect(created).toHaveLength(1);
      for (const loser of responses.filter((response) => response.status !== 201)) {
        expect(loser.status).toBe(409);
        expect(loser.body).toMatchObject({ type: expect.stringContaining('new-date-exists'), newEventId: created[0].body.id });
      }
      expect(await newEventsOf(cancelledId)).toEqual([{ id: created[0].body.id, status: publish ? 'published' : 'draft' }]);
    },
  );

  it('laat geen ontwerp achter wanneer het budget het publiceren weigert, zodat opnieuw proberen kan', async () => {
    const cancelledId = await cancelledEvent();
    jest
      .spyOn(PublishGuard.prototype, 'assertMayPublish')
      .mockRejectedValueOnce(new ProblemException(FinanceProblems.publishRefused, 'Dit past niet in de marge van het jaar.'));

    const refused = await t.http.post(`/api/events/${cancelledId}/new-date`).set(bearer(admin)).send(newDateBody()).expect(409);
    expect(refused.body.type).toContain('publish-refused-budget');
    expect(await newEventsOf(cancelledId)).toEqual([]);

    const retried = await t.http.post(`/api/events/${cancelledId}/new-date`).set(bearer(admin)).send(newDateBody()).expect(201);
    expect(retried.body).toMatchObject({ status: 'published', previousEventId: cancelledId });
  });

  it('staat een nieuwe datum toe wanneer de vorige nieuwe datum zelf werd afgelast', async () => {
    const cancelledId = await cancelledEvent();
    const first = await t.http.post(`/api/events/${cancelledId}/new-date`).set(bearer(admin)).send(newDateBody()).expect(201);
    await t.http.post(`/api/events/${first.body.id}/cancel`).set(bearer(admin)).send({ reason: 'Opnieuw ziek.' }).expect(200);
    await t.http.post(`/api/events/${cancelledId}/new-date`).set(bearer(admin)).send(newDateBody()).expect(201);
  });
});
