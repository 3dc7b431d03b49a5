import { STRIPE_METADATA } from './stripe/stripe-gateway.js';
import type { PaymentFact } from './payment-state.js';

/** A Stripe event as far as it matters to a payment: what happened, and how to find the payment. */
export interface WebhookFact {
  fact: PaymentFact | 'refund_failed';
  checkoutSessionId?: string;
  paymentIntentId?: string;
  signOnId?: string;
  refundId?: string;
  /** What Stripe charged, for checking against what was due. */
  amountTotalCents?: number;
  currency?: string;
}

interface StripeEventLike {
  type: string;
  data: { object: unknown };
}

/**
 * Reads one Stripe event. Undefined means the event is not about a payment state we track (an
 * unknown type, a Checkout completed without payment yet, a partial refund): it is acknowledged
 * and ignored.
 */
export function webhookFactOf(event: StripeEventLike): WebhookFact | undefined {
  const object = (event.data.object ?? {}) as Record<string, unknown>;
  const signOnId = metadataSignOnId(object) ?? stringOf(object.client_reference_id);
  const paymentIntentId = idOf(object.payment_intent);
  switch (event.type) {
    case 'checkout.session.completed':
    case 'checkout.session.async_payment_succeeded':
      // Bancontact completes the session first and settles later: only `paid` means the money is there.
      if (object.payment_status !== 'paid') return undefined;
      return session('paid', object, signOnId, paymentIntentId);
    case 'checkout.session.async_payment_failed':
      return session('failed', object, signOnId, paymentIntentId);
    case 'checkout.session.expired':
      return session('expired', object, signOnId, paymentIntentId);
    case 'payment_intent.payment_failed':
      return { fact: 'failed', paymentIntentId: stringOf(object.id), signOnId };
    case 'charge.refunded':
      // Only a full refund ends the payment; we never ask Stripe for partial ones.
      if (object.refunded !== true) return undefined;
      return { fact: 'refunded', paymentIntentId, signOnId };
    case 'refund.created':
    case 'refund.updated':
    case 'refund.failed':
      if (object.status === 'succeeded') return refund('refunded', object, signOnId, paymentIntentId);
      if (object.status === 'failed' || object.status === 'canceled')
        return refund('refund_failed', object, signOnId, paymentIntentId);
      return undefined;
    default:
      return undefined;
  }
}

function session(fact: PaymentFact, object: Record<string, unknown>, signOnId?: string, paymentIntentId?: string): WebhookFact {
  return {
    fact,
    checkoutSessionId: stringOf(object.id),
    paymentIntentId,
    signOnId,
    amountTotalCents: typeof object.amount_total === 'number' ? object.amount_total : undefined,
    currency: stringOf(object.currency),
  };
}

function refund(
  fact: WebhookFact['fact'],
  object: Record<string, unknown>,
  signOnId?: string,
  paymentIntentId?: string,
): WebhookFact {
  return { fact, refundId: stringOf(object.id), paymentIntentId, signOnId };
}

function metadataSignOnId(object: Record<string, unknown>): string | undefined {
  const metadata = object.metadata;
  return typeof metadata === 'object' && metadata !== null
    ? stringOf((metadata as Record<string, unknown>)[STRIPE_METADATA.signOnId])
    : undefined;
}

function idOf(value: unknown): string | undefined {
  if (typeof value === 'object' && value !== null) return stringOf((value as { id?: unknown }).id);
  return stringOf(value);
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}
