import { bearer, type Member, publishedEvent, registerMember, signOnBody } from './support/factories.js';
import { FirstVeventClient } from './support/first-vevent-client.js';
import { readIcs } from './support/ics-reader.js';
import { startMailScene, type MailScene } from './support/mail-scene.js';
import type { CapturedMail } from './support/smtp-capture.js';

/** Every text/calendar part of a mail, in order (a mail should carry at most one). */
const calendarParts = (mail: CapturedMail) =>
  mail.parsed.attachments
    .filter((attachment) => attachment.contentType === 'text/calendar')
    .map((attachment) => attachment.content.toString('utf8'));

/** The property lines of VCALENDAR itself, and the index of its first component, on unfolded lines. */
function calendarLevel(ics: string): { properties: number[]; firstComponent: number } {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  const properties: number[] = [];
  let depth = 0;
  let firstComponent = -1;
  lines.forEach((line, index) => {
    if (line.startsWith('BEGIN:')) {
      if (depth === 1 && firstComponent < 0) firstComponent = index;
      depth++;
    } else if (line.startsWith('END:')) depth--;
    else if (depth === 1 && line !== '') properties.push(index);
  });
  return { properties, firstComponent };
}

/** What RFC 5545 asks of every document we write, whatever it is for. */
function expectWellFormed(ics: string): void {
  expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  // After removing every CRLF, no CR or LF may be left: each line, the last one too, ends in CRLF.
  expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const { properties, firstComponent } = calendarLevel(ics);
  expect(firstComponent).toBeGreaterThan(0);
  expect(Math.max(...properties)).toBeLessThan(firstComponent);
  expect(() => readIcs(ics)).not.toThrow();
}

/** An iTIP message (RFC 5546): one UID, with organizer, attendee and a DTSTAMP in UTC. */
function expectItipMessage(ics: string): ReturnType<typeof readIcs> {
  expectWellFormed(ics);
  const calendar = readIcs(ics);
  expect(['REQUEST', 'CANCEL']).toContain(calendar.method);
  expect(calendar.events).toHaveLength(1);
  expect(calendar.events[0].organizer).toMatch(/^mailto:/);
  expect(calendar.events[0].attendees).toHaveLength(1);
  expect(calendar.events[0].stamp).toMatch(/Z$/);
  return calendar;
}

describe('agenda-documenten volgens RFC 5545/5546, zoals elke client ze bewaart', () => {
  let scene: MailScene;
  let admin: Member;
  let eventId: string;
  const clients = new Map<string, FirstVeventClient>();
  /** Per mailbox and UID, the SEQUENCEs in the order the mails arrived. */
  const sequences = new Map<string, number[]>();
  const received: CapturedMail[] = [];

  /** Delivers everything pending and hands each new mail to its recipient's strict client. */
  async function deliver(): Promise<CapturedMail[]> {
    await scene.deliverAll();
    const fresh = scene.smtp.messages.slice(received.length);
    received.push(...fresh);
    for (const mail of fresh) {
      const to = mail.envelope.to[0];
      if (!clients.has(to)) clients.set(to, new FirstVeventClient());
      clients.get(to)!.receive(mail);
      for (const ics of calendarParts(mail)) {
        const [event] = expectItipMessage(ics).events;
        const key = `${to} ${event.uid}`;
        sequences.set(key, [...(sequences.get(key) ?? []), event.sequence]);
      }
    }
    return fresh;
  }

  const signOn = async (member: Member, email: string) =>
    (
      await scene.t.http
        .post(`/api/events/${eventId}/subscriptions`)
        .set(bearer(member))
        .send(signOnBody({ contactEmail: email }))
        .expect(201)
    ).body as { id: string; status: string };
  const cancel = (member: Member, id: string) =>
    scene.t.http.post(`/api/subscriptions/${id}/cancel`).set(bearer(member)).send({}).expect(200);
  const held = (email: string) => [...(clients.get(email)?.appointments.keys() ?? [])].sort();

  beforeAll(async () => {
    scene = await startMailScene();
    admin = scene.admin;
    eventId = await publishedEvent(scene.t, admin, scene.launchCentre.organisationId, { capacity: 2 });
  });
  afterAll(() => scene.close());

  it('brengt het testmoment als eigen mail bij een client die enkel de eerste VEVENT leest, en houdt elke SEQUENCE stijgend', async () => {
    const stream = `event-${eventId}@satelliet`;
    const test = `test-${eventId}@satelliet`;
    const [a, b, c] = [await registerMember(scene.t), await registerMember(scene.t), await registerMember(scene.t)];
    const aFirst = await signOn(a, 'a@zorg.example');
    const bSignOn = await signOn(b, 'b@zorg.example');
    expect((await signOn(c, 'c@zorg.example')).status).toBe('waitlisted');

    const confirmations = (await deliver()).filter((mail) => mail.envelope.to[0] === 'a@zorg.example');
    expect(confirmations.map((mail) => mail.parsed.subject?.split(':')[0]).sort()).toEqual(['Bevestigd', 'Technische test']);
    expect(held('a@zorg.example')).toEqual([stream, test].sort());
    const inbox = clients.get('a@zorg.example')!.appointments;
    // Two messages, not one message with two VEVENTs.
    expect(inbox.get(stream)!.messageId).not.toBe(inbox.get(test)!.messageId);

    // A move reaches both appointments.
    const [before] = await scene.t.dataSource.query(
      'SELECT starts_at, ends_at, test_slot_starts_at, test_slot_ends_at FROM events WHERE id = $1',
      [eventId],
    );
    const dayLater = (date: Date) => new Date(date.getTime() + 86_400_000).toISOString();
    await scene.t.http
      .patch(`/api/events/${eventId}`)
      .set(bearer(admin))
      .send({
        startsAt: dayLater(before.starts_at),
        endsAt: dayLater(before.ends_at),
        testSlotStartsAt: dayLater(before.test_slot_starts_at),
        testSlotEndsAt: dayLater(before.test_slot_ends_at),
      })
      .expect(200);
    await deliver();
    expect(inbox.get(stream)!.utcStart).toBe(dayLater(before.starts_at));
    expect(inbox.get(test)!.utcStart).toBe(dayLater(before.test_slot_starts_at));

    // The satellite's own cancel empties its calendar: its CANCEL outranks the REQUEST it replaces.
    await cancel(a, aFirst.id);
    await deliver();
    expect(held('a@zorg.example')).toEqual([]);
    expect(held('c@zorg.example')).toEqual([stream, test].sort());

    // Signing on again (waiting list, then promoted) fills it again: the new REQUEST outranks that CANCEL.
    expect((await signOn(a, 'a@zorg.example')).status).toBe('waitlisted');
    await deliver();
    await cancel(b, bSignOn.id);
    await deliver();
    expect(held('a@zorg.example')).toEqual([stream, test].sort());

    await scene.t.http
      .post(`/api/events/${eventId}/cancel`)
      .set(bearer(admin))
      .send({ reason: 'De artiest is ziek.' })
      .expect(200);
    await deliver();
    for (const email of ['a@zorg.example', 'b@zorg.example', 'c@zorg.example']) {
      expect(held(email)).toEqual([]);
      expect(clients.get(email)!.ignored).toEqual([]);
    }
    for (const [key, seen] of sequences) {
      const rising = seen.every((sequence, index) => index === 0 || sequence > seen[index - 1]);
      expect({ key, seen, rising }).toEqual({ key, seen, rising: true });
    }
    // Confirm, move, own cancel, promotion, event cancel: five messages per UID for A.
    expect(sequences.get(`a@zorg.example ${stream}`)).toHaveLength(5);
    expect(sequences.get(`a@zorg.example ${test}`)).toHaveLength(5);
  });

  it('geeft downloads één VEVENT elk, met de SEQUENCE die de mailbox al heeft', async () => {
    const member = await registerMember(scene.t);
    const liveEvent = await publishedEvent(scene.t, admin, scene.launchCentre.organisationId);
    const { id } = (
      await scene.t.http
        .post(`/api/events/${liveEvent}/subscriptions`)
        .set(bearer(member))
        .send(signOnBody({ contactEmail: 'download@zorg.example' }))
        .expect(201)
    ).body as { id: string };
    await deliver();
    const mailed = new Map(
      received
        .filter((mail) => mail.envelope.to[0] === 'download@zorg.example')
        .flatMap(calendarParts)
        .map((ics) => readIcs(ics).events[0])
        .map((event) => [event.uid, event.sequence]),
    );
    for (const [path, uid] of [
      ['invite.ics', `event-${liveEvent}@satelliet`],
      ['test-slot.ics', `test-${liveEvent}@satelliet`],
    ]) {
      const response = await scene.t.http.get(`/api/subscriptions/${id}/${path}`).set(bearer(member)).expect(200);
      const [event] = expectItipMessage(response.text).events;
      expect([event.uid, event.sequence]).toEqual([uid, mailed.get(uid)]);
    }
  });

  it('zet in de feeds eerst de agenda-eigenschappen, DTSTAMP op de laatste wijziging en een wachtlijstplaats op TENTATIVE', async () => {
    const waiting = await registerMember(scene.t);
    const confirmed = await registerMember(scene.t);
    const full = await publishedEvent(scene.t, admin, scene.launchCentre.organisationId, { capacity: 1 });
    for (const member of [confirmed, waiting]) {
      await scene.t.http.post(`/api/events/${full}/subscriptions`).set(bearer(member)).send(signOnBody()).expect(201);
    }
    // Changes long ago: a feed built now must still say then, on every fetch.
    await scene.t.dataSource.query(`UPDATE events SET updated_at = '2026-01-02T03:04:05Z' WHERE id = $1`, [full]);
    await scene.t.dataSource.query(`UPDATE subscriptions SET updated_at = '2026-01-03T03:04:05Z' WHERE event_id = $1`, [full]);

    const feedOf = async (member: Member) => {
      const { url } = (await scene.t.http.post('/api/calendar/feed/rotate').set(bearer(member)).expect(200)).body as {
        url: string;
      };
      return (await scene.t.http.get(new URL(url).pathname).expect(200)).text;
    };
    const season = (await scene.t.http.get('/calendar/seizoen/2026-2027.ics').expect(200)).text;
    const documents = { waiting: await feedOf(waiting), confirmed: await feedOf(confirmed), season };
    for (const ics of Object.values(documents)) {
      expectWellFormed(ics);
      const lines = ics.split('\r\n');
      expect(lines.indexOf('REFRESH-INTERVAL;VALUE=DURATION:PT1H')).toBeLessThan(lines.indexOf('BEGIN:VTIMEZONE'));
      expect(readIcs(ics).method).toBeNull();
    }
    const entriesOf = (ics: string) => readIcs(ics).events.filter((event) => event.uid.includes(full));
    expect(entriesOf(documents.waiting).map((event) => [event.status, event.stamp])).toEqual([
      ['TENTATIVE', '2026-01-03T03:04:05Z'],
      ['TENTATIVE', '2026-01-03T03:04:05Z'],
    ]);
    expect(entriesOf(documents.confirmed).map((event) => event.status)).toEqual(['CONFIRMED', 'CONFIRMED']);
    expect(entriesOf(documents.season).map((event) => event.stamp)).toEqual(['2026-01-02T03:04:05Z', '2026-01-02T03:04:05Z']);
    expect((await scene.t.http.get('/calendar/seizoen/2026-2027.ics').expect(200)).text).toBe(season);
  });
});
