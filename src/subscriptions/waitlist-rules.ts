import { SubscriptionStatus } from './subscription-status.js';

/**
 * A new sign-on takes a place while one is free; otherwise it joins the waiting list. One that
 * pays online holds its place as pending_payment until the payment arrives or the hold expires.
 */
export function statusForNewSignOn(
  capacity: number | null,
  placesTaken: number,
  paysOnline = false,
): SubscriptionStatus.Confirmed | SubscriptionStatus.PendingPayment | SubscriptionStatus.Waitlisted {
  if (capacity !== null && placesTaken >= capacity) return SubscriptionStatus.Waitlisted;
  return paysOnline ? SubscriptionStatus.PendingPayment : SubscriptionStatus.Confirmed;
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
