import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalAlarmType } from 'ical-generator';
import { DateTime } from 'luxon';
import type { CalendarEvent } from '../../src/calendar/calendar-event.js';
import { preparationText } from '../../src/calendar/preparation-text.js';

const inBrussels = (date: Date) => DateTime.fromJSDate(date, { zone: 'Europe/Brussels' });

/**
 * The ceiling for a feed: plain ical-generator building the same calendar (a stream and a test
 * slot per event, same texts, zone and reminders) from events already in memory: no database, no
 * HTTP, no Nest.
 */
export function plainIcalFeed(name: string, events: CalendarEvent[], stamp: Date): string {
  const calendar = ical({ name, ttl: 3600, timezone: { name: null, generator: getVtimezoneComponent } });
  for (const event of events) {
    const shared = {
      timezone: 'Europe/Brussels',
      stamp: DateTime.fromJSDate(stamp, { zone: 'utc' }),
      location: `Livestream vanuit ${event.launchCentreName}, ${event.launchCentreMunicipality}`,
      description: preparationText(event, true),
    };
    calendar.createEvent({
      ...shared,
      id: `event-${event.id}@satelliet`,
      summary: `${event.title} (livestream)`,
      start: inBrussels(event.startsAt),
      end: inBrussels(event.endsAt),
      alarms: [86_400, 3600].map((trigger) => ({ type: ICalAlarmType.display, trigger })),
    });
    if (event.testSlotStartsAt && event.testSlotEndsAt) {
      calendar.createEvent({
        ...shared,
        id: `test-${event.id}@satelliet`,
        summary: `Technische test: ${event.title}`,
        start: inBrussels(event.testSlotStartsAt),
        end: inBrussels(event.testSlotEndsAt),
        alarms: [{ type: ICalAlarmType.display, trigger: 3600 }],
      });
    }
  }
  return calendar.toString();
}
