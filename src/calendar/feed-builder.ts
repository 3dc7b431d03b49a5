import { EventStatus } from '../events/event-status.js';
import type { CalendarEvent } from './calendar-event.js';
import { addEventComponents, newCalendar } from './calendar-components.js';

/** Calendar apps poll a subscribed feed; once an hour keeps moves visible without hammering us. */
export const FEED_REFRESH_SECONDS = 60 * 60;

export interface FeedEntry {
  event: CalendarEvent;
  sequence: number;
  /** True for events the feed's organisation is confirmed for. */
  streamLinkAllowed: boolean;
}

export interface FeedInput {
  name: string;
  entries: FeedEntry[];
  /** False for the public season feed: then no entry shows a link, whatever it says. */
  withStreamLinks: boolean;
  stamp?: Date;
}

/**
 * A subscribable feed (no METHOD: it publishes, it does not invite). Cancelled events stay in it
 * as STATUS:CANCELLED so a subscriber sees why the stream vanished from the programme.
 */
export function buildFeed(input: FeedInput): string {
  const calendar = newCalendar({ name: input.name, refreshSeconds: FEED_REFRESH_SECONDS });
  const stamp = input.stamp ?? new Date();
  for (const entry of input.entries) {
    addEventComponents(calendar, entry.event, {
      sequence: entry.sequence,
      stamp,
      includeStreamLink: input.withStreamLinks && entry.streamLinkAllowed,
      cancelled: entry.event.status === EventStatus.Cancelled,
    });
  }
  return calendar.toString();
}
