import { StreamedEvents } from '../src/events/streamed-events.js';
import { brusselsLocalToIso, isoToBrusselsLocal } from '../src/web/form-values.js';
import { bearer, createStaff, ensureSeason, publishedEvent, registerMember, type Member } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { postForm, visitForm } from './support/web-form.js';

describe('de notities van het lanceercentrum na de stream', () => {
  let t: TestApp;
  let admin: Member;
  let launchCentre: Member;
  let streamedId: string;
  let upcomingId: string;
  const report = (eventId: string) => `/api/events/${eventId}/stream-report`;

  beforeAll(async () => {
    t = await startTestApp();
    await ensureSeason(t.dataSource);
    admin = await createStaff(t, 'admin');
    launchCentre = await registerMember(t, 'culture_house');
    streamedId = await publishedEvent(t, admin, launchCentre.organisationId, {}, 10);
    upcomingId = await publishedEvent(t, admin, launchCentre.organisationId, {}, 40);
    const [{ ends_at }] = await t.dataSource.query('SELECT ends_at FROM events WHERE id = $1', [streamedId]);
    await t.app.get(StreamedEvents).markEnded(new Date(ends_at.getTime() + 60_000));
  });
  afterAll(() => t.close());

  it('laat alleen leden van het lanceercentrum en admins schrijven; de rest krijgt 403', async () => {
    const notes = {
      actualStart: '2026-12-05T14:04:00+01:00',
      actualEnd: '2026-12-05T15:41:00+01:00',
      technicalIncidents: 'Geluid viel 2 minuten weg.',
    };
    const saved = await t.http.put(report(streamedId)).set(bearer(launchCentre)).send(notes).expect(200);
    expect(saved.body).toMatchObject({
      actualStart: '2026-12-05T13:04:00.000Z',
      actualEnd: '2026-12-05T14:41:00.000Z',
      technicalIncidents: 'Geluid viel 2 minuten weg.',
    });
    await t.http
      .put(report(streamedId))
      .set(bearer(admin))
      .send({ ...notes, technicalIncidents: '' })
      .expect(200);

    const others = [
      await registerMember(t, 'culture_house'),
      await registerMember(t, 'care_centre'),
      await createStaff(t, 'finance'),
    ];
    for (const other of others) {
      const refused = await t.http.put(report(streamedId)).set(bearer(other)).send({ technicalIncidents: 'Vals' }).expect(403);
      expect(refused.body.detail).toContain('Alleen het lanceercentrum');
      await t.http.get(report(streamedId)).set(bearer(other)).expect(403);
    }
    await t.http.put(report(streamedId)).send(notes).expect(401);
    const [row] = await t.dataSource.query(
      'SELECT technical_incidents, recorded_by_user_id FROM stream_reports WHERE event_id = $1',
      [streamedId],
    );
    expect(row).toEqual({ technical_incidents: '', recorded_by_user_id: admin.userId });
  });

  it('weigert een einde voor het begin met een Nederlandse 400, en notities voor de stream met 409', async () => {
    const before = await t.dataSource.query('SELECT * FROM stream_reports WHERE event_id = $1', [streamedId]);
    const refused = await t.http
      .put(report(streamedId))
      .set(bearer(launchCentre))
      .send({ actualStart: '2026-12-05T15:00:00+01:00', actualEnd: '2026-12-05T14:30:00+01:00' })
      .expect(400);
    expect(refused.body).toMatchObject({
      detail: 'Het werkelijke einde moet na het werkelijke begin liggen.',
      errors: [{ field: 'actualEnd', message: 'moet na het werkelijke begin liggen' }],
    });
    expect(await t.dataSource.query('SELECT * FROM stream_reports WHERE event_id = $1', [streamedId])).toEqual(before);
    const early = await t.http.put(report(upcomingId)).set(bearer(launchCentre)).send({ technicalIncidents: '' }).expect(409);
    expect(early.body.type).toBe('/problems/event-not-streamed');
  });

  it('laat het lanceercentrum de notities op een pagina invullen in Belgische tijd, bewaard in UTC', async () => {
    const cookie = [`satelliet_sessie=${launchCentre.token}`];
    const list = await t.http.get('/mijn/lanceercentrum').set('Cookie', cookie).expect(200);
    expect(list.text).toContain(`/mijn/lanceercentrum/${streamedId}`);
    const path = `/mijn/lanceercentrum/${streamedId}`;
    const visitor = await visitForm(t, path, cookie);
    const [{ starts_at }] = await t.dataSource.query('SELECT starts_at FROM events WHERE id = $1', [streamedId]);
    const { date } = isoToBrusselsLocal(starts_at.toISOString());
    const wrong = await postForm(t, visitor, path, { date, startTime: '15:00', endTime: '14:00', technicalIncidents: '' });
    expect(wrong.status).toBe(400);
    expect(wrong.text).toContain('Dit veld moet na het werkelijke begin liggen.');
    const saved = await postForm(t, visitor, path, {
      date,
      startTime: '14:04',
      endTime: '15:41',
      technicalIncidents: 'Beeld haperde bij de start.',
    });
    expect(saved.status).toBe(303);
    const [row] = await t.dataSource.query(
      'SELECT actual_start, actual_end, technical_incidents FROM stream_reports WHERE event_id = $1',
      [streamedId],
    );
    expect(row.actual_start.toISOString()).toBe(new Date(brusselsLocalToIso(date, '14:04')!).toISOString());
    expect(row.actual_end.toISOString()).toBe(new Date(brusselsLocalToIso(date, '15:41')!).toISOString());
    expect(row.technical_incidents).toBe('Beeld haperde bij de start.');
  });
});
