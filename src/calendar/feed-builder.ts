import { EventStatus } from '../events/event-status.js';
import type { CalendarEvent } from './calendar-event.js';
import { addEventComponents, type ComponentStatus, newCalendar, partsOf, renderCalendar } from './calendar-components.js';

/** Calendar apps poll a subscribed feed; once an hour keeps moves visible without hammering us. */
export const FEED_REFRESH_SECONDS = 60 * 60;

export interface FeedEntry {
  event: CalendarEvent;
  sequence: number;
  /** True for events the feed's organisation is confirmed for. */
  streamLinkAllowed: boolean;
  /** A place that is not certain yet (waiting list, unpaid hold): shown as TENTATIVE. */
  tentative?: boolean;
  /**
   * When what this entry shows last changed: its DTSTAMP and LAST-MODIFIED. A feed has no METHOD,
   * so DTSTAMP must be that moment, not the time of the fetch (RFC 5545, 3.8.7.2).
   */
  changedAt: Date;
}

export interface FeedInput {
  name: string;
  entries: FeedEntry[];
  /** False for the public season feed: then no entry shows a link, whatever it says. */
  withStreamLinks: boolean;
}

function statusOf(entry: FeedEntry): ComponentStatus {
  if (entry.event.status === EventStatus.Cancelled) return 'CANCELLED';
  return entry.tentative ? 'TENTATIVE' : 'CONFIRMED';
}

/**
 * A subscribable feed (no METHOD: it publishes, it does not invite), so one calendar may hold
 * the stream and its test slot side by side. Cancelled events stay in it as STATUS:CANCELLED so a
 * subscriber sees why the stream vanished from the programme.
 */
export function buildFeed(input: FeedInput): string {
  const calendar = newCalendar({ name: input.name });
  for (const entry of input.entries) {
    addEventComponents(calendar, entry.event, partsOf(entry.event), {
      sequence: entry.sequence,
      stamp: entry.changedAt,
      lastModified: entry.changedAt,
      includeStreamLink: input.withStreamLinks && entry.streamLinkAllowed,
      status: statusOf(entry),
    });
  }
  return renderCalendar(calendar, { refreshSeconds: FEED_REFRESH_SECONDS });
}
