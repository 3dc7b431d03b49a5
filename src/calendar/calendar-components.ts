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

/** The two appointments an event puts in a calendar, each under its own UID. */
export type CalendarPart = 'stream' | 'test-slot';

export const partUid = (eventId: string, part: CalendarPart) => (part === 'stream' ? streamUid(eventId) : testSlotUid(eventId));

export const hasTestSlot = (event: CalendarEvent) => event.testSlotStartsAt !== null && event.testSlotEndsAt !== null;

/** CONFIRMED and CANCELLED follow the event; TENTATIVE is a feed entry for a place that is not certain yet. */
export type ComponentStatus = 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';

/**
 * The zone goes on each event, never on the calendar: a calendar-level zone makes ical-generator
 * write DTSTAMP without its Z. The generator is what makes it write the VTIMEZONE block at all.
 * Render with `renderCalendar`, not `toString()`.
 */
export function newCalendar(options: { method?: ICalCalendarMethod; name?: string }): ICalCalendar {
  return ical({
    prodId: { company: 'Satelliet', product: 'Satelliet', language: 'NL' },
    method: options.method ?? null,
    name: options.name ?? null,
    timezone: { name: null, generator: getVtimezoneComponent },
  });
}

/**
 * The calendar as text. RFC 5545 puts every calendar property before the first component, and
 * every line, the last one too, ends in CRLF; ical-generator writes REFRESH-INTERVAL after the
 * VTIMEZONE and leaves the last line open, so both are set right here.
 */
export function renderCalendar(calendar: ICalCalendar, options: { refreshSeconds?: number } = {}): string {
  const text = calendar.toString();
  if (!options.refreshSeconds) return `${text}\r\n`;
  const seconds = options.refreshSeconds;
  const duration = seconds % HOUR_SECONDS === 0 ? `PT${seconds / HOUR_SECONDS}H` : `PT${seconds}S`;
  // Found in the text rather than by splitting a feed of half a megabyte into lines and joining them again.
  const firstComponent = text.indexOf('\r\nBEGIN:');
  const at = firstComponent === -1 ? text.lastIndexOf('\r\nEND:VCALENDAR') : firstComponent;
  return `${text.slice(0, at)}\r\nREFRESH-INTERVAL;VALUE=DURATION:${duration}\r\nX-PUBLISHED-TTL:${duration}${text.slice(at)}\r\n`;
}

export interface EventComponentOptions {
  sequence: number;
  /** DTSTAMP: when the invite was sent, or, in a feed, when the entry last changed. */
  stamp: Date;
  /** Feeds only: the same moment as LAST-MODIFIED, for clients that compare that. */
  lastModified?: Date;
  includeStreamLink: boolean;
  status: ComponentStatus;
  /** Invites name both sides; feeds leave them out so clients do not treat them as meetings to answer. */
  participants?: { organizer: CalendarPerson; attendee: CalendarPerson };
}

/**
 * Adds a VEVENT per part: the stream, and the event's technical test slot (which it must have).
 * The parts share their text, which is written once per event.
 */
export function addEventComponents(
  calendar: ICalCalendar,
  event: CalendarEvent,
  parts: readonly CalendarPart[],
  options: EventComponentOptions,
): void {
  const cancelled = options.status === 'CANCELLED';
  // A cancellation only has to name what disappears; reminders for it would be noise.
  const alarmsBefore = (...seconds: number[]) =>
    cancelled ? [] : seconds.map((trigger) => ({ type: ICalAlarmType.display, trigger }));
  const shared: Omit<ICalEventData, 'start' | 'id'> = {
    timezone: BRUSSELS_TIME_ZONE,
    stamp: DateTime.fromJSDate(options.stamp, { zone: 'utc' }),
    ...(options.lastModified && { lastModified: DateTime.fromJSDate(options.lastModified, { zone: 'utc' }) }),
    sequence: options.sequence,
    status: ICalEventStatus[options.status],
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
  for (const part of parts) {
    if (part === 'stream') {
      calendar.createEvent({
        ...shared,
        id: partUid(event.id, part),
        summary: `${event.title} (livestream)`,
        start: inBrussels(event.startsAt),
        end: inBrussels(event.endsAt),
        alarms: alarmsBefore(DAY_SECONDS, HOUR_SECONDS),
      });
      continue;
    }
    if (!event.testSlotStartsAt || !event.testSlotEndsAt) throw new RangeError(`Voorstelling ${event.id} heeft geen testmoment`);
    calendar.createEvent({
      ...shared,
      id: partUid(event.id, part),
      summary: `Technische test: ${event.title}`,
      start: inBrussels(event.testSlotStartsAt),
      end: inBrussels(event.testSlotEndsAt),
      alarms: alarmsBefore(HOUR_SECONDS),
    });
  }
}

/** The parts an event has: always the stream, and the test slot when one is planned. */
export const partsOf = (event: CalendarEvent): CalendarPart[] => (hasTestSlot(event) ? ['stream', 'test-slot'] : ['stream']);
