import { PaymentStatus } from './payment-status.js';

/** What Stripe (or our own hold expiry) tells us happened to a payment. */
export type PaymentFact = 'paid' | 'failed' | 'expired' | 'refunded';

/**
 * The payment's next status after a fact, or the same status when the fact changes nothing.
 * Webhooks arrive late, twice and out of order, so this must give the same end state whatever
 * order the facts come in:
 * - `refunded` is final: money that went back is never counted as paid again, so a success
 *   that arrives after its refund leaves the payment refunded.
 * - `paid` wins over `failed` and `expired` (a retry on the same session may succeed after a
 *   failed try; a payment completed at the last second beats our expiry).
 * - `closing` waits for Stripe to close the page; a failed try changes nothing there. Whether a
 *   payment that still came in is kept or owed back is decided by the sign-on, not here.
 * - `to_review` (charged another amount or currency) waits for finance: only a refund moves it.
 */
export function nextPaymentStatus(current: PaymentStatus, fact: PaymentFact): PaymentStatus {
  switch (fact) {
    case 'refunded':
      return PaymentStatus.Refunded;
    case 'paid':
      return current === PaymentStatus.Open ||
        current === PaymentStatus.Failed ||
        current === PaymentStatus.Expired ||
        current === PaymentStatus.Closing
        ? PaymentStatus.Paid
        : current;
    case 'failed':
      return current === PaymentStatus.Open ? PaymentStatus.Failed : current;
    case 'expired':
      return current === PaymentStatus.Open || current === PaymentStatus.Failed || current === PaymentStatus.Closing
        ? PaymentStatus.Expired
        : current;
  }
}

/** What Stripe says it charged; missing fields are facts it did not report. */
export interface Charge {
  amountCents?: number;
  currency?: string;
}

/**
 * Stripe charges what we asked, in euro, by construction; anything else means the session or the
 * account was tampered with or misconfigured. Such a payment is not taken as paid: finance looks
 * at it first ("te controleren"). A fact without amount or currency (our own hold expiry on a
 * session Stripe did not describe) is not a difference.
 */
export function chargeDiffers(dueGrossCents: number, charge: Charge): boolean {
  if (charge.amountCents !== undefined && charge.amountCents !== dueGrossCents) return true;
  return charge.currency !== undefined && charge.currency.toLowerCase() !== 'eur';
}

/** A session that is open or had a failed try can still be paid; the satellite gets the same link back. */
export function isPayable(status: PaymentStatus): boolean {
  return status === PaymentStatus.Open || status === PaymentStatus.Failed;
}

/**
 * A satellite that cancels before the sign-on deadline gets its online payment back. After the
 * deadline the operator has already made costs; a refund is then a manual choice in Stripe's
 * dashboard (which the webhook records). An event cancelled by the operator is always refunded.
 */
export function refundsOnCancellation(cancelledAt: Date, signOnDeadline: Date): boolean {
  return cancelledAt < signOnDeadline;
}

/** When a place held for an online payment is released: the hold starts when the sign-on became pending. */
export function holdExpiresAt(pendingSince: Date, holdMinutes: number): Date {
  return new Date(pendingSince.getTime() + holdMinutes * 60_000);
}
