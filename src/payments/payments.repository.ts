import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { Payment } from './entities/payment.entity.js';
import { PaymentStatus } from './payment-status.js';
import type { WebhookFact } from './webhook-facts.js';

/** Where a payment belongs; enough to take the event and sign-on locks before touching it. */
export interface PaymentOwner {
  paymentId: string;
  subscriptionId: string;
  eventId: string;
}

export interface OverdueHold {
  subscriptionId: string;
  eventId: string;
  paymentId: string | null;
  checkoutSessionId: string | null;
}

export interface PaymentToReview {
  paymentId: string;
  subscriptionId: string;
  signOnStatus: string;
  eventId: string;
  eventTitle: string;
  organisationId: string;
  organisationName: string;
  /** What was due, VAT included. */
  dueCents: number;
  chargedCents: number | null;
  chargedCurrency: string | null;
  chargedAt: Date;
  paymentIntentId: string | null;
}

@Injectable()
export class PaymentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** True the first time an event id is seen; false for a redelivery. Commits or rolls back with the state change. */
  async claimWebhookEvent(manager: EntityManager, stripeEventId: string, type: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO stripe_webhook_events (stripe_event_id, type) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1`,
      [stripeEventId, type],
    );
    return rows.length > 0;
  }

  latestFor(manager: EntityManager, subscriptionId: string): Promise<Payment | null> {
    return manager.findOne(Payment, { where: { subscriptionId }, order: { attempt: 'DESC' } });
  }

  async insert(manager: EntityManager, fields: Partial<Payment>): Promise<Payment> {
    return manager.save(manager.create(Payment, fields));
  }

  async update(manager: EntityManager, id: string, fields: Partial<Payment>): Promise<void> {
    await manager.update(Payment, { id }, fields);
  }

  /** Locks a payment row; always after the event and sign-on locks. */
  lock(manager: EntityManager, id: string): Promise<Payment | null> {
    return manager.findOne(Payment, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** The payment a webhook is about: by session, else payment intent, else refund, else the sign-on's latest. */
  async ownerOf(manager: EntityManager, fact: WebhookFact): Promise<PaymentOwner | undefined> {
    const rows: { payment_id: string; subscription_id: string; event_id: string }[] = await manager.query(
      `SELECT p.id AS payment_id, p.subscription_id, s.event_id
         FROM payments p JOIN subscriptions s ON s.id = p.subscription_id
        WHERE ($1::text IS NOT NULL AND p.stripe_checkout_session_id = $1)
           OR ($1::text IS NULL AND $2::text IS NOT NULL AND p.payment_intent_id = $2)
           OR ($1::text IS NULL AND $3::text IS NOT NULL AND p.stripe_refund_id = $3)
           OR ($1::text IS NULL AND $4::text IS NOT NULL AND p.subscription_id::text = $4)
        ORDER BY (p.stripe_checkout_session_id = $1) IS TRUE DESC, (p.payment_intent_id = $2) IS TRUE DESC, p.attempt DESC
        LIMIT 1`,
      [fact.checkoutSessionId ?? null, fact.paymentIntentId ?? null, fact.refundId ?? null, fact.signOnId ?? null],
    );
    const row = rows[0];
    return row && { paymentId: row.payment_id, subscriptionId: row.subscription_id, eventId: row.event_id };
  }

  /** Paid payments of an event's sign-ons now owe their money back. Returns the payment ids. */
  async markEventRefundPending(manager: EntityManager, eventId: string): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `UPDATE payments SET status = 'refund_pending', updated_at = now()
        WHERE status = 'paid' AND subscription_id IN (SELECT id FROM subscriptions WHERE event_id = $1)
        RETURNING id`,
      [eventId],
    );
    return rows.map((row) => row.id);
  }

  async markSignOnRefundPending(manager: EntityManager, subscriptionId: string): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `UPDATE payments SET status = 'refund_pending', updated_at = now()
        WHERE status = 'paid' AND subscription_id = $1 RETURNING id`,
      [subscriptionId],
    );
    return rows.map((row) => row.id);
  }

  /** Open pages of an event's sign-ons must close: nobody pays for a cancelled event. Returns the payment ids. */
  async markEventCheckoutsClosing(manager: EntityManager, eventId: string): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `UPDATE payments SET status = 'closing', updated_at = now()
        WHERE status IN ('open', 'failed') AND subscription_id IN (SELECT id FROM subscriptions WHERE event_id = $1)
        RETURNING id`,
      [eventId],
    );
    return rows.map((row) => row.id);
  }

  async markSignOnCheckoutsClosing(manager: EntityManager, subscriptionId: string): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `UPDATE payments SET status = 'closing', updated_at = now()
        WHERE status IN ('open', 'failed') AND subscription_id = $1 RETURNING id`,
      [subscriptionId],
    );
    return rows.map((row) => row.id);
  }

  /** Payments whose page the worker must still ask Stripe to close, in the shape the hold expiry uses. */
  async checkoutsToClose(): Promise<(OverdueHold & { paymentId: string })[]> {
    const rows: { subscription_id: string; event_id: string; payment_id: string; session_id: string | null }[] =
      await this.dataSource.query(
        `SELECT p.subscription_id, s.event_id, p.id AS payment_id, p.stripe_checkout_session_id AS session_id
           FROM payments p JOIN subscriptions s ON s.id = p.subscription_id
          WHERE p.status = 'closing'
          ORDER BY p.updated_at`,
      );
    return rows.map((row) => ({
      subscriptionId: row.subscription_id,
      eventId: row.event_id,
      paymentId: row.payment_id,
      checkoutSessionId: row.session_id,
    }));
  }

  /** Refunds owed and not yet asked of Stripe. */
  refundsToRequest(): Promise<Payment[]> {
    return this.dataSource.manager.find(Payment, {
      where: { status: PaymentStatus.RefundPending, stripeRefundId: IsNull() },
      order: { updatedAt: 'ASC' },
    });
  }

  /**
   * Sign-ons still waiting for payment after their hold ran out. The hold is the payment's
   * `hold_expires_at`, or for a sign-on that never opened a checkout, the moment it became
   * pending plus the hold time.
   */
  async overdueHolds(now: Date, holdMinutes: number): Promise<OverdueHold[]> {
    const rows: { subscription_id: string; event_id: string; payment_id: string | null; session_id: string | null }[] =
      await this.dataSource.query(
        `SELECT s.id AS subscription_id, s.event_id, p.id AS payment_id, p.stripe_checkout_session_id AS session_id
           FROM subscriptions s
           LEFT JOIN LATERAL (
             SELECT id, stripe_checkout_session_id, hold_expires_at, status FROM payments
              WHERE subscription_id = s.id ORDER BY attempt DESC LIMIT 1) p ON true
           LEFT JOIN LATERAL (
             SELECT max(changed_at) AS since FROM subscription_status_changes
              WHERE subscription_id = s.id AND to_status = 'pending_payment') pending ON true
          WHERE s.status = 'pending_payment'
            -- Money arrived but differs from what was due: the place waits for finance, not for the clock.
            AND p.status IS DISTINCT FROM 'to_review'
            AND coalesce(p.hold_expires_at, coalesce(pending.since, s.created_at) + make_interval(mins => $2)) <= $1
          ORDER BY s.queue_number`,
        [now, holdMinutes],
      );
    return rows.map((row) => ({
      subscriptionId: row.subscription_id,
      eventId: row.event_id,
      paymentId: row.payment_id,
      checkoutSessionId: row.session_id,
    }));
  }

  /** Payments finance must look at ("te controleren"), oldest first. */
  toReview(limit: number, offset: number): Promise<[PaymentToReview[], number]> {
    return Promise.all([
      this.dataSource.query<PaymentToReview[]>(
        `SELECT p.id AS "paymentId", p.subscription_id AS "subscriptionId", s.status AS "signOnStatus",
                e.id AS "eventId", e.title AS "eventTitle", o.id AS "organisationId", o.name AS "organisationName",
                p.gross_cents AS "dueCents", p.charged_cents AS "chargedCents", p.charged_currency AS "chargedCurrency",
                p.paid_at AS "chargedAt", p.payment_intent_id AS "paymentIntentId"
           FROM payments p JOIN subscriptions s ON s.id = p.subscription_id
                JOIN events e ON e.id = s.event_id JOIN organisations o ON o.id = s.organisation_id
          WHERE p.status = 'to_review'
          ORDER BY p.paid_at, p.id LIMIT $1 OFFSET $2`,
        [limit, offset],
      ),
      this.dataSource
        .query<{ n: number }[]>(`SELECT count(*)::int AS n FROM payments WHERE status = 'to_review'`)
        .then((rows) => rows[0].n),
    ]);
  }

  /** When the sign-on's current hold began: its latest move into pending_payment. */
  async pendingSince(manager: EntityManager, subscriptionId: string): Promise<Date | undefined> {
    const rows: { since: Date | null }[] = await manager.query(
      `SELECT max(changed_at) AS since FROM subscription_status_changes WHERE subscription_id = $1 AND to_status = 'pending_payment'`,
      [subscriptionId],
    );
    return rows[0]?.since ?? undefined;
  }
}
