import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, {
  ICalAlarmType,
  ICalAttendeeRole,
  ICalAttendeeStatus,
  type ICalCalendar,
  type ICalCalendarMethod,
  type ICalEventData,
  ICalEventStatus,
} from 'ical-generator';
import { DateTime } from 'luxon';
import { BRUSSELS_TIME_ZONE, inBrussels } from '../common/format/dutch-format.js';
import { type CalendarEvent, type CalendarPerson, streamUid, testSlotUid } from './calendar-event.js';
import { livestreamLocation, preparationText } from './preparation-text.js';

const HOUR_SECONDS = 60 * 60;
const DAY_SECONDS = 24 * HOUR_SECONDS;

/**
 * The zone goes on each event, never on the calendar: a calendar-level zone makes ical-generator
 * write DTSTAMP without its Z. The generator is what makes it write the VTIMEZONE block at all.
 */
export function newCalendar(options: { method?: ICalCalendarMethod; name?: string; refreshSeconds?: number }): ICalCalendar {
  return ical({
    prodId: { company: 'Satelliet', product: 'Satelliet', language: 'NL' },
    method: options.method ?? null,
    name: options.name ?? null,
    ttl: options.refreshSeconds ?? null,
    timezone: { name: null, generator: getVtimezoneComponent },
  });
}

export interface EventComponentOptions {
  sequence: number;
  stamp: Date;
  includeStreamLink: boolean;
  cancelled: boolean;
  /** Invites name both sides; feeds leave them out so clients do not treat them as meetings to answer. */
  participants?: { organizer: CalendarPerson; attendee: CalendarPerson };
  /** Only the test slot: to cancel a test slot that a move removed while the stream stays. */
  testSlotOnly?: boolean;
}

/** Adds the stream VEVENT and, when the event has one, the technical test slot as a VEVENT of its own. */
export function addEventComponents(calendar: ICalCalendar, event: CalendarEvent, options: EventComponentOptions): void {
  const shared: Omit<ICalEventData, 'start'> = {
    timezone: BRUSSELS_TIME_ZONE,
    stamp: DateTime.fromJSDate(options.stamp, { zone: 'utc' }),
    sequence: options.sequence,
    status: options.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    location: livestreamLocation(event),
    description: preparationText(event, options.includeStreamLink),
    ...(options.participants && {
      organizer: options.participants.organizer,
      attendees: [
        {
          ...options.participants.attendee,
          role: ICalAttendeeRole.REQ,
          status: ICalAttendeeStatus.ACCEPTED,
          rsvp: false,
        },
      ],
    }),
  };
  // A cancellation only has to name what disappears; reminders for it would be noise.
  const alarmsBefore = (...seconds: number[]) =>
    options.cancelled ? [] : seconds.map((trigger) => ({ type: ICalAlarmType.display, trigger }));

  if (!options.testSlotOnly) {
    calendar.createEvent({
      ...shared,
      id: streamUid(event.id),
      summary: `${event.title} (livestream)`,
      start: inBrussels(event.startsAt),
      end: inBrussels(event.endsAt),
      alarms: alarmsBefore(DAY_SECONDS, HOUR_SECONDS),
    });
  }
  if (event.testSlotStartsAt && event.testSlotEndsAt) {
    calendar.createEvent({
      ...shared,
      id: testSlotUid(event.id),
      summary: `Technische test: ${event.title}`,
      start: inBrussels(event.testSlotStartsAt),
      end: inBrussels(event.testSlotEndsAt),
      alarms: alarmsBefore(HOUR_SECONDS),
    });
  }
}
