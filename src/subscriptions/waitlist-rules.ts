import { SubscriptionStatus } from './subscription-status.js';

/** A new sign-on takes a place while one is free; otherwise it joins the waiting list. */
export function statusForNewSignOn(
  capacity: number | null,
  placesTaken: number,
): SubscriptionStatus.Confirmed | SubscriptionStatus.Waitlisted {
  return capacity === null || placesTaken < capacity ? SubscriptionStatus.Confirmed : SubscriptionStatus.Waitlisted;
}

/**
 * Which waiting sign-ons move up once places are free, first come first served.
 * `waitingInOrder` is the waiting list from first to last.
 */
export function signOnsToPromote<T>(capacity: number | null, placesTaken: number, waitingInOrder: readonly T[]): T[] {
  if (capacity === null) return [...waitingInOrder];
  const free = Math.max(0, capacity - placesTaken);
  return waitingInOrder.slice(0, free);
}
