import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { OutboxRelay, type OutboxEnvelope, type OutboxHandler } from '../common/outbox/outbox-relay.js';
import { OutboxTopic } from '../common/outbox/outbox.js';
import { refundsOnCancellation } from './payment-state.js';
import { PaymentsRepository } from './payments.repository.js';
import { STRIPE_GATEWAY } from './stripe/stripe-gateway.provider.js';
import type { StripeGateway } from './stripe/stripe-gateway.js';

export interface RefundRunReport {
  requested: string[];
  retryLater: string[];
}

/**
 * A cancelled sign-on or event also closes its open Checkout Session: the handler marks the
 * payment `closing` here, and the worker asks Stripe (PaymentHoldsService.closeCancelledCheckouts).
 *
 * Refunds in two steps: the outbox handler records what is owed (refund_pending) in the relay's
 * transaction, exactly once; the worker then asks Stripe, outside any transaction, under an
 * idempotency key per payment and attempt. The payment becomes refunded when Stripe's webhook says so.
 */
@Injectable()
export class RefundsService implements OutboxHandler, OnModuleInit {
  readonly name = 'payments.refunds';
  readonly topics = [OutboxTopic.EventCancelled, OutboxTopic.SubscriptionCancelled] as const;
  private readonly logger = new Logger('Betalingen');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly relay: OutboxRelay,
    private readonly payments: PaymentsRepository,
    @Inject(STRIPE_GATEWAY) private readonly stripe: StripeGateway | undefined,
  ) {}

  onModuleInit(): void {
    this.relay.register(this);
  }

  async handle(manager: EntityManager, message: OutboxEnvelope): Promise<void> {
    if (message.topic === OutboxTopic.EventCancelled) {
      const eventId = String(message.payload.eventId);
      await this.payments.markEventRefundPending(manager, eventId);
      await this.payments.markEventCheckoutsClosing(manager, eventId);
      return;
    }
    const subscriptionId = String(message.payload.subscriptionId);
    // Whatever the deadline: the place is gone, so its page must not take money any more.
    await this.payments.markSignOnCheckoutsClosing(manager, subscriptionId);
    const rows: { sign_on_deadline: Date }[] = await manager.query(
      `SELECT e.sign_on_deadline FROM subscriptions s JOIN events e ON e.id = s.event_id WHERE s.id = $1`,
      [subscriptionId],
    );
    if (rows[0] && refundsOnCancellation(message.createdAt, rows[0].sign_on_deadline)) {
      await this.payments.markSignOnRefundPending(manager, subscriptionId);
    }
  }

  async processPendingRefunds(): Promise<RefundRunReport> {
    const report: RefundRunReport = { requested: [], retryLater: [] };
    const stripe = this.stripe;
    if (!stripe) return report;
    for (const payment of await this.payments.refundsToRequest()) {
      if (!payment.paymentIntentId) {
        this.logger.error(`Betaling ${payment.id} staat op terug te betalen maar heeft geen payment intent.`);
        continue;
      }
      try {
        const refund = await stripe.refund({
          signOnId: payment.subscriptionId,
          attempt: payment.refundAttempt,
          paymentIntentId: payment.paymentIntentId,
          // Exactly what was charged, VAT included: the satellite gets back every cent it paid.
          amountCents: payment.grossCents,
        });
        await this.payments.update(this.dataSource.manager, payment.id, { stripeRefundId: refund.refundId });
        report.requested.push(payment.id);
      } catch (error) {
        this.logger.error({ err: error, paymentId: payment.id }, 'Terugbetaling niet aangevraagd; later opnieuw');
        report.retryLater.push(payment.id);
      }
    }
    return report;
  }
}
