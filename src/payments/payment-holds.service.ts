import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../common/config/app-config.js';
import { lockingTransaction } from '../common/database/locked-transaction.js';
import { SubscriptionStatus } from '../subscriptions/subscription-status.js';
import { SubscriptionsRepository } from '../subscriptions/subscriptions.repository.js';
import { PaymentOutcomesService, type FactOutcome } from './payment-outcomes.service.js';
import { PaymentStatus } from './payment-status.js';
import { PaymentsRepository, type OverdueHold } from './payments.repository.js';
import { STRIPE_GATEWAY } from './stripe/stripe-gateway.provider.js';
import type { StripeGateway } from './stripe/stripe-gateway.js';

/** Sign-ons this run changed; one another replica handled first is in no list. */
export interface HoldExpiryReport {
  expired: string[];
  /** Paid at the last second: confirmed instead of expired. */
  confirmed: string[];
  /** Stripe could not be asked; tried again on the next run. */
  retryLater: string[];
}

/** Payment ids this run changed. */
export interface CheckoutClosingReport {
  closed: string[];
  /** Paid at the last second for a place that is gone: owed back, the refund worker takes over. */
  refundPending: string[];
  retryLater: string[];
}

/**
 * Closes Stripe pages that must no longer take money: holds that ran out, and payments the outbox
 * handler marked `closing` because their sign-on or event was cancelled. Stripe is asked first,
 * outside any transaction; its answer is then applied behind the locks.
 */
@Injectable()
export class PaymentHoldsService {
  private readonly logger = new Logger('Betalingen');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly payments: PaymentsRepository,
    private readonly subscriptions: SubscriptionsRepository,
    private readonly outcomes: PaymentOutcomesService,
    @Inject(STRIPE_GATEWAY) private readonly stripe: StripeGateway | undefined,
  ) {}

  async expireOverdueHolds(now = new Date()): Promise<HoldExpiryReport> {
    const report: HoldExpiryReport = { expired: [], confirmed: [], retryLater: [] };
    for (const hold of await this.payments.overdueHolds(now, this.config.PAYMENT_HOLD_MINUTES)) {
      try {
        const { signOn } = await this.close(hold);
        if (signOn === SubscriptionStatus.Expired) report.expired.push(hold.subscriptionId);
        if (signOn === SubscriptionStatus.Confirmed) report.confirmed.push(hold.subscriptionId);
      } catch (error) {
        this.logger.error(
          { err: error, subscriptionId: hold.subscriptionId },
          'Vastgehouden plaats niet vrijgegeven; later opnieuw',
        );
        report.retryLater.push(hold.subscriptionId);
      }
    }
    return report;
  }

  async closeCancelledCheckouts(): Promise<CheckoutClosingReport> {
    const report: CheckoutClosingReport = { closed: [], refundPending: [], retryLater: [] };
    for (const checkout of await this.payments.checkoutsToClose()) {
      const { paymentId } = checkout;
      try {
        const { payment } = await this.close(checkout);
        if (payment === PaymentStatus.Expired) report.closed.push(paymentId);
        if (payment === PaymentStatus.RefundPending) report.refundPending.push(paymentId);
      } catch (error) {
        this.logger.error({ err: error, paymentId }, 'Betaalpagina niet gesloten; later opnieuw');
        report.retryLater.push(paymentId);
      }
    }
    return report;
  }

  private async close(hold: OverdueHold): Promise<FactOutcome> {
    // Close the payment page first, so nobody can pay for a place after it went to someone else.
    const session =
      hold.checkoutSessionId && this.stripe ? await this.stripe.expireCheckoutSession(hold.checkoutSessionId) : undefined;
    return lockingTransaction(this.dataSource, this.config.LOCK_TIMEOUT_MS, async (manager) => {
      if (hold.paymentId) {
        const owner = { paymentId: hold.paymentId, subscriptionId: hold.subscriptionId, eventId: hold.eventId };
        // Paid at the last second: kept if the place is still held, otherwise owed back.
        const paid = session?.status === 'complete' && session.paymentStatus === 'paid';
        return this.outcomes.apply(manager, owner, paid ? 'paid' : 'expired', {
          paymentIntentId: session?.paymentIntentId ?? undefined,
          amountTotalCents: session?.amountTotalCents ?? undefined,
          currency: session?.currency ?? undefined,
        });
      }
      const event = await this.subscriptions.lockEvent(manager, hold.eventId);
      const signOn = await this.subscriptions.lockSubscription(manager, hold.subscriptionId);
      if (!event || signOn?.status !== SubscriptionStatus.PendingPayment) return {};
      await this.outcomes.releaseHeldPlace(manager, signOn.id, event, 'Betaaltijd verlopen');
      return { signOn: SubscriptionStatus.Expired };
    });
  }
}
