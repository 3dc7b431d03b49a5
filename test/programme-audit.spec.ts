import { recordAudit } from '../src/common/audit/audit.js';
import { auditEvent } from '../src/events/event-audit.js';
import { LivestreamEvent } from '../src/events/entities/livestream-event.entity.js';
import { SESSION_COOKIE } from '../src/web/web-session.js';
import { bearer, createStaff, ensureSeason, eventBody, registerMember, type Member } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface Entry {
  action: string;
  actorUserId: string | null;
  actorName: string | null;
  subjectType: string;
  subjectId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
}

describe('logboek van programmabeslissingen', () => {
  let t: TestApp;
  let admin: Member;
  let finance: Member;
  let launchCentre: Member;
  beforeAll(async () => {
    t = await startTestApp();
    await ensureSeason(t.dataSource);
    admin = await createStaff(t, 'admin');
    finance = await createStaff(t, 'finance');
    launchCentre = await registerMember(t, 'culture_house');
  });
  afterAll(() => t.close());

  const entriesFor = async (eventId: string): Promise<Entry[]> => {
    const response = await t.http.get('/api/finance/audit?limit=200').set(bearer(finance)).expect(200);
    return (response.body.items as Entry[])
      .filter((entry) => entry.subjectType === 'event' && entry.subjectId === eventId)
      .reverse();
  };

  it('schrijft publiceren, aanpassen, verplaatsen en afgelasten met wie, voor en na, en de financiële API toont ze', async () => {
    const body = eventBody(launchCentre.organisationId);
    const { id } = (await t.http.post('/api/events').set(bearer(admin)).send(body).expect(201)).body;
    await t.http.post(`/api/events/${id}/publish`).set(bearer(admin)).expect(200);
    await t.http.patch(`/api/events/${id}`).set(bearer(admin)).send({ title: 'Chique Dingues' }).expect(200);
    const later = (iso: string) => new Date(new Date(iso).getTime() + 86_400_000).toISOString();
    await t.http
      .patch(`/api/events/${id}`)
      .set(bearer(admin))
      .send({ startsAt: later(body.startsAt), endsAt: later(body.endsAt), testSlotStartsAt: null, testSlotEndsAt: null })
      .expect(200);
    await t.http.post(`/api/events/${id}/cancel`).set(bearer(admin)).send({ reason: 'De artiest is ziek.' }).expect(200);

    const entries = await entriesFor(id);
    expect(entries.map((entry) => entry.action)).toEqual(['event.published', 'event.updated', 'event.moved', 'event.cancelled']);
    for (const entry of entries) expect(entry).toMatchObject({ actorUserId: admin.userId, actorName: 'Test admin' });
    const [published, updated, moved, cancelled] = entries;
    expect([published.before?.status, published.after.status]).toEqual(['draft', 'published']);
    expect([updated.before?.title, updated.after.title]).toEqual([body.title, 'Chique Dingues']);
    expect(moved.before).toMatchObject({ startsAt: body.startsAt, testSlotStartsAt: body.testSlotStartsAt });
    expect(moved.after).toMatchObject({ startsAt: later(body.startsAt), testSlotStartsAt: null });
    expect(cancelled.before).toMatchObject({ status: 'published', cancellationReason: null });
    expect(cancelled.after).toMatchObject({ status: 'cancelled', cancellationReason: 'De artiest is ziek.' });
  });

  it('schrijft een nieuwe datum met de afgelaste datum als voor, en publiceert ze in hetzelfde logboek', async () => {
    const body = eventBody(launchCentre.organisationId, {}, 20);
    const { id } = (await t.http.post('/api/events').set(bearer(admin)).send(body).expect(201)).body;
    await t.http.post(`/api/events/${id}/cancel`).set(bearer(admin)).send({ reason: 'De artiest is ziek.' }).expect(200);
    const next = eventBody(launchCentre.organisationId, {}, 45);
    const created = await t.http
      .post(`/api/events/${id}/new-date`)
      .set(bearer(admin))
      .send({
        startsAt: next.startsAt,
        endsAt: next.endsAt,
        signOnDeadline: next.signOnDeadline,
        testSlotStartsAt: next.testSlotStartsAt,
        testSlotEndsAt: next.testSlotEndsAt,
        priorityUntil: new Date(new Date(next.signOnDeadline).getTime() - 86_400_000).toISOString(),
      })
      .expect(201);
    const entries = await entriesFor(created.body.id);
    expect(entries.map((entry) => entry.action)).toEqual(['event.new_date', 'event.published']);
    expect(entries[0]).toMatchObject({
      actorUserId: admin.userId,
      before: { status: 'cancelled', startsAt: body.startsAt },
      after: { status: 'draft', startsAt: next.startsAt, previousEventId: id },
    });
  });

  it('het logboek op de financiële pagina toont programmabeslissingen, ook het afsluiten, naast de geldposten', async () => {
    const body = eventBody(launchCentre.organisationId, { title: 'Bartje en de Beiaard' }, 25);
    const { id } = (await t.http.post('/api/events').set(bearer(admin)).send(body).expect(201)).body;
    await t.http.post(`/api/events/${id}/publish`).set(bearer(admin)).expect(200);
    // The hall's invoice arrives after publishing: an actual amount is always booked.
    await t.http
      .post(`/api/finance/events/${id}/cost-lines`)
      .set(bearer(finance))
      .send({ category: 'artist_fee', label: 'Gage Bart Herman', basis: 'fixed', plannedCents: 150000, actualCents: 150000 })
      .expect(201);
    // Closing the books is finance's own flow; its audit entry goes through the same helper.
    await t.dataSource.transaction(async (manager) => {
      const event = await manager.findOneByOrFail(LivestreamEvent, { id });
      await auditEvent(manager, 'event.closed', finance.userId, event, event, { finalResultCents: -1200 });
      await recordAudit(manager, {
        actorUserId: finance.userId,
        action: 'event_plan.updated',
        subjectType: 'event_plan',
        subjectId: id,
        before: { eventId: id, expectedCareCentres: 40 },
        after: { eventId: id, expectedCareCentres: 30 },
      });
    });
    const api = await t.http.get('/api/finance/audit').set(bearer(finance)).expect(200);
    expect(api.body.items.slice(0, 4).map((entry: Entry) => entry.action)).toEqual([
      'event_plan.updated',
      'event.closed',
      'cost_line.created',
      'event.published',
    ]);

    const page = await t.http.get('/financien/audit').set('Cookie', `${SESSION_COOKIE}=${finance.token}`).expect(200);
    const text = page.text.replace(/\s+/g, ' ');
    expect(text).toContain('Voorstelling gepubliceerd: <a href="/financien/voorstelling/' + id + '">Bartje en de Beiaard</a>');
    expect(text).toContain('Boeken van de voorstelling afgesloten');
    expect(text).toContain('Kostenlijn toegevoegd');
    expect(text).toMatch(/<td>status<\/td><td>Ontwerp<\/td><td>Gepland<\/td>/);
    expect(text).toContain('Plan van de voorstelling aangepast');
    expect(text).toMatch(/<td>gepland<\/td><td>–<\/td><td>€ 1\.500,00<\/td>/);
    expect(text).toContain('door Test admin');
    await t.http.get('/financien/audit').set('Cookie', `${SESSION_COOKIE}=${launchCentre.token}`).expect(403);
  });
});
