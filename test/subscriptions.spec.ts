import {
  bearer,
  createMembersInBulk,
  createStaff,
  ensureSeason,
  type Member,
  publishedEvent,
  registerMember,
  setPaymentMethod,
  signOnBody,
} from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { asBuffer } from './support/pdf-text.js';

describe('intekenen op een voorstelling', () => {
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

  const count = async (table: string) => Number((await t.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);
  const signOn = (member: Member, eventId: string, body: Record<string, unknown> = signOnBody()) =>
    t.http.post(`/api/events/${eventId}/subscriptions`).set(bearer(member)).send(body);

  it('bevestigt een zorgcentrum met een momentopname van het tarief, en schrijft een outbox-bericht', async () => {
    const eventId = await publishedEvent(t, admin, launchCentre.organisationId, {
      careCentreTariffCents: 9500,
      vatRatePercent: 6,
    });
    const [careCentre] = await createMembersInBulk(t, 1);
    const response = await signOn(careCentre, eventId).expect(201);
    expect(response.body).toMatchObject({
      status: 'confirmed',
      audience: 'care_centre',
      tariffCents: 9500,
      vatRatePercent: 6,
      satelliteShareCents: 9500,
      waitlistPosition: null,
    });
    const [outbox] = await t.dataSource.query(
      `SELECT topic, payload FROM outbox_messages WHERE payload->>'subscriptionId' = $1`,
      [response.body.id],
    );
    expect(outbox).toEqual({
      topic: 'subscription.confirmed',
      payload: expect.objectContaining({ eventId, organisationId: careCentre.organisationId }),
    });
  });

  it('een latere tariefwijziging raakt bestaande intekeningen niet', async () => {
    const eventId = await publishedEvent(t, admin, launchCentre.organisationId, { careCentreTariffCents: 9500 });
    const [careCentre, later] = await createMembersInBulk(t, 2);
    const first = await signOn(careCentre, eventId).expect(201);
    await t.http.patch(`/api/events/${eventId}`).set(bearer(admin)).send({ careCentreTariffCents: 12000 }).expect(200);
    const second = await signOn(later, eventId).expect(201);
    expect(second.body.tariffCents).toBe(12000);
    const reread = await t.http.get(`/api/subscriptions/${first.body.id}`).set(bearer(careCentre)).expect(200);
    expect(reread.body.tariffCents).toBe(9500);
  });

  it('zonder Stripe-sleutel wordt een organisatie die online wil betalen gewoon bevestigd (betaling per factuur)', async () => {
    const eventId = await publishedEvent(t, admin, launchCentre.organisationId);
    const [careCentre] = await createMembersInBulk(t, 1);
    await setPaymentMethod(t.dataSource, [careCentre.organisationId], 'online');
    expect((await signOn(careCentre, eventId).expect(201)).body.status).toBe('confirmed');
  });

  it('laat een gratis stream toe (tarief 0)', async () => {
    const eventId = await publishedEvent(t, admin, launchCentre.organisationId, {
      careCentreTariffCents: 0,
      cultureHouseTariffCents: 0,
    });
    const [careCentre] = await createMembersInBulk(t, 1);
    const response = await signOn(careCentre, eventId).expect(201);
    expect(response.body).toMatchObject({ status: 'confirmed', tariffCents: 0 });
  });

  it('weigert een tweede intekening van dezelfde organisatie met 409 en de id van de bestaande', async () => {
    const eventId = await publishedEvent(t, admin, launchCentre.organisationId);
    const [careCentre] = await createMembersInBulk(t, 1);
    const first = await signOn(careCentre, eventId).expect(201);
    const second = await signOn(careCentre, eventId).expect(409);
    expect(second.body).toMatchObject({ type: '/problems/already-signed-on', existingSubscriptionId: first.body.id });
  });

  it('de database zelf weigert een tweede actieve intekening, ook buiten de app om', async () => {
    const eventId = await publishedEvent(t, admin, launchCentre.organisationId);
    const [careCentre] = await createMembersInBulk(t, 1);
    await signOn(careCentre, eventId).expect(201);
    await expect(
      t.dataSource.query(
        `INSERT INTO subscriptions (event_id, organisation_id, audience, status, contact_name, contact_email, contact_phone, screens, expected_viewers, tariff_cents, vat_rate_percent, satellite_share_cents)
         VALUES ($1, $2, 'care_centre', 'waitlisted', 'x', 'x@x.be', '011 00 00 00', 1, 1, 0, 6, 0)`,
        [eventId, careCentre.organisationId],
      ),
    ).rejects.toThrow(/subscriptions_one_active_per_organisation/);
  });

  it('zet intekeningen boven de capaciteit op de wachtlijst, met hun plaats', async () => {
    const eventId = await publishedEvent(t, admin, launchCentre.organisationId, { capacity: 1 });
    const [a, b, c] = await createMembersInBulk(t, 3);
    expect((await signOn(a, eventId).expect(201)).body.status).toBe('confirmed');
    expect((await signOn(b, eventId).expect(201)).body).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    expect((await signOn(c, eventId).expect(201)).body).toMatchObject({ status: 'waitlisted', waitlistPosition: 2 });
  });

  it('een annulering laat de eerste op de wachtlijst doorschuiven; de rest schuift een plaats op', async () => {
    const eventId = await publishedEvent(t, admin, launchCentre.organisationId, { capacity: 1 });
    const [a, b, c] = await createMembersInBulk(t, 3);
    const first = await signOn(a, eventId).expect(201);
    const second = await signOn(b, eventId).expect(201);
    const third = await signOn(c, eventId).expect(201);
    await t.http.post(`/api/subscriptions/${first.body.id}/cancel`).set(bearer(a)).send({ reason: 'Zaal niet vrij' }).expect(200);
    expect((await t.http.get(`/api/subscriptions/${second.body.id}`).set(bearer(b))).body).toMatchObject({
      status: 'confirmed',
      waitlistPosition: null,
    });
    expect((await t.http.get(`/api/subscriptions/${third.body.id}`).set(bearer(c))).body).toMatchObject({
      status: 'waitlisted',
      waitlistPosition: 1,
    });
    const history = await t.http.get(`/api/subscriptions/${second.body.id}/history`).set(bearer(b)).expect(200);
    expect(history.body.map((h: { toStatus: string }) => h.toStatus)).toEqual(['waitlisted', 'confirmed']);
    expect(history.body[1].changedByUserId).toBeNull();
  });

  it('een hogere capaciteit laat wachtenden doorschuiven, in volgorde', async () => {
    const eventId = await publishedEvent(t, admin, launchCentre.organisationId, { capacity: 1 });
    const members = await createMembersInBulk(t, 4);
    const ids: string[] = [];
    for (const member of members) ids.push((await signOn(member, eventId).expect(201)).body.id);
    await t.http.patch(`/api/events/${eventId}`).set(bearer(admin)).send({ capacity: 3 }).expect(200);
    const statuses = await t.dataSource.query(`SELECT id, status FROM subscriptions WHERE event_id = $1`, [eventId]);
    const statusOf = new Map(statuses.map((row: { id: string; status: string }) => [row.id, row.status]));
    expect(ids.map((id) => statusOf.get(id))).toEqual(['confirmed', 'confirmed', 'confirmed', 'waitlisted']);
  });

  describe('slechte invoer: een 4xx in het Nederlands en niets geschreven', () => {
    it.each([
      ['negatieve schermen', { screens: -1 }, 'screens'],
      ['verkeerde types', { screens: 'twee', expectedViewers: '40' }, 'screens'],
      ['een onbekend veld', { residentNames: ['Maria'] }, 'residentNames'],
    ])('%s', async (_name, override, field) => {
      const eventId = await publishedEvent(t, admin, launchCentre.organisationId);
      const [careCentre] = await createMembersInBulk(t, 1);
      const before = await count('subscriptions');
      const response = await signOn(careCentre, eventId, signOnBody(override)).expect(400);
      expect(response.headers['content-type']).toMatch(/problem\+json/);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      expect(response.body.detail).toMatch(/Controleer uw invoer/);
      expect(await count('subscriptions')).toBe(before);
    });

    it('een voorbije deadline', async () => {
      const eventId = await publishedEvent(t, admin, launchCentre.organisationId, {
        signOnDeadline: new Date(Date.now() - 60_000).toISOString(),
      });
      const [careCentre] = await createMembersInBulk(t, 1);
      const before = await count('subscriptions');
      const response = await signOn(careCentre, eventId).expect(409);
      expect(response.body).toMatchObject({ type: '/problems/sign-on-deadline-passed', title: 'Inteken-deadline voorbij' });
      expect(await count('subscriptions')).toBe(before);
    });

    it('een ongepubliceerde voorstelling, een afgelaste en een onbekende id', async () => {
      const [careCentre] = await createMembersInBulk(t, 1);
      const before = await count('subscriptions');
      const draft = await t.http
        .post('/api/events')
        .set(bearer(admin))
        .send((await import('./support/factories.js')).eventBody(launchCentre.organisationId))
        .expect(201);
      expect((await signOn(careCentre, draft.body.id).expect(404)).body.type).toBe('/problems/event-not-found');
      const cancelledId = await publishedEvent(t, admin, launchCentre.organisationId);
      await t.http
        .post(`/api/events/${cancelledId}/cancel`)
        .set(bearer(admin))
        .send({ reason: 'De artiest is ziek.' })
        .expect(200);
      expect((await signOn(careCentre, cancelledId).expect(409)).body.detail).toMatch(/afgelast/);
      expect((await signOn(careCentre, '8b0d7a53-0000-4000-8000-000000000000').expect(404)).body.type).toBe(
        '/problems/event-not-found',
      );
      expect(await count('subscriptions')).toBe(before);
    });

    it('operatorpersoneel kan niet intekenen', async () => {
      const eventId = await publishedEvent(t, admin, launchCentre.organisationId);
      await signOn(admin, eventId).expect(403);
    });
  });

  describe('annuleren', () => {
    it('na de deadline kan enkel een admin annuleren', async () => {
      const eventId = await publishedEvent(t, admin, launchCentre.organisationId);
      const [careCentre] = await createMembersInBulk(t, 1);
      const subscription = await signOn(careCentre, eventId).expect(201);
      await t.dataSource.query(`UPDATE events SET sign_on_deadline = now() - interval '1 minute' WHERE id = $1`, [eventId]);
      const refused = await t.http
        .post(`/api/subscriptions/${subscription.body.id}/cancel`)
        .set(bearer(careCentre))
        .send({})
        .expect(403);
      expect(refused.body.type).toBe('/problems/cancellation-closed');
      await t.http
        .post(`/api/subscriptions/${subscription.body.id}/cancel`)
        .set(bearer(admin))
        .send({ reason: 'Op vraag van het zorgcentrum' })
        .expect(200);
      const history = await t.http.get(`/api/subscriptions/${subscription.body.id}/history`).set(bearer(careCentre)).expect(200);
      expect(history.body).toEqual([
        expect.objectContaining({ fromStatus: null, toStatus: 'confirmed', changedByUserId: careCentre.userId }),
        expect.objectContaining({
          fromStatus: 'confirmed',
          toStatus: 'cancelled',
          changedByUserId: admin.userId,
          reason: 'Op vraag van het zorgcentrum',
        }),
      ]);
    });

    it('na annuleren kan dezelfde organisatie opnieuw intekenen', async () => {
      const eventId = await publishedEvent(t, admin, launchCentre.organisationId);
      const [careCentre] = await createMembersInBulk(t, 1);
      const first = await signOn(careCentre, eventId).expect(201);
      await t.http.post(`/api/subscriptions/${first.body.id}/cancel`).set(bearer(careCentre)).send({}).expect(200);
      await t.http.post(`/api/subscriptions/${first.body.id}/cancel`).set(bearer(careCentre)).send({}).expect(409);
      await signOn(careCentre, eventId).expect(201);
    });
  });

  describe('toegang', () => {
    it('een zorgcentrum kan de intekening van een ander niet lezen, annuleren of de geschiedenis zien', async () => {
      const eventId = await publishedEvent(t, admin, launchCentre.organisationId);
      const [owner, stranger] = await createMembersInBulk(t, 2);
      const subscription = await signOn(owner, eventId).expect(201);
      await t.http.get(`/api/subscriptions/${subscription.body.id}`).set(bearer(stranger)).expect(404);
      await t.http.get(`/api/subscriptions/${subscription.body.id}/history`).set(bearer(stranger)).expect(404);
      await t.http.post(`/api/subscriptions/${subscription.body.id}/cancel`).set(bearer(stranger)).send({}).expect(404);
      const [row] = await t.dataSource.query('SELECT status FROM subscriptions WHERE id = $1', [subscription.body.id]);
      expect(row.status).toBe('confirmed');
      const list = await t.http.get('/api/subscriptions').set(bearer(stranger)).expect(200);
      expect(list.body.items).toEqual([]);
    });

    it('leden zien de lijst per voorstelling niet; de admin ziet ze met totalen en als CSV voor Excel', async () => {
      const eventId = await publishedEvent(t, admin, launchCentre.organisationId, { capacity: 1 });
      const [a, b] = await createMembersInBulk(t, 2);
      await signOn(a, eventId, signOnBody({ screens: 2, expectedViewers: 30, notes: 'Zaal; 1ste verdieping' })).expect(201);
      await signOn(b, eventId).expect(201);
      await t.http.get(`/api/events/${eventId}/subscriptions`).set(bearer(a)).expect(403);
      const list = await t.http.get(`/api/events/${eventId}/subscriptions`).set(bearer(admin)).expect(200);
      expect(list.body.totals).toEqual({
        confirmed: 1,
        pendingPayment: 0,
        waitlisted: 1,
        cancelled: 0,
        screens: 2,
        expectedViewers: 30,
      });
      const csv = await t.http
        .get(`/api/events/${eventId}/subscriptions.csv`)
        .set(bearer(admin))
        .buffer(true)
        .parse(asBuffer)
        .expect(200);
      const text = (csv.body as Buffer).toString('utf8');
      expect(text.startsWith('\uFEFFOrganisatie;Soort;Status;')).toBe(true);
      expect(text).toContain('"Zaal; 1ste verdieping"');
      expect(text.split('\r\n').filter(Boolean)).toHaveLength(3);
    });
  });

  describe('Idempotency-Key', () => {
    it('een herhaling met dezelfde sleutel en body geeft het eerste antwoord en maakt niets nieuws', async () => {
      const eventId = await publishedEvent(t, admin, launchCentre.organisationId);
      const [careCentre] = await createMembersInBulk(t, 1);
      const first = await signOn(careCentre, eventId).set('Idempotency-Key', 'sleutel-1').expect(201);
      const retry = await signOn(careCentre, eventId).set('Idempotency-Key', 'sleutel-1').expect(201);
      expect(retry.body).toEqual(first.body);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      const other = await signOn(careCentre, eventId, signOnBody({ screens: 5 }))
        .set('Idempotency-Key', 'sleutel-1')
        .expect(422);
      expect(other.body.type).toBe('/problems/idempotency-key-reused');
      expect(
        Number((await t.dataSource.query('SELECT count(*) AS n FROM subscriptions WHERE event_id = $1', [eventId]))[0].n),
      ).toBe(1);
    });

    it('50 gelijktijdige identieke aanvragen met één sleutel maken precies één intekening', async () => {
      const eventId = await publishedEvent(t, admin, launchCentre.organisationId);
      const [careCentre] = await createMembersInBulk(t, 1);
      const responses = await Promise.all(
        Array.from({ length: 50 }, () => signOn(careCentre, eventId).set('Idempotency-Key', 'gelijktijdig-1')),
      );
      expect(responses.map((r) => r.status)).toEqual(Array(50).fill(201));
      expect(new Set(responses.map((r) => r.body.id)).size).toBe(1);
      expect(
        Number((await t.dataSource.query('SELECT count(*) AS n FROM subscriptions WHERE event_id = $1', [eventId]))[0].n),
      ).toBe(1);
    });
  });
});
