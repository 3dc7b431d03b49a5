import { ICalCalendarMethod } from 'ical-generator';
import type { CalendarEvent, CalendarPerson } from './calendar-event.js';
import { addEventComponents, type CalendarPart, newCalendar, renderCalendar } from './calendar-components.js';

export type InviteMethod = 'REQUEST' | 'CANCEL';

export interface InviteInput {
  event: CalendarEvent;
  /** The stream, or its technical test slot: never both, see buildInvite. */
  part: CalendarPart;
  attendee: CalendarPerson;
  organizer: CalendarPerson;
  /** This recipient's next SEQUENCE for this part; clients ignore an update that does not raise it. */
  sequence: number;
  method: InviteMethod;
  /** Only for a confirmed sign-on. */
  includeStreamLink: boolean;
  /** DTSTAMP; defaults to now. */
  stamp?: Date;
}

/**
 * The iCalendar invite mailed to one contact, for one part of the event. An iTIP message carries
 * one UID: Outlook keeps only the first VEVENT of a message, so the test slot travels in an
 * invite (and a mail) of its own. CANCEL also says STATUS:CANCELLED (Outlook keeps an event that
 * is only marked cancelled, so the method must say it too).
 */
export function buildInvite(input: InviteInput): string {
  if (!Number.isSafeInteger(input.sequence) || input.sequence < 0) {
    throw new RangeError(`SEQUENCE moet een natuurlijk getal zijn, niet ${input.sequence}`);
  }
  const cancel = input.method === 'CANCEL';
  const calendar = newCalendar({ method: cancel ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST });
  addEventComponents(calendar, input.event, [input.part], {
    sequence: input.sequence,
    stamp: input.stamp ?? new Date(),
    includeStreamLink: input.includeStreamLink,
    status: cancel ? 'CANCELLED' : 'CONFIRMED',
    participants: { organizer: input.organizer, attendee: input.attendee },
  });
  return renderCalendar(calendar);
}
