import { bearer, createStaff, ensureSeason, eventBody, registerMember, seasonOf, type Member } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('seizoenen als gegevens', () => {
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

  const createSeason = (body: Record<string, unknown>, who: Member = admin) =>
    t.http.post('/api/seasons').set(bearer(who)).send(body);
  const count = async (table: string) => Number((await t.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);
  /** An event body on a given Brussels-time start, with its deadline a week before. */
  const startingAt = (startsAt: string, seasonCode: string) => {
    const start = new Date(startsAt);
    return eventBody(launchCentre.organisationId, {
      seasonCode,
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 90 * 60_000).toISOString(),
      signOnDeadline: new Date(start.getTime() - 7 * 86_400_000).toISOString(),
      testSlotStartsAt: null,
      testSlotEndsAt: null,
    });
  };

  it('een admin maakt een seizoen aan en past het aan; elke wijziging staat in het logboek', async () => {
    const created = await createSeason({ code: '2080-2081', startsOn: '2080-09-01', endsOn: '2081-06-30' }).expect(201);
    expect(created.body).toEqual({ code: '2080-2081', name: 'Seizoen 2080-2081', startsOn: '2080-09-01', endsOn: '2081-06-30' });
    const listed = await t.http.get('/api/seasons').expect(200);
    expect(listed.body.items).toContainEqual(created.body);

    const updated = await t.http
      .patch('/api/seasons/2080-2081')
      .set(bearer(admin))
      .send({ endsOn: '2081-07-15', name: 'Seizoen 30-31' })
      .expect(200);
    expect(updated.body).toMatchObject({
      code: '2080-2081',
      name: 'Seizoen 30-31',
      startsOn: '2080-09-01',
      endsOn: '2081-07-15',
    });
    await t.http.get('/api/seasons/2080-2081').expect(200, updated.body);

    const audit = await t.dataSource.query(
      `SELECT action, actor_user_id, before->>'endsOn' AS before_end, after->>'endsOn' AS after_end
         FROM audit_entries WHERE subject_type = 'season' AND subject_id = '2080-2081' ORDER BY id`,
    );
    expect(audit).toEqual([
      { action: 'season.created', actor_user_id: admin.userId, before_end: null, after_end: '2081-06-30' },
      { action: 'season.updated', actor_user_id: admin.userId, before_end: '2081-06-30', after_end: '2081-07-15' },
    ]);
  });

  it('weigert een bestaande code met een Nederlandse 409, ook als twee admins tegelijk aanmaken', async () => {
    const body = { code: '2082-2083', startsOn: '2082-09-01', endsOn: '2083-06-30' };
    const statuses = (await Promise.all([createSeason(body), createSeason(body)])).map((response) => response.status).sort();
    expect(statuses).toEqual([201, 409]);
    const again = await createSeason(body).expect(409);
    expect(again.headers['content-type']).toContain('application/problem+json');
    expect(again.body).toMatchObject({ type: '/problems/season-exists', detail: 'Seizoen 2082-2083 bestaat al.' });
    expect(again.body.errors).toEqual([{ field: 'code', message: 'bestaat al' }]);
  });

  it.each([
    [{ code: '2084-2086', startsOn: '2084-09-01', endsOn: '2086-06-30' }, 'code'],
    [{ code: '2084', startsOn: '2084-09-01', endsOn: '2085-06-30' }, 'code'],
    [{ code: '2084-2085', startsOn: '2085-06-30', endsOn: '2084-09-01' }, 'endsOn'],
    [{ code: '2084-2085', startsOn: '2084-02-30', endsOn: '2085-06-30' }, 'startsOn'],
    [{ code: '2084-2085', startsOn: '1 september', endsOn: '2085-06-30' }, 'startsOn'],
    [{ code: '2084-2085', startsOn: '2084-09-01' }, 'endsOn'],
  ])('weigert %j met een Nederlandse 400 die het veld %s noemt, en schrijft niets', async (body, field) => {
    const seasons = await count('seasons');
    const response = await createSeason(body).expect(400);
    expect(response.body.title).toBe('Ongeldige invoer');
    expect(response.body.errors).toContainEqual(expect.objectContaining({ field }));
    expect(await count('seasons')).toBe(seasons);
  });

  it('laat alleen een admin seizoenen aanmaken of aanpassen', async () => {
    const finance = await createStaff(t, 'finance');
    await createSeason({ code: '2086-2087', startsOn: '2086-09-01', endsOn: '2087-06-30' }, finance).expect(403);
    await t.http
      .patch(`/api/seasons/${seasonOf(new Date())}`)
      .send({ name: 'x' })
      .expect(401);
    await t.http.patch('/api/seasons/2099-2100').set(bearer(admin)).send({ name: 'Nergens' }).expect(404);
  });

  describe('een voorstelling begint binnen haar seizoen', () => {
    beforeAll(async () => {
      await createSeason({ code: '2091-2092', startsOn: '2091-09-01', endsOn: '2092-06-30' }).expect(201);
    });

    it('aanvaardt 00:30 Belgische tijd op de eerste dag, en weigert 23:30 de avond ervoor met beide data', async () => {
      await t.http.post('/api/events').set(bearer(admin)).send(startingAt('2091-08-31T22:30:00Z', '2091-2092')).expect(201);
      const events = await count('events');
      const refused = await t.http
        .post('/api/events')
        .set(bearer(admin))
        .send(startingAt('2091-08-31T21:30:00Z', '2091-2092'))
        .expect(400);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.body).toMatchObject({
        type: '/problems/event-outside-season',
        title: 'Buiten het seizoen',
        detail:
          'De voorstelling begint op vr 31 aug 2091, buiten seizoen 2091-2092 (van za 1 sep 2091 tot en met ma 30 jun 2092).',
      });
      expect(refused.body.errors).toEqual([{ field: 'startsAt', message: expect.stringContaining('seizoen 2091-2092') }]);
      expect(await count('events')).toBe(events);
    });

    it('weigert een verplaatsing buiten het seizoen en laat de voorstelling ongemoeid', async () => {
      const created = await t.http
        .post('/api/events')
        .set(bearer(admin))
        .send(startingAt('2092-06-20T12:00:00Z', '2091-2092'))
        .expect(201);
      const refused = await t.http
        .patch(`/api/events/${created.body.id}`)
        .set(bearer(admin))
        .send({ startsAt: '2092-07-01T12:00:00Z', endsAt: '2092-07-01T13:30:00Z' })
        .expect(400);
      expect(refused.body.detail).toBe(
        'De voorstelling begint op di 1 jul 2092, buiten seizoen 2091-2092 (van za 1 sep 2091 tot en met ma 30 jun 2092).',
      );
      const unchanged = await t.http.get(`/api/events/${created.body.id}`).set(bearer(admin)).expect(200);
      expect(unchanged.body.startsAt).toBe(created.body.startsAt);
    });

    it('weigert een seizoen in te korten zodat een voorstelling erbuiten valt, en verlengen mag', async () => {
      await t.http.post('/api/events').set(bearer(admin)).send(startingAt('2092-05-10T12:00:00Z', '2091-2092')).expect(201);
      const refused = await t.http.patch('/api/seasons/2091-2092').set(bearer(admin)).send({ endsOn: '2092-04-30' }).expect(409);
      expect(refused.body.type).toBe('/problems/season-events-outside');
      expect(refused.body.detail).toContain('buiten seizoen 2091-2092');
      expect(refused.body.errors).toEqual([{ field: 'endsOn', message: expect.any(String) }]);
      await t.http
        .get('/api/seasons/2091-2092')
        .expect(200)
        .expect((response) => expect(response.body.endsOn).toBe('2092-06-30'));
      await t.http.patch('/api/seasons/2091-2092').set(bearer(admin)).send({ endsOn: '2092-07-31' }).expect(200);
    });
  });
});
