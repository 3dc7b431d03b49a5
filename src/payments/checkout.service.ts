import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../accounts/authenticated-user.js';
import { AppConfig } from '../common/config/app-config.js';
import { lockingTransaction } from '../common/database/locked-transaction.js';
import { ProblemException } from '../common/errors/problem.js';
import { formatDutchDateTime } from '../common/format/dutch-format.js';
import { SubscriptionStatus } from '../subscriptions/subscription-status.js';
import { SubscriptionProblems } from '../subscriptions/subscriptions.errors.js';
import { SubscriptionsRepository } from '../subscriptions/subscriptions.repository.js';
import type { CheckoutView } from './dto/checkout.view.js';
import type { Payment } from './entities/payment.entity.js';
import { holdExpiresAt, isPayable } from './payment-state.js';
import { PaymentStatus } from './payment-status.js';
import { PaymentProblems } from './payments.errors.js';
import { PaymentsRepository } from './payments.repository.js';
import { checkoutAmount, checkoutSessionExpiry } from './stripe/checkout-rules.js';
import { STRIPE_GATEWAY } from './stripe/stripe-gateway.provider.js';
import type { StripeGateway } from './stripe/stripe-gateway.js';

export function onlinePaymentUnavailable(): ProblemException {
  return new ProblemException(
    PaymentProblems.onlinePaymentUnavailable,
    'Online betalen is momenteel niet beschikbaar. Neem contact op met Satelliet om per factuur te betalen.',
  );
}

/** Opens (or reopens) the Stripe Checkout page for a sign-on that holds its place until it is paid. */
@Injectable()
export class CheckoutService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly subscriptions: SubscriptionsRepository,
    private readonly payments: PaymentsRepository,
    @Inject(STRIPE_GATEWAY) private readonly stripe: StripeGateway | undefined,
  ) {}

  async start(subscriptionId: string, user: AuthenticatedUser, now = new Date()): Promise<CheckoutView> {
    const stripe = this.stripe;
    if (!stripe) throw onlinePaymentUnavailable();
    const signOn = await this.subscriptions.findWithDetails(subscriptionId);
    if (!signOn || signOn.organisationId !== user.organisationId) {
      throw new ProblemException(SubscriptionProblems.notFound, `Er is geen intekening met id ${subscriptionId} die u mag zien.`);
    }

    // The row is written before Stripe is called: a retry after a lost answer then sends the
    // same attempt, amount and expiry under the same idempotency key, and gets the same session.
    const payment = await lockingTransaction(this.dataSource, this.config.LOCK_TIMEOUT_MS, async (manager) => {
      const locked = await this.subscriptions.lockSubscription(manager, subscriptionId);
      if (locked?.status !== SubscriptionStatus.PendingPayment) throw notAwaitingPayment(locked?.status);
      const latest = await this.payments.latestFor(manager, subscriptionId);
      if (latest && isPayable(latest.status)) return latest;
      // Its event was cancelled: the page is being closed, and no new one may open.
      if (latest?.status === PaymentStatus.Closing) throw notAwaitingPayment(locked.status);
      // Money came in but differs from what was due: a second page would charge twice.
      if (latest?.status === PaymentStatus.ToReview) throw paymentUnderReview();
      const holdUntil = holdExpiresAt(
        (await this.payments.pendingSince(manager, subscriptionId)) ?? locked.createdAt,
        this.config.PAYMENT_HOLD_MINUTES,
      );
      const amount = checkoutAmount(locked.satelliteShareCents, locked.vatRatePercent);
      return this.payments.insert(manager, {
        subscriptionId,
        attempt: (latest?.attempt ?? 0) + 1,
        status: PaymentStatus.Open,
        netCents: amount.netCents,
        vatCents: amount.vatCents,
        grossCents: amount.grossCents,
        vatRatePercent: amount.vatRatePercent,
        holdExpiresAt: holdUntil,
        sessionExpiresAt: checkoutSessionExpiry(holdUntil, now),
      });
    });
    if (payment.holdExpiresAt <= now) {
      throw new ProblemException(
        PaymentProblems.notAwaitingPayment,
        'De tijd om online te betalen is verstreken; de plaats wordt vrijgegeven.',
      );
    }
    if (payment.stripeCheckoutSessionId && payment.checkoutUrl) return viewOf(payment, payment.checkoutUrl);

    const created = await stripe.createCheckoutSession({
      signOnId: subscriptionId,
      attempt: payment.attempt,
      amountCents: payment.netCents,
      vatRatePercent: payment.vatRatePercent,
      description: `${signOn.event.title}, ${formatDutchDateTime(signOn.event.startsAt)}`,
      customerEmail: signOn.contactEmail,
      successUrl: `${this.baseUrl()}/mijn?betaling=gelukt`,
      cancelUrl: `${this.baseUrl()}/mijn?betaling=afgebroken`,
      expiresAt: payment.sessionExpiresAt,
    });
    await this.payments.update(this.dataSource.manager, payment.id, {
      stripeCheckoutSessionId: created.sessionId,
      checkoutUrl: created.url,
    });
    return viewOf(payment, created.url);
  }

  private baseUrl(): string {
    return this.config.PUBLIC_BASE_URL.replace(/\/$/, '');
  }
}

function viewOf(payment: Payment, checkoutUrl: string): CheckoutView {
  return { checkoutUrl, expiresAt: payment.holdExpiresAt, amountCents: payment.grossCents };
}

function paymentUnderReview(): ProblemException {
  return new ProblemException(
    PaymentProblems.notAwaitingPayment,
    'Uw online betaling is binnen maar wijkt af van het verschuldigde bedrag; Satelliet kijkt ze na en neemt contact met u op.',
    { paymentStatus: PaymentStatus.ToReview },
  );
}

function notAwaitingPayment(status: SubscriptionStatus | undefined): ProblemException {
  return new ProblemException(
    PaymentProblems.notAwaitingPayment,
    status === SubscriptionStatus.Confirmed
      ? 'Deze intekening is al bevestigd; er valt niets meer te betalen.'
      : 'Voor deze intekening wordt geen online betaling verwacht.',
    { subscriptionStatus: status ?? null },
  );
}
