import { bearer, createStaff, ensureSeason, eventBody, registerMember, seasonOf, type Member } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('programma: seizoenen en voorstellingen', () => {
  let t: TestApp;
  let admin: Member;
  let careCentre: Member;
  let launchCentre: Member;
  beforeAll(async () => {
    t = await startTestApp();
    await ensureSeason(t.dataSource);
    admin = await createStaff(t, 'admin');
    careCentre = await registerMember(t, 'care_centre');
    launchCentre = await registerMember(t, 'culture_house');
  });
  afterAll(() => t.close());

  const createEvent = async () =>
    (await t.http.post('/api/events').set(bearer(admin)).send(eventBody(launchCentre.organisationId)).expect(201)).body;
  const publishedEvent = async (overrides: Record<string, unknown> = {}, daysAhead = 30) => {
    const event = (
      await t.http
        .post('/api/events')
        .set(bearer(admin))
        .send(eventBody(launchCentre.organisationId, overrides, daysAhead))
        .expect(201)
    ).body;
    return (await t.http.post(`/api/events/${event.id}/publish`).set(bearer(admin)).expect(200)).body;
  };

  it('lijst de seizoenen', async () => {
    const response = await t.http.get('/api/seasons').expect(200);
    expect(response.body.items.map((s: { code: string }) => s.code)).toContain(seasonOf(new Date()));
  });

  it('een admin maakt een ontwerp, publiceert het, en dan ziet iedereen het', async () => {
    const draft = await createEvent();
    expect(draft.status).toBe('draft');
    await t.http.get(`/api/events/${draft.id}`).expect(404);
    await t.http.post(`/api/events/${draft.id}/publish`).set(bearer(admin)).expect(200);
    const visible = await t.http.get(`/api/events/${draft.id}`).expect(200);
    expect(visible.body).toMatchObject({ id: draft.id, status: 'published', launchCentre: { id: launchCentre.organisationId } });
  });

  describe('toegang', () => {
    const anonymousAndMember = () =>
      [
        ['anoniem', {}],
        ['een lid', bearer(careCentre)],
      ] as const;

    it('anoniemen en leden kunnen geen voorstelling aanmaken', async () => {
      const countEvents = async () => Number((await t.dataSource.query('SELECT count(*) AS n FROM events'))[0].n);
      const before = await countEvents();
      for (const [, headers] of anonymousAndMember()) {
        const response = await t.http.post('/api/events').set(headers).send(eventBody(launchCentre.organisationId));
        expect([401, 403]).toContain(response.status);
        expect(response.headers['content-type']).toMatch(/problem\+json/);
      }
      expect(await countEvents()).toBe(before);
    });

    it('anoniemen en leden kunnen geen voorstelling bewerken, publiceren of afgelasten', async () => {
      const draft = await createEvent();
      for (const [, headers] of anonymousAndMember()) {
        expect([401, 403]).toContain(
          (await t.http.patch(`/api/events/${draft.id}`).set(headers).send({ title: 'Gekaapt' })).status,
        );
        expect([401, 403]).toContain((await t.http.post(`/api/events/${draft.id}/publish`).set(headers)).status);
        expect([401, 403]).toContain(
          (await t.http.post(`/api/events/${draft.id}/cancel`).set(headers).send({ reason: 'Zomaar afgelast' })).status,
        );
      }
      const [row] = await t.dataSource.query('SELECT title, status FROM events WHERE id = $1', [draft.id]);
      expect(row).toEqual({ title: draft.title, status: 'draft' });
    });

    it('anoniemen en leden zien geen ontwerpen, ook niet in de lijst', async () => {
      const draft = await createEvent();
      for (const [, headers] of anonymousAndMember()) {
        await t.http.get(`/api/events/${draft.id}`).set(headers).expect(404);
        const list = await t.http.get('/api/events').query({ status: 'draft' }).set(headers).expect(200);
        expect(list.body.items).toEqual([]);
      }
      const adminList = await t.http.get('/api/events').query({ status: 'draft' }).set(bearer(admin)).expect(200);
      expect(adminList.body.items.map((e: { id: string }) => e.id)).toContain(draft.id);
    });

    it('de streamlink staat in geen enkel publiek antwoord', async () => {
      const event = await publishedEvent({ streamUrl: 'https://stream.example/zeer-geheim-42' });
      const responses = [
        await t.http.get('/api/events'),
        await t.http.get(`/api/events/${event.id}`),
        await t.http.get('/api/events').set(bearer(careCentre)),
        await t.http.get(`/api/events/${event.id}`).set(bearer(careCentre)),
      ];
      for (const response of responses) {
        expect(response.status).toBe(200);
        expect(response.text).not.toContain('zeer-geheim-42');
        expect(response.text).not.toContain('streamUrl');
      }
      const adminView = await t.http.get(`/api/events/${event.id}`).set(bearer(admin)).expect(200);
      expect(adminView.body.streamUrl).toBe('https://stream.example/zeer-geheim-42');
    });
  });

  it('filtert op seizoen, periode, provincie en status', async () => {
    const early = await publishedEvent({}, 30);
    const later = await publishedEvent({}, 60);
    const from = new Date(Date.now() + 45 * 86_400_000).toISOString();
    const inRange = await t.http
      .get('/api/events')
      .query({ from, season: later.seasonCode, status: 'published', province: 'limburg' })
      .expect(200);
    const ids = inRange.body.items.map((e: { id: string }) => e.id);
    expect(ids).toContain(later.id);
    expect(ids).not.toContain(early.id);
    const elsewhere = await t.http.get('/api/events').query({ province: 'namen' }).expect(200);
    expect(elsewhere.body.items).toEqual([]);
    await t.http.get('/api/events').query({ from: 'gisteren' }).expect(400);
  });

  it('stuurt een ETag en antwoordt 304 als niets veranderde', async () => {
    const first = await t.http.get('/api/events').expect(200);
    expect(first.headers.etag).toBeDefined();
    await t.http.get('/api/events').set('If-None-Match', first.headers.etag).expect(304);
  });

  it('afgelasten vraagt een reden en bewaart ze', async () => {
    const event = await publishedEvent();
    const missing = await t.http.post(`/api/events/${event.id}/cancel`).set(bearer(admin)).send({}).expect(400);
    expect(missing.body.errors[0].field).toBe('reason');
    const cancelled = await t.http
      .post(`/api/events/${event.id}/cancel`)
      .set(bearer(admin))
      .send({ reason: 'De artiest is ziek.' })
      .expect(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancellationReason: 'De artiest is ziek.' });
    const again = await t.http
      .post(`/api/events/${event.id}/cancel`)
      .set(bearer(admin))
      .send({ reason: 'Nog eens afgelast' })
      .expect(409);
    expect(again.body.type).toBe('/problems/event-wrong-status');
  });

  it('weigert onmogelijke tijden met de velden erbij, en bewaart niets', async () => {
    const before = Number((await t.dataSource.query('SELECT count(*) AS n FROM events'))[0].n);
    const body = eventBody(launchCentre.organisationId);
    const response = await t.http
      .post('/api/events')
      .set(bearer(admin))
      .send({ ...body, endsAt: body.startsAt, signOnDeadline: body.endsAt })
      .expect(400);
    expect(response.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['endsAt', 'signOnDeadline']);
    const noZone = await t.http
      .post('/api/events')
      .set(bearer(admin))
      .send({ ...body, startsAt: '2026-12-17T14:00:00' })
      .expect(400);
    expect(noZone.body.errors[0].field).toBe('startsAt');
    const notACentre = await t.http.post('/api/events').set(bearer(admin)).send(eventBody(careCentre.organisationId)).expect(400);
    expect(notACentre.body.errors[0].field).toBe('launchCentreId');
    expect(Number((await t.dataSource.query('SELECT count(*) AS n FROM events'))[0].n)).toBe(before);
  });

  it('een onbekende id geeft 404 en een misvormde id 400, beide als problem+json', async () => {
    const unknown = await t.http.get('/api/events/6f1c1e8e-0000-4000-8000-000000000000').expect(404);
    expect(unknown.body.type).toBe('/problems/event-not-found');
    const malformed = await t.http.get('/api/events/abc').expect(400);
    expect(malformed.body.errors[0].field).toBe('id');
  });
});
