import {
  bearer,
  createMembersInBulk,
  createStaff,
  ensureSeason,
  publishedEvent,
  registerMember,
  type Member,
} from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('een uitnodiging die tegelijk meermaals verstuurd wordt', () => {
  let t: TestApp;
  let admin: Member;
  let eventId: string;
  let cultureHouse: Member;

  beforeAll(async () => {
    t = await startTestApp();
    await ensureSeason(t.dataSource);
    admin = await createStaff(t, 'admin');
    const launchCentre = await registerMember(t, 'culture_house');
    eventId = await publishedEvent(t, admin, launchCentre.organisationId);
    [cultureHouse] = await createMembersInBulk(t, 1, 'culture_house');
  });
  afterAll(() => t.close());

  const invite = (body: Record<string, unknown>) =>
    t.http.post(`/api/events/${eventId}/invitations`).set(bearer(cultureHouse)).send(body);

  const openInvitations = () =>
    t.dataSource.query<{ id: string }[]>(`SELECT id FROM invitations WHERE event_id = $1 AND status = 'open'`, [eventId]);

  it.each([
    [
      'een zorgcentrum met account',
      async () => ({ organisationId: (await createMembersInBulk(t, 1, 'care_centre'))[0].organisationId }),
    ],
    ['een e-mailadres', () => Promise.resolve({ email: `Zorg-${Date.now()}@Zorg.example` })],
  ])('maakt voor %s bij tien gelijktijdige verzoeken één uitnodiging en geeft elk verzoek die terug', async (_, invitee) => {
    const before = (await openInvitations()).length;
    const body = { ...(await invitee()), costSharing: 'sponsor', message: 'Welkom!' };

    const responses = await Promise.all(Array.from({ length: 10 }, () => invite(body)));

    expect(responses.map((response) => response.status)).toEqual(Array(10).fill(201));
    const ids = new Set(responses.map((response) => response.body.id as string));
    expect(ids.size).toBe(1);
    expect(await openInvitations()).toHaveLength(before + 1);
    const [messages] = await t.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM outbox_messages WHERE topic = 'invitation.created' AND payload->>'invitationId' = $1`,
      [[...ids][0]],
    );
    expect(messages.count).toBe(1);
  });

  it('weigert dezelfde genodigde met andere afspraken zolang de eerste uitnodiging openstaat', async () => {
    const [careCentre] = await createMembersInBulk(t, 1, 'care_centre');
    const first = await invite({ organisationId: careCentre.organisationId, costSharing: 'sponsor' }).expect(201);
    const other = await invite({
      organisationId: careCentre.organisationId,
      costSharing: 'split',
      careCentreShareCents: 2500,
    }).expect(409);
    expect(other.body).toMatchObject({ type: expect.stringContaining('invitation-exists'), invitationId: first.body.id });
  });
});
