export enum PaymentStatus {
  /** A Checkout Session is (being) created and may still be paid. */
  Open = 'open',
  Paid = 'paid',
  /** A payment try failed; the session stays open until it expires, so the satellite may try again. */
  Failed = 'failed',
  /** The session closed unpaid; the sign-on lost its held place. */
  Expired = 'expired',
  /** We owe the money back; the refund worker asks Stripe, the webhook confirms. */
  RefundPending = 'refund_pending',
  Refunded = 'refunded',
  /**
   * The place went away while the session could still be paid (sign-on or event cancelled): the
   * worker asks Stripe to close the page; a payment that slips through is refunded.
   */
  Closing = 'closing',
  /**
   * Stripe charged another amount or currency than was due ("te controleren"): the sign-on is not
   * confirmed and keeps its place until finance pays the charge back in Stripe.
   */
  ToReview = 'to_review',
}
