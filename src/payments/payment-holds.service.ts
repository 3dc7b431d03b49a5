import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../common/config/app-config.js';
import { lockingTransaction } from '../common/database/locked-transaction.js';
import { SubscriptionStatus } from '../subscriptions/subscription-status.js';
import { SubscriptionsRepository } from '../subscriptions/subscriptions.repository.js';
import { PaymentOutcomesService } from './payment-outcomes.service.js';
import { PaymentsRepository, type OverdueHold } from './payments.repository.js';
import { STRIPE_GATEWAY } from './stripe/stripe-gateway.provider.js';
import type { StripeGateway } from './stripe/stripe-gateway.js';

export interface HoldExpiryReport {
  expired: string[];
  /** Paid at the last second: confirmed instead of expired. */
  confirmed: string[];
  /** Stripe could not be asked; tried again on the next run. */
  retryLater: string[];
}

/** Releases places held for online payments that did not arrive in time. */
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
        report[await this.expire(hold)].push(hold.subscriptionId);
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

  private async expire(hold: OverdueHold): Promise<'expired' | 'confirmed'> {
    // Close the payment page first, so nobody can pay for a place after it went to someone else.
    const session =
      hold.checkoutSessionId && this.stripe ? await this.stripe.expireCheckoutSession(hold.checkoutSessionId) : undefined;
    return lockingTransaction(this.dataSource, this.config.LOCK_TIMEOUT_MS, async (manager) => {
      if (hold.paymentId) {
        const owner = { paymentId: hold.paymentId, subscriptionId: hold.subscriptionId, eventId: hold.eventId };
        const paid = session?.status === 'complete' && session.paymentStatus === 'paid';
        await this.outcomes.apply(manager, owner, paid ? 'paid' : 'expired', {
          paymentIntentId: session?.paymentIntentId ?? undefined,
          amountTotalCents: session?.amountTotalCents ?? undefined,
        });
        return paid ? 'confirmed' : 'expired';
      }
      const event = await this.subscriptions.lockEvent(manager, hold.eventId);
      const signOn = await this.subscriptions.lockSubscription(manager, hold.subscriptionId);
      if (event && signOn?.status === SubscriptionStatus.PendingPayment) {
        await this.outcomes.releaseHeldPlace(manager, signOn.id, event, 'Betaaltijd verlopen');
      }
      return 'expired';
    });
  }
}
