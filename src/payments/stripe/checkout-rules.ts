import { calculateLine } from '../../invoicing/invoice-maths.js';

/**
 * The money and timing rules of a Stripe Checkout payment, as plain functions.
 *
 * Satelliet keeps amounts excluding VAT; Stripe charges what the satellite owes, which includes
 * VAT. The VAT is net × rate / 100 rounded half up to the whole cent, computed by the invoice's own
 * calculateLine, so the card or Bancontact charge equals the amount due on paper to the cent.
 */
export interface CheckoutAmount {
  netCents: number;
  vatRatePercent: number;
  vatCents: number;
  /** What Stripe charges: net plus VAT. */
  grossCents: number;
}

/** Stripe refuses euro charges below € 0,50. */
export const STRIPE_MINIMUM_CHARGE_CENTS = 50;

/** Stripe only accepts a Checkout Session expiry between 30 minutes and 24 hours after creation. */
const STRIPE_MIN_SESSION_MS = 30 * 60_000;
const STRIPE_MAX_SESSION_MS = 24 * 60 * 60_000;
/** Our clock and Stripe's may differ, and the request takes time: stay a minute inside the window. */
const CLOCK_MARGIN_MS = 60_000;

export function checkoutAmount(netCents: number, vatRatePercent: number): CheckoutAmount {
  // One invoice line of one unit: the very rule the invoice uses, so both show the same cents.
  const line = calculateLine({ description: 'online betaling', quantity: 1, unitPriceCents: netCents, vatRatePercent });
  return { netCents: line.netCents, vatRatePercent, vatCents: line.vatCents, grossCents: line.grossCents };
}

/**
 * Whether a share can be paid through Stripe at all: nothing to pay, or a charge under Stripe's
 * minimum, goes by invoice instead (Stripe would refuse the session).
 */
export function chargeableOnline(netCents: number, vatRatePercent: number): boolean {
  return netCents > 0 && checkoutAmount(netCents, vatRatePercent).grossCents >= STRIPE_MINIMUM_CHARGE_CENTS;
}

/**
 * When the Checkout Session should close, given when the sign-on's held place runs out.
 * A hold shorter than Stripe's 30-minute minimum still gets a valid session; the hold-expiry
 * job then expires the session itself, so nobody pays for a place that was released.
 * Compute it once and store it: a retried create must send identical parameters, or Stripe
 * rejects the reused idempotency key.
 */
export function checkoutSessionExpiry(holdUntil: Date, now: Date): Date {
  const earliest = now.getTime() + STRIPE_MIN_SESSION_MS + CLOCK_MARGIN_MS;
  const latest = now.getTime() + STRIPE_MAX_SESSION_MS - CLOCK_MARGIN_MS;
  const clamped = Math.min(Math.max(holdUntil.getTime(), earliest), latest);
  // Stripe counts in whole seconds; rounding up keeps the session at least as long as the hold.
  return new Date(Math.ceil(clamped / 1000) * 1000);
}

/**
 * Idempotency keys name the sign-on and the action, so a retried request (ours or the SDK's)
 * can never create a second session or a second refund. `attempt` starts at 1 and goes up only
 * when a new session or refund is wanted on purpose, for example after the first one expired.
 */
export function checkoutIdempotencyKey(signOnId: string, attempt: number): string {
  return `checkout:${signOnId}:${wholeAttempt(attempt)}`;
}

export function refundIdempotencyKey(signOnId: string, attempt: number): string {
  return `refund:${signOnId}:${wholeAttempt(attempt)}`;
}

function wholeAttempt(attempt: number): number {
  if (!Number.isSafeInteger(attempt) || attempt < 1) throw new RangeError(`attempt must be a whole number ≥ 1, got ${attempt}`);
  return attempt;
}
