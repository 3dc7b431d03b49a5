import { readFileSync, writeFileSync } from 'node:fs';
import { calendarEvent, contact, operator } from '../../test/support/calendar-fixtures.js';
import { EventStatus } from '../events/event-status.js';
import { buildFeed } from './feed-builder.js';
import { buildInvite } from './invite-builder.js';

/**
 * The exact bytes of a feed and of invites, as committed in fixtures/ before the feed was made
 * faster: a speed-up must not change one byte a calendar app reads. `WRITE_CALENDAR_FIXTURE=1`
 * rewrites the file, only for an intended change of the output.
 */
const FIXTURE = 'src/calendar/fixtures/calendar-output.ics.txt';

const longText =
  'Café-concert met Adamo — “C’est ma vie” 🎶 voor bewoners en hun familie; met ondertiteling, zorgkar en koffie. '.repeat(6);
const events = [
  calendarEvent(),
  // Winter time, a test slot the evening before (a period over two days) and a long text with emoji.
  calendarEvent({
    id: 'c5b1f1d2-9f5e-4a53-8d8e-1c9d3f0b2a02',
    title: 'Old Time Favourites',
    performers: ['De Bonanza’s'],
    description: longText,
    launchCentreName: 'CC Het Perron',
    launchCentreMunicipality: 'Ieper',
    startsAt: new Date('2023-03-13T13:00:00Z'),
    endsAt: new Date('2023-03-13T14:30:00Z'),
    testSlotStartsAt: new Date('2023-03-12T18:00:00Z'),
    testSlotEndsAt: new Date('2023-03-12T18:45:00Z'),
  }),
  // On the night summer time ends, no test slot, cancelled, without a stream link yet.
  calendarEvent({
    id: 'a0e7d2c4-6b1f-4e8a-9c3d-5f2b7a1e0c03',
    title: "C'est ma vie",
    performers: [],
    description: '',
    startsAt: new Date('2023-10-29T00:30:00Z'),
    endsAt: new Date('2023-10-29T02:30:00Z'),
    testSlotStartsAt: null,
    testSlotEndsAt: null,
    streamUrl: null,
    status: EventStatus.Cancelled,
  }),
];

function documents(): string {
  const feed = buildFeed({
    name: 'Satelliet: WZC De Linde',
    withStreamLinks: true,
    entries: events.map((event, index) => ({
      event,
      sequence: index + 1,
      streamLinkAllowed: index !== 1,
      tentative: index === 1,
      changedAt: new Date(Date.UTC(2023, 0, 10 + index, 9, 30)),
    })),
  });
  const season = buildFeed({
    name: 'Satelliet 2023-2024',
    withStreamLinks: false,
    entries: events.map((event) => ({
      event,
      sequence: 0,
      streamLinkAllowed: true,
      changedAt: new Date('2023-06-01T08:00:00Z'),
    })),
  });
  const invites = (['stream', 'test-slot'] as const).flatMap((part) =>
    (['REQUEST', 'CANCEL'] as const).map((method) =>
      buildInvite({
        event: events[1],
        part,
        method,
        attendee: contact,
        organizer: operator,
        sequence: 3,
        includeStreamLink: method === 'REQUEST',
        stamp: new Date('2023-02-01T10:00:00Z'),
      }),
    ),
  );
  return [feed, season, ...invites].join('\r\n=====\r\n');
}

describe('agenda-uitvoer byte voor byte', () => {
  it('schrijft feeds en uitnodigingen exact zoals vastgelegd', () => {
    if (process.env.WRITE_CALENDAR_FIXTURE === '1') writeFileSync(FIXTURE, documents());
    expect(documents()).toBe(readFileSync(FIXTURE, 'utf8'));
  });
});
