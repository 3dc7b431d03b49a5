import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../common/config/app-config.js';
import { lockingTransaction } from '../common/database/locked-transaction.js';
import { onlinePaymentUnavailable } from './checkout.service.js';
import { PaymentOutcomesService } from './payment-outcomes.service.js';
import { PaymentStatus } from './payment-status.js';
import { PaymentsRepository } from './payments.repository.js';
import { STRIPE_GATEWAY } from './stripe/stripe-gateway.provider.js';
import type { StripeGateway } from './stripe/stripe-gateway.js';
import { webhookFactOf, type WebhookFact } from './webhook-facts.js';

export type WebhookOutcome = 'processed' | 'duplicate' | 'ignored';

/**
 * Stripe's deliveries: each event id is recorded in the same transaction as the change it
 * causes, so a redelivery finds its row and changes nothing. Anything that throws here (a busy
 * lock, the database down) answers 5xx and Stripe retries; a delivery we cannot use answers 200.
 */
@Injectable()
export class StripeWebhookService {
  private readonly logger = new Logger('Stripe-webhook');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly payments: PaymentsRepository,
    private readonly outcomes: PaymentOutcomesService,
    @Inject(STRIPE_GATEWAY) private readonly stripe: StripeGateway | undefined,
  ) {}

  async receive(
    rawBody: Buffer | undefined,
    signature: string | undefined,
  ): Promise<{ received: true; outcome: WebhookOutcome }> {
    if (!this.stripe) throw onlinePaymentUnavailable();
    // Verified before anything is written: a forged or altered delivery is a 400 and changes nothing.
    const event = this.stripe.constructWebhookEvent(rawBody ?? Buffer.alloc(0), signature);
    const fact = webhookFactOf(event);
    const outcome = await lockingTransaction(this.dataSource, this.config.LOCK_TIMEOUT_MS, async (manager) => {
      if (!(await this.payments.claimWebhookEvent(manager, event.id, event.type))) return 'duplicate' as const;
      if (!fact) return 'ignored' as const;
      const owner = await this.payments.ownerOf(manager, fact);
      if (!owner) {
        this.logger.warn(`Stripe-melding ${event.id} (${event.type}) hoort bij geen enkele betaling; genegeerd.`);
        return 'ignored' as const;
      }
      if (fact.fact === 'refund_failed') {
        await this.retryRefund(owner.paymentId, fact, manager);
      } else {
        await this.outcomes.apply(manager, owner, fact.fact, {
          paymentIntentId: fact.paymentIntentId,
          amountTotalCents: fact.amountTotalCents,
          currency: fact.currency,
        });
      }
      return 'processed' as const;
    });
    return { received: true, outcome };
  }

  /** Stripe could not pay the money back (a closed card, say): ask again under a new idempotency key. */
  private async retryRefund(paymentId: string, fact: WebhookFact, manager: Parameters<PaymentsRepository['lock']>[0]) {
    const payment = await this.payments.lock(manager, paymentId);
    if (payment?.status !== PaymentStatus.RefundPending || payment.stripeRefundId !== fact.refundId) return;
    this.logger.error(`Terugbetaling ${fact.refundId} van betaling ${payment.id} mislukt; wordt opnieuw aangevraagd.`);
    await this.payments.update(manager, payment.id, { stripeRefundId: null, refundAttempt: payment.refundAttempt + 1 });
  }
}
