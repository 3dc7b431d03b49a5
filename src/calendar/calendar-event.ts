import type { EventStatus } from '../events/event-status.js';

/** What an invite or a feed needs to know about an event, read from the database by the caller. */
export interface CalendarEvent {
  id: string;
  title: string;
  performers: string[];
  description: string;
  launchCentreName: string;
  launchCentreMunicipality: string;
  startsAt: Date;
  endsAt: Date;
  testSlotStartsAt: Date | null;
  testSlotEndsAt: Date | null;
  streamUrl: string | null;
  status: EventStatus;
}

export interface CalendarPerson {
  name: string;
  email: string;
}

// Calendar clients match updates and cancellations by UID, so these must never change for an event.
export const streamUid = (eventId: string) => `event-${eventId}@satelliet`;
export const testSlotUid = (eventId: string) => `test-${eventId}@satelliet`;
