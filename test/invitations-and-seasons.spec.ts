import {
  bearer,
  createMembersInBulk,
  createStaff,
  daysIntoNextSeason,
  ensureSeason,
  publishedEvent,
  registerMember,
  registrationBody,
  seasonOf,
  signOnBody,
  type Member,
} from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('uitnodigingen van cultuurhuizen en intekenen per seizoen', () => {
  let t: TestApp;
  let admin: Member;
  let launchCentre: Member;
  beforeAll(async () => {
    t = await startTestApp();
    await ensureSeason(t.dataSource);
    admin = await createStaff(t, 'admin');
    launchCentre = await registerMember(t, 'culture_house');
  });
  afterAll(() => t.close());

  it('een cultuurhuis nodigt een zorgcentrum met account uit en betaalt mee; het zorgcentrum aanvaardt', async () => {
    const eventId = await publishedEvent(t, admin, launchCentre.organisationId, { careCentreTariffCents: 9500 });
    const [cultureHouse] = await createMembersInBulk(t, 1, 'culture_house');
    const [careCentre, bystander] = await createMembersInBulk(t, 2, 'care_centre');
    const invitation = await t.http
      .post(`/api/events/${eventId}/invitations`)
      .set(bearer(cultureHouse))
      .send({ organisationId: careCentre.organisationId, costSharing: 'split', careCentreShareCents: 2500 })
      .expect(201);
    expect(invitation.body.acceptUrl).toMatch(/\/uitnodigingen\/[\w-]{40,}$/);

    const received = await t.http.get('/api/invitations').set(bearer(careCentre)).expect(200);
    expect(received.body.map((i: { id: string }) => i.id)).toEqual([invitation.body.id]);
    await t.http.post(`/api/invitations/${invitation.body.id}/accept`).set(bearer(bystander)).send(signOnBody()).expect(404);

    const accepted = await t.http
      .post(`/api/invitations/${invitation.body.id}/accept`)
      .set(bearer(careCentre))
      .send(signOnBody())
      .expect(201);
    expect(accepted.body).toMatchObject({
      status: 'confirmed',
      tariffCents: 9500,
      sponsor: { id: cultureHouse.organisationId },
      sponsorShareCents: 7000,
      satelliteShareCents: 2500,
    });
    await t.http.post(`/api/invitations/${invitation.body.id}/accept`).set(bearer(careCentre)).send(signOnBody()).expect(409);

    // The culture house sees its own and sponsored sign-ons, without the care centre's contact details.
    const own = await t.http
      .post(`/api/events/${eventId}/subscriptions`)
      .set(bearer(cultureHouse))
      .send(signOnBody())
      .expect(201);
    const otherEvent = await publishedEvent(t, admin, launchCentre.organisationId);
    await t.http.post(`/api/events/${otherEvent}/subscriptions`).set(bearer(bystander)).send(signOnBody()).expect(201);
    const visible = await t.http.get('/api/subscriptions').set(bearer(cultureHouse)).expect(200);
    expect(visible.body.items.map((s: { id: string }) => s.id).sort()).toEqual([own.body.id, accepted.body.id].sort());
    const sponsored = visible.body.items.find((s: { id: string }) => s.id === accepted.body.id);
    expect(sponsored).toMatchObject({ contactName: null, contactEmail: null, contactPhone: null, notes: null, streamUrl: null });
    const direct = await t.http.get(`/api/subscriptions/${accepted.body.id}`).set(bearer(cultureHouse)).expect(200);
    expect(direct.body.contactEmail).toBeNull();
    const mine = await t.http.get(`/api/subscriptions/${accepted.body.id}`).set(bearer(careCentre)).expect(200);
    expect(mine.body.contactEmail).toBe('lies@test.example');
    expect(mine.body.streamUrl).toBe('https://stream.example/secret-link-123');
  });

  it('een uitnodiging per e-mail laat het zorgcentrum registreren en aanvaarden in één stap', async () => {
    const eventId = await publishedEvent(t, admin, launchCentre.organisationId, { careCentreTariffCents: 9500 });
    const [cultureHouse] = await createMembersInBulk(t, 1, 'culture_house');
    const invitation = await t.http
      .post(`/api/events/${eventId}/invitations`)
      .set(bearer(cultureHouse))
      .send({ email: 'Animatie@Nieuw-WZC.example', costSharing: 'sponsor' })
      .expect(201);
    const token = invitation.body.acceptUrl.split('/').pop();
    const preview = await t.http.get(`/api/invitations/by-token/${token}`).expect(200);
    expect(preview.body).toMatchObject({ eventId, inviteeEmail: 'animatie@nieuw-wzc.example', costSharing: 'sponsor' });

    const organisationsBefore = Number((await t.dataSource.query('SELECT count(*) AS n FROM organisations'))[0].n);
    const badSignOn = await t.http
      .post(`/api/invitations/by-token/${token}/accept`)
      .send({ registration: registrationBody({ kind: 'care_centre' }), signOn: signOnBody({ screens: 0 }) })
      .expect(400);
    expect(badSignOn.body.errors[0].field).toBe('signOn.screens');
    expect(Number((await t.dataSource.query('SELECT count(*) AS n FROM organisations'))[0].n)).toBe(organisationsBefore);

    const done = await t.http
      .post(`/api/invitations/by-token/${token}/accept`)
      .send({ registration: registrationBody({ kind: 'care_centre' }), signOn: signOnBody() })
      .expect(201);
    expect(done.body.subscription).toMatchObject({
      status: 'confirmed',
      sponsorShareCents: 9500,
      satelliteShareCents: 0,
      sponsor: { id: cultureHouse.organisationId },
    });
    await t.http
      .get('/api/me')
      .set(bearer({ token: done.body.session.accessToken }))
      .expect(200);
  });

  it('enkel cultuurhuizen nodigen uit, en enkel zorgcentra', async () => {
    const eventId = await publishedEvent(t, admin, launchCentre.organisationId);
    const [careCentre, otherCare] = await createMembersInBulk(t, 2, 'care_centre');
    const [cultureHouse, otherHouse] = await createMembersInBulk(t, 2, 'culture_house');
    await t.http
      .post(`/api/events/${eventId}/invitations`)
      .set(bearer(careCentre))
      .send({ organisationId: otherCare.organisationId, costSharing: 'sponsor' })
      .expect(403);
    const wrongInvitee = await t.http
      .post(`/api/events/${eventId}/invitations`)
      .set(bearer(cultureHouse))
      .send({ organisationId: otherHouse.organisationId, costSharing: 'sponsor' })
      .expect(400);
    expect(wrongInvitee.body.errors[0].field).toBe('organisationId');
    const noSplitAmount = await t.http
      .post(`/api/events/${eventId}/invitations`)
      .set(bearer(cultureHouse))
      .send({ organisationId: careCentre.organisationId, costSharing: 'split' })
      .expect(400);
    expect(noSplitAmount.body.errors[0].field).toBe('careCentreShareCents');
  });

  it('een cultuurhuis tekent in één keer in op een heel seizoen en krijgt per voorstelling te zien wat er gebeurde', async () => {
    const [cultureHouse] = await createMembersInBulk(t, 1, 'culture_house');
    // Next season, so the events of the other tests (a month or so ahead) stay out of it.
    const season = seasonOf(new Date(Date.now() + daysIntoNextSeason(30) * 86_400_000));
    const full = await publishedEvent(t, admin, launchCentre.organisationId, { capacity: 1 }, daysIntoNextSeason(30));
    const open = await publishedEvent(t, admin, launchCentre.organisationId, {}, daysIntoNextSeason(40));
    const already = await publishedEvent(t, admin, launchCentre.organisationId, {}, daysIntoNextSeason(50));
    const closed = await publishedEvent(
      t,
      admin,
      launchCentre.organisationId,
      { signOnDeadline: new Date(Date.now() - 60_000).toISOString() },
      daysIntoNextSeason(60),
    );
    const [filler] = await createMembersInBulk(t, 1, 'care_centre');
    await t.http.post(`/api/events/${full}/subscriptions`).set(bearer(filler)).send(signOnBody()).expect(201);
    const existing = await t.http
      .post(`/api/events/${already}/subscriptions`)
      .set(bearer(cultureHouse))
      .send(signOnBody())
      .expect(201);

    const report = await t.http
      .post(`/api/seasons/${season}/subscriptions`)
      .set(bearer(cultureHouse))
      .send(signOnBody())
      .expect(201);
    const resultOf = new Map(report.body.events.map((line: { eventId: string; result: string }) => [line.eventId, line]));
    expect(resultOf.get(full)).toMatchObject({ result: 'waitlisted', waitlistPosition: 1 });
    expect(resultOf.get(open)).toMatchObject({ result: 'confirmed' });
    expect(resultOf.get(already)).toMatchObject({ result: 'already_signed_on', subscriptionId: existing.body.id });
    expect(resultOf.get(closed)).toMatchObject({ result: 'past_deadline', subscriptionId: null });

    const [careCentre] = await createMembersInBulk(t, 1, 'care_centre');
    await t.http.post(`/api/seasons/${season}/subscriptions`).set(bearer(careCentre)).send(signOnBody()).expect(403);
    await t.http.post('/api/seasons/1999-2000/subscriptions').set(bearer(cultureHouse)).send(signOnBody()).expect(404);
  });

  it('intekenen per seizoen is alles of niets: lukt één voorstelling niet, dan wordt er niets bewaard', async () => {
    const busy = await startTestApp({ LOCK_TIMEOUT_MS: '200' });
    try {
      await ensureSeason(busy.dataSource);
      const season = seasonOf(new Date(Date.now() + daysIntoNextSeason(30) * 86_400_000));
      const busyAdmin = await createStaff(busy, 'admin');
      const centre = await registerMember(busy, 'culture_house');
      const first = await publishedEvent(busy, busyAdmin, centre.organisationId, {}, daysIntoNextSeason(30));
      const second = await publishedEvent(busy, busyAdmin, centre.organisationId, {}, daysIntoNextSeason(40));
      const [cultureHouse] = await createMembersInBulk(busy, 1, 'culture_house');
      const runner = busy.dataSource.createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      try {
        // Whichever event the season sign-on reaches last is held elsewhere, so it fails after the first succeeded.
        await runner.query('SELECT id FROM events WHERE id = $1 FOR UPDATE', [[first, second].sort()[1]]);
        await busy.http.post(`/api/seasons/${season}/subscriptions`).set(bearer(cultureHouse)).send(signOnBody()).expect(503);
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
      expect(Number((await busy.dataSource.query('SELECT count(*) AS n FROM subscriptions'))[0].n)).toBe(0);
      expect(
        Number((await busy.dataSource.query(`SELECT count(*) AS n FROM outbox_messages WHERE topic LIKE 'subscription.%'`))[0].n),
      ).toBe(0);
    } finally {
      await busy.close();
    }
  });
});
