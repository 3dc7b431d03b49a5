import { jest } from '@jest/globals';
import { CalendarReader } from '../src/calendar/calendar-reader.js';
import { EventsRepository } from '../src/events/events.repository.js';
import {
  bearer,
  createStaff,
  ensureSeason,
  type Member,
  publishedEvent,
  registerMember,
  signOnBody,
} from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('voorwaardelijke GET: de ETag komt uit een versieteller, vóór elke query', () => {
  let t: TestApp;
  let admin: Member;
  let centre: Member;
  let mine: Member;
  let other: Member;
  let myEvent: string;

  beforeAll(async () => {
    t = await startTestApp();
    await ensureSeason(t.dataSource);
    admin = await createStaff(t, 'admin');
    centre = await registerMember(t, 'culture_house');
    mine = await registerMember(t);
    other = await registerMember(t);
    myEvent = await publishedEvent(t, admin, centre.organisationId);
    await t.http.post(`/api/events/${myEvent}/subscriptions`).set(bearer(mine)).send(signOnBody()).expect(201);
  });
  afterAll(() => t.close());
  afterEach(() => jest.restoreAllMocks());

  it('programma: 304 en herhaalde antwoorden zonder de lijst te lezen; een gewijzigde voorstelling of een hernoemd lanceercentrum geeft een nieuwe ETag', async () => {
    const first = await t.http.get('/api/events').expect(200);
    const list = jest.spyOn(t.app.get(EventsRepository), 'list');
    const notModified = await t.http.get('/api/events').set('If-None-Match', first.headers.etag).expect(304);
    expect(notModified.text).toBe('');
    const again = await t.http.get('/api/events').expect(200);
    expect(again.text).toBe(first.text);
    expect(again.headers['content-type']).toMatch(/^application\/json/);
    expect(list).not.toHaveBeenCalled();

    await t.http.patch(`/api/events/${myEvent}`).set(bearer(admin)).send({ title: 'Een nieuwe titel' }).expect(200);
    const afterEdit = await t.http.get('/api/events').set('If-None-Match', first.headers.etag).expect(200);
    expect(afterEdit.body.items.map((item: { title: string }) => item.title)).toContain('Een nieuwe titel');

    await t.dataSource.query(`UPDATE organisations SET name = 'CC Nieuwe Naam' WHERE id = $1`, [centre.organisationId]);
    const afterRename = await t.http.get('/api/events').set('If-None-Match', afterEdit.headers.etag).expect(200);
    expect(afterRename.body.items[0].launchCentre.name).toBe('CC Nieuwe Naam');
    // An admin sees drafts and stream links: the public ETag never answers for an admin.
    await t.http.get('/api/events').set(bearer(admin)).set('If-None-Match', afterRename.headers.etag).expect(200);
  });

  it('privé-agenda: 304 zonder herbouw; een eigen intekening verandert ze, die van een ander niet; ingetrokken is 404', async () => {
    const { url } = (await t.http.post('/api/calendar/feed/rotate').set(bearer(mine)).expect(200)).body;
    const path = new URL(url as string).pathname;
    const first = await t.http.get(path).expect(200);
    const rebuild = jest.spyOn(t.app.get(CalendarReader), 'eventsOfOrganisation');
    await t.http.get(path).set('If-None-Match', first.headers.etag).expect(304);
    expect(rebuild).not.toHaveBeenCalled();

    const elsewhere = await publishedEvent(t, admin, centre.organisationId);
    const afterPublish = await t.http.get(path).set('If-None-Match', first.headers.etag).expect(200);
    await t.http.post(`/api/events/${elsewhere}/subscriptions`).set(bearer(other)).send(signOnBody()).expect(201);
    await t.http.get(path).set('If-None-Match', afterPublish.headers.etag).expect(304);

    await t.http.post(`/api/events/${elsewhere}/subscriptions`).set(bearer(mine)).send(signOnBody()).expect(201);
    const afterSignOn = await t.http.get(path).set('If-None-Match', afterPublish.headers.etag).expect(200);
    expect(afterSignOn.text).toContain(`event-${elsewhere}@satelliet`);

    await t.http.delete('/api/calendar/feed').set(bearer(mine)).expect(204);
    await t.http.get(path).set('If-None-Match', afterSignOn.headers.etag).expect(404);
  });
});
