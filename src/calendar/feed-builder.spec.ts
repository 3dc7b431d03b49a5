import { readIcs } from '../../test/support/ics-reader.js';
import { EventStatus } from '../events/event-status.js';
import { calendarEvent } from '../../test/support/calendar-fixtures.js';
import { buildFeed, type FeedEntry } from './feed-builder.js';

const adamo = calendarEvent({
  id: 'adamo',
  title: "C'est ma vie",
  performers: ['Adamo'],
  launchCentreName: 'AB',
  launchCentreMunicipality: 'Brussel',
  startsAt: new Date('2023-11-06T13:00:00Z'),
  endsAt: new Date('2023-11-06T14:30:00Z'),
  testSlotStartsAt: null,
  testSlotEndsAt: null,
  streamUrl: 'https://stream.satelliet.example/live/adamo-55x',
  status: EventStatus.Cancelled,
});
const bartje = calendarEvent({ id: 'bartje' });
const bartjeChanged = new Date('2023-08-01T09:30:00Z');
const entries: FeedEntry[] = [
  { event: bartje, sequence: 1, streamLinkAllowed: true, changedAt: bartjeChanged },
  { event: adamo, sequence: 4, streamLinkAllowed: false, changedAt: new Date('2023-10-30T08:00:00Z') },
];

describe('agenda-feed', () => {
  it('publiceert zonder METHOD en vraagt om elk uur te verversen', () => {
    const ics = buildFeed({ name: 'Satelliet: WZC Zonnebloem', entries, withStreamLinks: true });
    const feed = readIcs(ics);
    expect(feed.method).toBeNull();
    expect(feed.refreshInterval).toBe('PT1H');
    expect(feed.publishedTtl).toBe('PT1H');
    expect(feed.timezones).toEqual(['Europe/Brussels']);
    expect(ics).toContain('X-WR-CALNAME:Satelliet: WZC Zonnebloem');
  });

  it('houdt een geannuleerde voorstelling in de feed, als CANCELLED met haar eigen SEQUENCE', () => {
    const feed = readIcs(buildFeed({ name: 'feed', entries, withStreamLinks: true }));
    const byUid = new Map(feed.events.map((event) => [event.uid, event]));
    expect([...byUid.keys()]).toEqual(['event-bartje@satelliet', 'test-bartje@satelliet', 'event-adamo@satelliet']);
    expect(byUid.get('event-adamo@satelliet')).toMatchObject({ status: 'CANCELLED', sequence: 4, alarmTriggers: [] });
    expect(byUid.get('event-bartje@satelliet')).toMatchObject({ status: 'CONFIRMED', sequence: 1 });
    expect(byUid.get('event-adamo@satelliet')!.localStart).toBe('2023-11-06T14:00:00');
  });

  it('toont een streamlink alleen bij een bevestigde intekening', () => {
    const ics = buildFeed({ name: 'feed', entries, withStreamLinks: true });
    expect(ics).toContain('bartje-8f3k2');
    expect(ics).not.toContain('adamo-55x');
  });

  it('laat in de publieke seizoensfeed elke streamlink weg', () => {
    const ics = buildFeed({ name: 'Satelliet 2023-2024', entries, withStreamLinks: false });
    expect(ics).not.toContain('stream.satelliet.example');
    expect(ics).not.toContain('Streamlink');
  });

  it('noemt geen organisator of deelnemers, zodat een agenda niets te beantwoorden heeft', () => {
    const feed = readIcs(buildFeed({ name: 'feed', entries, withStreamLinks: false }));
    for (const event of feed.events) {
      expect(event.organizer).toBeNull();
      expect(event.attendees).toEqual([]);
    }
  });

  it('zet REFRESH-INTERVAL en X-PUBLISHED-TTL voor de VTIMEZONE, als eigenschappen van de agenda', () => {
    const lines = buildFeed({ name: 'feed', entries, withStreamLinks: false }).split('\r\n');
    const firstComponent = lines.indexOf('BEGIN:VTIMEZONE');
    expect(lines.indexOf('REFRESH-INTERVAL;VALUE=DURATION:PT1H')).toBeLessThan(firstComponent);
    expect(lines.indexOf('X-PUBLISHED-TTL:PT1H')).toBeLessThan(firstComponent);
    expect(lines.indexOf('REFRESH-INTERVAL;VALUE=DURATION:PT1H')).toBeGreaterThan(0);
  });

  it('geeft elk item de laatste wijziging als DTSTAMP, niet het moment van ophalen', () => {
    const feed = readIcs(buildFeed({ name: 'feed', entries, withStreamLinks: false }));
    expect(feed.events.filter((event) => event.uid.endsWith('bartje@satelliet')).map((event) => event.stamp)).toEqual([
      '2023-08-01T09:30:00Z',
      '2023-08-01T09:30:00Z',
    ]);
    expect(buildFeed({ name: 'feed', entries, withStreamLinks: false })).toContain('LAST-MODIFIED:20230801T093000Z');
  });

  it('toont een plaats op de wachtlijst of zonder betaling als TENTATIVE, een afgelaste als CANCELLED', () => {
    const tentative = [
      { ...entries[0], tentative: true },
      { ...entries[1], tentative: true },
    ];
    const feed = readIcs(buildFeed({ name: 'feed', entries: tentative, withStreamLinks: true }));
    expect(feed.events.map((event) => [event.uid, event.status])).toEqual([
      ['event-bartje@satelliet', 'TENTATIVE'],
      ['test-bartje@satelliet', 'TENTATIVE'],
      ['event-adamo@satelliet', 'CANCELLED'],
    ]);
  });

  it('geeft een lege maar geldige feed als er niets is', () => {
    expect(readIcs(buildFeed({ name: 'leeg', entries: [], withStreamLinks: false })).events).toEqual([]);
  });
});
