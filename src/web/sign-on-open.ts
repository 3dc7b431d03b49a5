import type { PublicEventView } from '../events/dto/event.dto.js';
import { EventStatus } from '../events/event-status.js';

/** Whether a page should offer to sign on; the service decides again, under the event's lock. */
export function signOnOpen(event: PublicEventView, now = new Date()): boolean {
  return event.status === EventStatus.Published && new Date(event.signOnDeadline) > now;
}
