import { Injectable, Logger } from '@nestjs/common';
import Stripe from 'stripe';
import { ProblemException } from '../../common/errors/problem.js';
import {
  checkoutAmount,
  checkoutIdempotencyKey,
  refundIdempotencyKey,
  STRIPE_MINIMUM_CHARGE_CENTS,
  type CheckoutAmount,
} from './checkout-rules.js';
import { StripeProblems } from './stripe.errors.js';

export interface StripeGatewaySettings {
  secretKey: string;
  webhookSecret: string;
  /** Only for tests and local fakes, such as http://127.0.0.1:12111. */
  apiBase?: string;
}

export interface CheckoutRequest {
  signOnId: string;
  /** 1 for the first session of a sign-on; raise it only to replace an expired or cancelled one. */
  attempt?: number;
  /** Euro cents excluding VAT, as stored on the sign-on. */
  amountCents: number;
  vatRatePercent: number;
  /** Shown on Stripe's payment page, for example the performance and the date. */
  description: string;
  customerEmail?: string;
  successUrl: string;
  cancelUrl: string;
  /** From checkoutSessionExpiry(), stored, and passed unchanged on every retry. */
  expiresAt: Date;
}

export interface CheckoutSessionCreated {
  sessionId: string;
  /** Where the satellite's browser goes to pay. */
  url: string;
  amount: CheckoutAmount;
  expiresAt: Date;
  idempotencyKey: string;
}

export interface CheckoutSessionState {
  sessionId: string;
  status: Stripe.Checkout.Session.Status | null;
  paymentStatus: Stripe.Checkout.Session.PaymentStatus;
  /** Set once the satellite has confirmed a payment. */
  paymentIntentId: string | null;
  amountTotalCents: number | null;
  currency: string | null;
}

export interface RefundRequest {
  signOnId: string;
  attempt?: number;
  paymentIntentId: string;
  /** Cents including VAT: the part of what Stripe charged that goes back. */
  amountCents: number;
}

export interface RefundCreated {
  refundId: string;
  status: Stripe.Refund['status'];
  amountCents: number;
  idempotencyKey: string;
}

/** Metadata keys on sessions and payment intents; the webhook handler reads them back. */
export const STRIPE_METADATA = {
  signOnId: 'sign_on_id',
  netCents: 'net_cents',
  vatCents: 'vat_cents',
  vatRatePercent: 'vat_rate_percent',
} as const;

// Stripe retries a POST with the same idempotency key, so network retries cannot charge twice.
const MAX_NETWORK_RETRIES = 2;
// A payment page that takes longer than this to create has failed for the user anyway.
const REQUEST_TIMEOUT_MS = 20_000;

/** The only place that talks to Stripe. Everything it sends or returns is in integer cents. */
@Injectable()
export class StripeGateway {
  private readonly logger = new Logger('Stripe');
  private readonly stripe: Stripe;

  constructor(private readonly settings: StripeGatewaySettings) {
    this.stripe = new Stripe(settings.secretKey, {
      maxNetworkRetries: MAX_NETWORK_RETRIES,
      timeout: REQUEST_TIMEOUT_MS,
      ...(settings.apiBase ? addressOf(settings.apiBase) : {}),
    });
  }

  async createCheckoutSession(request: CheckoutRequest): Promise<CheckoutSessionCreated> {
    const amount = checkoutAmount(request.amountCents, request.vatRatePercent);
    if (amount.grossCents < STRIPE_MINIMUM_CHARGE_CENTS) {
      throw new ProblemException(
        StripeProblems.amountTooSmall,
        'Online betalen kan pas vanaf € 0,50. Kies voor betaling per factuur.',
      );
    }
    const metadata = {
      [STRIPE_METADATA.signOnId]: request.signOnId,
      [STRIPE_METADATA.netCents]: String(amount.netCents),
      [STRIPE_METADATA.vatCents]: String(amount.vatCents),
      [STRIPE_METADATA.vatRatePercent]: String(amount.vatRatePercent),
    };
    const idempotencyKey = checkoutIdempotencyKey(request.signOnId, request.attempt ?? 1);
    const session = await this.call('checkout aanmaken', () =>
      this.stripe.checkout.sessions.create(
        {
          mode: 'payment',
          // Since API 2026-10 this filters the methods enabled in the Stripe dashboard; enable Bancontact there.
          allowed_payment_method_types: ['bancontact', 'card'],
          line_items: [
            {
              quantity: 1,
              price_data: { currency: 'eur', unit_amount: amount.grossCents, product_data: { name: request.description } },
            },
          ],
          customer_email: request.customerEmail,
          client_reference_id: request.signOnId,
          success_url: request.successUrl,
          cancel_url: request.cancelUrl,
          expires_at: Math.floor(request.expiresAt.getTime() / 1000),
          metadata,
          // Refund and charge events carry the payment intent, not the session: tag it too.
          payment_intent_data: { metadata },
        },
        { idempotencyKey },
      ),
    );
    if (!session.url) throw new Error(`Stripe returned checkout session ${session.id} without a url`);
    return { sessionId: session.id, url: session.url, amount, expiresAt: new Date(session.expires_at * 1000), idempotencyKey };
  }

  async retrieveCheckoutSession(sessionId: string): Promise<CheckoutSessionState> {
    return stateOf(await this.call('checkout opvragen', () => this.stripe.checkout.sessions.retrieve(sessionId)));
  }

  /**
   * Closes an open session so it can no longer be paid. A session that was paid or had expired
   * already is not an error: its state is returned, and the caller decides (a late payment for a
   * released place is refunded, for instance).
   */
  async expireCheckoutSession(sessionId: string): Promise<CheckoutSessionState> {
    try {
      return stateOf(await this.stripe.checkout.sessions.expire(sessionId, {}, { idempotencyKey: `expire:${sessionId}` }));
    } catch (error) {
      if (!(error instanceof Stripe.errors.StripeInvalidRequestError)) throw this.translate('checkout sluiten', error);
      const current = await this.retrieveCheckoutSession(sessionId);
      if (current.status === 'open') throw this.translate('checkout sluiten', error);
      return current;
    }
  }

  async refund(request: RefundRequest): Promise<RefundCreated> {
    if (!Number.isSafeInteger(request.amountCents) || request.amountCents <= 0) {
      throw new RangeError(`refund amountCents must be a whole number > 0, got ${request.amountCents}`);
    }
    const idempotencyKey = refundIdempotencyKey(request.signOnId, request.attempt ?? 1);
    const refund = await this.call('terugbetalen', () =>
      this.stripe.refunds.create(
        {
          payment_intent: request.paymentIntentId,
          amount: request.amountCents,
          metadata: { [STRIPE_METADATA.signOnId]: request.signOnId },
        },
        { idempotencyKey },
      ),
    );
    return { refundId: refund.id, status: refund.status, amountCents: refund.amount, idempotencyKey };
  }

  /** Verifies the `Stripe-Signature` header against the untouched request body (300 s tolerance). */
  constructWebhookEvent(rawBody: Buffer | string, signatureHeader: string | undefined): Stripe.Event {
    const refuse = () =>
      new ProblemException(StripeProblems.badSignature, 'De handtekening van deze Stripe-melding klopt niet of is verlopen.');
    if (!signatureHeader) throw refuse();
    try {
      return this.stripe.webhooks.constructEvent(rawBody, signatureHeader, this.settings.webhookSecret);
    } catch (error) {
      if (error instanceof Stripe.errors.StripeSignatureVerificationError) throw refuse();
      throw error;
    }
  }

  private async call<T>(action: string, request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      throw this.translate(action, error);
    }
  }

  /** Stripe's errors become problems: 503 when a retry may help, 502 when Stripe refused. */
  private translate(action: string, error: unknown): unknown {
    if (!(error instanceof Stripe.errors.StripeError)) return error;
    this.logger.error(
      `${action} mislukt: ${error.type} ${error.code ?? ''} ${error.message} (request ${error.requestId ?? '-'})`,
    );
    const transient =
      error instanceof Stripe.errors.StripeConnectionError ||
      error instanceof Stripe.errors.StripeAPIError ||
      error instanceof Stripe.errors.StripeRateLimitError;
    return transient
      ? new ProblemException(
          StripeProblems.providerUnavailable,
          'De betaaldienst (Stripe) is even niet bereikbaar. Probeer het over enkele minuten opnieuw.',
        )
      : new ProblemException(
          StripeProblems.providerRejected,
          'De betaaldienst (Stripe) weigerde de aanvraag. De beheerder is verwittigd.',
          {
            stripeCode: error.code ?? error.type,
          },
        );
  }
}

function stateOf(session: Stripe.Checkout.Session): CheckoutSessionState {
  const paymentIntent = session.payment_intent;
  return {
    sessionId: session.id,
    status: session.status,
    paymentStatus: session.payment_status,
    paymentIntentId: typeof paymentIntent === 'string' ? paymentIntent : (paymentIntent?.id ?? null),
    amountTotalCents: session.amount_total,
    currency: session.currency,
  };
}

function addressOf(apiBase: string): { host: string; port: number; protocol: 'http' | 'https' } {
  const url = new URL(apiBase);
  const protocol = url.protocol === 'http:' ? 'http' : 'https';
  return { host: url.hostname, port: url.port ? Number(url.port) : protocol === 'http' ? 80 : 443, protocol };
}
