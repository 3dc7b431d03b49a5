import { ICalCalendarMethod } from 'ical-generator';
import type { CalendarEvent, CalendarPerson } from './calendar-event.js';
import { addEventComponents, newCalendar } from './calendar-components.js';

export type InviteMethod = 'REQUEST' | 'CANCEL';

export interface InviteInput {
  event: CalendarEvent;
  attendee: CalendarPerson;
  organizer: CalendarPerson;
  /** Rises with every change that matters; clients ignore an update that does not raise it. */
  sequence: number;
  method: InviteMethod;
  /** Only for a confirmed sign-on. */
  includeStreamLink: boolean;
  /** DTSTAMP; defaults to now. */
  stamp?: Date;
  /** Leaves the stream out: a CANCEL of only the test slot. */
  testSlotOnly?: boolean;
}

/**
 * The iCalendar invite mailed to one contact. REQUEST adds or updates the stream and its test
 * slot; CANCEL removes both under the same UIDs (Outlook keeps an event that is only marked
 * cancelled, so the method must say it too).
 */
export function buildInvite(input: InviteInput): string {
  if (!Number.isSafeInteger(input.sequence) || input.sequence < 0) {
    throw new RangeError(`SEQUENCE moet een natuurlijk getal zijn, niet ${input.sequence}`);
  }
  const calendar = newCalendar({ method: input.method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST });
  addEventComponents(calendar, input.event, {
    sequence: input.sequence,
    stamp: input.stamp ?? new Date(),
    includeStreamLink: input.includeStreamLink,
    cancelled: input.method === 'CANCEL',
    participants: { organizer: input.organizer, attendee: input.attendee },
    testSlotOnly: input.testSlotOnly,
  });
  return calendar.toString();
}
