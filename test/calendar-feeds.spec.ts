import {
  bearer,
  createStaff,
  ensureSeason,
  type Member,
  publishedEvent,
  registerMember,
  signOnBody,
} from './support/factories.js';
import { readIcs } from './support/ics-reader.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('agenda-feeds en de uitnodiging om te downloaden', () => {
  let t: TestApp;
  let admin: Member;
  let mine: Member;
  let other: Member;
  let myEvent: string;
  let otherEvent: string;
  let mySignOn: string;

  const feedPath = (url: string) => new URL(url).pathname;

  beforeAll(async () => {
    t = await startTestApp();
    await ensureSeason(t.dataSource);
    admin = await createStaff(t, 'admin');
    const centre = await registerMember(t, 'culture_house');
    mine = await registerMember(t);
    other = await registerMember(t);
    myEvent = await publishedEvent(t, admin, centre.organisationId);
    otherEvent = await publishedEvent(t, admin, centre.organisationId);
    mySignOn = (await t.http.post(`/api/events/${myEvent}/subscriptions`).set(bearer(mine)).send(signOnBody()).expect(201)).body
      .id;
    await t.http.post(`/api/events/${otherEvent}/subscriptions`).set(bearer(other)).send(signOnBody()).expect(201);
  });
  afterAll(() => t.close());

  it('toont enkel de voorstellingen van de eigen organisatie, met streamlink en REFRESH-INTERVAL', async () => {
    expect((await t.http.get('/api/calendar/feed').set(bearer(mine)).expect(200)).body.url).toBeNull();
    const { url } = (await t.http.post('/api/calendar/feed/rotate').set(bearer(mine)).expect(200)).body;
    expect(url).toMatch(/\/calendar\/[\w-]{43}\.ics$/);
    expect((await t.http.get('/api/calendar/feed').set(bearer(mine)).expect(200)).body.url).toBe(url);

    const response = await t.http.get(feedPath(url)).expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/calendar/);
    const feed = readIcs(response.text);
    expect(feed.refreshInterval).toBe('PT1H');
    expect(feed.events.map((event) => event.uid)).toEqual([`event-${myEvent}@satelliet`, `test-${myEvent}@satelliet`]);
    expect(response.text).toContain('secret-link-123');
    expect(response.text).not.toContain(otherEvent);
  });

  it('houdt een afgelaste voorstelling in de feed als CANCELLED', async () => {
    const { url } = (await t.http.get('/api/calendar/feed').set(bearer(mine)).expect(200)).body;
    await t.http.post(`/api/events/${myEvent}/cancel`).set(bearer(admin)).send({ reason: 'Ziek.' }).expect(200);
    const stream = readIcs((await t.http.get(feedPath(url)).expect(200)).text).events[0];
    expect(stream).toMatchObject({ uid: `event-${myEvent}@satelliet`, status: 'CANCELLED', sequence: 1 });
  });

  it('geeft 404 voor een ingetrokken, vervangen of verzonnen token', async () => {
    const { url: old } = (await t.http.get('/api/calendar/feed').set(bearer(mine)).expect(200)).body;
    const { url: rotated } = (await t.http.post('/api/calendar/feed/rotate').set(bearer(mine)).expect(200)).body;
    await t.http.get(feedPath(old)).expect(404);
    await t.http.get(feedPath(rotated)).expect(200);
    await t.http.delete('/api/calendar/feed').set(bearer(mine)).expect(204);
    await t.http.get(feedPath(rotated)).expect(404);
    await t.http.get('/calendar/verzonnen.ics').expect(404);
  });

  it('publiceert de seizoensfeed zonder streamlinks', async () => {
    const response = await t.http.get('/calendar/seizoen/2026-2027.ics').expect(200);
    expect(readIcs(response.text).events.some((event) => event.uid === `event-${otherEvent}@satelliet`)).toBe(true);
    expect(response.text).not.toContain('secret-link-123');
    await t.http.get('/calendar/seizoen/1999-2000.ics').expect(404);
  });

  it('geeft de uitnodiging enkel aan de eigen organisatie, en CANCEL na een afgelasting', async () => {
    await t.http.get(`/api/subscriptions/${mySignOn}/invite.ics`).set(bearer(other)).expect(404);
    const response = await t.http.get(`/api/subscriptions/${mySignOn}/invite.ics`).set(bearer(mine)).expect(200);
    const invite = readIcs(response.text);
    expect(invite.method).toBe('CANCEL');
    expect(invite.events[0]).toMatchObject({ uid: `event-${myEvent}@satelliet`, sequence: 1 });
    expect(response.text).not.toContain('secret-link-123');
  });

  it('zet de streamlink in de uitnodiging van een bevestigde intekening', async () => {
    const [signOn] = await t.dataSource.query<{ id: string }[]>('SELECT id FROM subscriptions WHERE event_id = $1', [otherEvent]);
    const response = await t.http.get(`/api/subscriptions/${signOn.id}/invite.ics`).set(bearer(other)).expect(200);
    expect(readIcs(response.text).method).toBe('REQUEST');
    expect(response.text).toContain('secret-link-123');
  });
});
