import { readIcs } from '../../test/support/ics-reader.js';
import { calendarEvent, contact, operator } from '../../test/support/calendar-fixtures.js';
import { buildInvite, type InviteInput } from './invite-builder.js';

const stamp = new Date('2023-08-01T09:30:00Z');
const invite = (overrides: Partial<InviteInput> = {}) =>
  buildInvite({
    event: calendarEvent(),
    part: 'stream',
    attendee: contact,
    organizer: operator,
    sequence: 0,
    method: 'REQUEST',
    includeStreamLink: true,
    stamp,
    ...overrides,
  });
const streamOf = (ics: string) => readIcs(ics).events.find((event) => event.uid.startsWith('event-'))!;
const testSlot = (overrides: Partial<InviteInput> = {}) => invite({ part: 'test-slot', ...overrides });

describe('agenda-uitnodiging', () => {
  // Both sides of the March and October switches of 2023, and the March switch day of 2026 itself.
  it.each([
    ['2023-01-31T13:00:00Z', '2023-01-31T14:00:00'],
    ['2023-03-13T13:00:00Z', '2023-03-13T14:00:00'],
    ['2023-09-24T12:00:00Z', '2023-09-24T14:00:00'],
    ['2023-11-06T13:00:00Z', '2023-11-06T14:00:00'],
    ['2026-03-29T12:00:00Z', '2026-03-29T14:00:00'],
  ])('zet een stream op %s om %s Brusselse tijd', (utc, local) => {
    const startsAt = new Date(utc);
    const endsAt = new Date(startsAt.getTime() + 90 * 60_000);
    const stream = streamOf(invite({ event: calendarEvent({ startsAt, endsAt, testSlotStartsAt: null, testSlotEndsAt: null }) }));
    expect(stream.tzid).toBe('Europe/Brussels');
    expect(stream.localStart).toBe(local);
    expect(stream.utcStart).toBe(startsAt.toISOString());
    expect(stream.utcEnd).toBe(endsAt.toISOString());
  });

  it('schrijft METHOD:REQUEST, een VTIMEZONE, TZID op DTSTART en een DTSTAMP in UTC', () => {
    const ics = invite();
    const calendar = readIcs(ics);
    expect(calendar.method).toBe('REQUEST');
    expect(calendar.timezones).toEqual(['Europe/Brussels']);
    expect(ics).toContain('DTSTART;TZID=Europe/Brussels:20230924T140000');
    expect(ics).toMatch(/^DTSTAMP:20230801T093000Z\r?$/m);
  });

  it('noemt organisator en deelnemer en neemt de SEQUENCE over', () => {
    const stream = streamOf(invite({ sequence: 3 }));
    expect(stream.organizer).toBe('mailto:programma@satelliet.example');
    expect(stream.attendees).toEqual(['mailto:an.peeters@wzc-zonnebloem.example']);
    expect(stream.sequence).toBe(3);
    expect(stream.status).toBe('CONFIRMED');
  });

  it('draagt één VEVENT per uitnodiging: stream en testmoment elk met hun eigen vaste UID', () => {
    const uids = (ics: string) => readIcs(ics).events.map((event) => event.uid);
    expect(uids(invite())).toEqual(['event-7b0c6a52-3f0e-4d36-9a51-4c2f5f7f1a01@satelliet']);
    expect(uids(testSlot())).toEqual(['test-7b0c6a52-3f0e-4d36-9a51-4c2f5f7f1a01@satelliet']);
    expect(uids(invite({ sequence: 2, stamp: new Date() }))).toEqual(uids(invite()));
  });

  it('zet het technische testmoment in een eigen uitnodiging', () => {
    const [test] = readIcs(testSlot()).events;
    expect(test.summary).toBe('Technische test: Bartje en de Beiaard');
    expect(test.localStart).toBe('2023-09-24T12:30:00');
    expect(test.localEnd).toBe('2023-09-24T13:15:00');
    expect(test.alarmTriggers).toEqual(['-PT1H']);
  });

  it('weigert een testmoment-uitnodiging als er geen testmoment is', () => {
    expect(() => testSlot({ event: calendarEvent({ testSlotStartsAt: null, testSlotEndsAt: null }) })).toThrow(RangeError);
    const events = readIcs(invite({ event: calendarEvent({ testSlotStartsAt: null, testSlotEndsAt: null }) })).events;
    expect(events[0].description).toContain('geen technische test gepland');
  });

  it('sluit elke regel af met CRLF, ook de laatste', () => {
    for (const ics of [invite(), testSlot({ method: 'CANCEL' })]) {
      expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
      expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    }
  });

  it('herinnert een dag en een uur voor het begin', () => {
    expect(streamOf(invite()).alarmTriggers).toEqual(['-P1D', '-PT1H']);
  });

  it('noemt het lanceercentrum als plaats en beschrijft in het Nederlands wat klaar te zetten', () => {
    const stream = streamOf(invite());
    expect(stream.location).toBe('CC Brugge, Brugge (livestream)');
    expect(stream.description).toContain('Met Bart Herman, Wim Berteloot.');
    expect(stream.description).toContain('scherm');
    expect(stream.description).toContain('luidsprekers');
    expect(stream.description).toContain('Technische test: zo 24 sep 2023, 12:30–13:15');
    expect(stream.description).toContain('Streamlink: https://stream.satelliet.example/live/bartje-8f3k2');
  });

  it('toont de streamlink nergens als die niet mag', () => {
    const ics = invite({ includeStreamLink: false });
    expect(ics).not.toContain('bartje-8f3k2');
    expect(streamOf(ics).description).not.toContain('Streamlink');
  });

  it('belooft de streamlink als die er nog niet is', () => {
    expect(streamOf(invite({ event: calendarEvent({ streamUrl: null }) })).description).toContain('De streamlink volgt');
  });

  it('annuleert met METHOD:CANCEL en STATUS:CANCELLED onder dezelfde UID, zonder herinneringen', () => {
    for (const part of ['stream', 'test-slot'] as const) {
      const request = readIcs(invite({ part, sequence: 1 }));
      const cancel = readIcs(invite({ part, sequence: 2, method: 'CANCEL' }));
      expect(cancel.method).toBe('CANCEL');
      expect(cancel.events.map((event) => event.uid)).toEqual(request.events.map((event) => event.uid));
      expect(cancel.events).toHaveLength(1);
      expect(cancel.events[0]).toMatchObject({ status: 'CANCELLED', sequence: 2, alarmTriggers: [] });
      expect(cancel.events[0].attendees).toEqual(['mailto:an.peeters@wzc-zonnebloem.example']);
    }
  });

  it('weigert een negatieve of gebroken SEQUENCE', () => {
    expect(() => invite({ sequence: -1 })).toThrow(RangeError);
    expect(() => invite({ sequence: 1.5 })).toThrow(RangeError);
  });
});
