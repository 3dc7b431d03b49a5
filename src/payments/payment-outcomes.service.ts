import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { addToOutbox, OutboxTopic } from '../common/outbox/outbox.js';
import { EventStatus } from '../events/event-status.js';
import { SubscriptionStatus } from '../subscriptions/subscription-status.js';
import { SubscriptionsRepository } from '../subscriptions/subscriptions.repository.js';
import { WaitlistService } from '../subscriptions/waitlist.service.js';
import type { Payment } from './entities/payment.entity.js';
import { chargeDiffers, nextPaymentStatus, type PaymentFact } from './payment-state.js';
import { PaymentStatus } from './payment-status.js';
import { PaymentsRepository, type PaymentOwner } from './payments.repository.js';

/** What one apply() call changed; empty when another run or delivery got there first. */
export interface FactOutcome {
  payment?: PaymentStatus;
  signOn?: SubscriptionStatus.Confirmed | SubscriptionStatus.Expired;
}

export interface FactDetails {
  paymentIntentId?: string;
  amountTotalCents?: number;
  currency?: string;
}

/**
 * What a payment fact means for the payment and for the sign-on's place, applied inside the
 * caller's transaction behind the event lock, the sign-on lock and the payment lock (that order,
 * like every other place decision). Webhooks and the hold expiry both come through here.
 */
@Injectable()
export class PaymentOutcomesService {
  private readonly logger = new Logger('Betalingen');

  constructor(
    private readonly payments: PaymentsRepository,
    private readonly subscriptions: SubscriptionsRepository,
    private readonly waitlist: WaitlistService,
  ) {}

  async apply(manager: EntityManager, owner: PaymentOwner, fact: PaymentFact, details: FactDetails = {}): Promise<FactOutcome> {
    const event = await this.subscriptions.lockEvent(manager, owner.eventId);
    const signOn = await this.subscriptions.lockSubscription(manager, owner.subscriptionId);
    const payment = await this.payments.lock(manager, owner.paymentId);
    if (!event || !signOn || !payment) return {};

    const next = nextPaymentStatus(payment.status, fact);
    const pending = signOn.status === SubscriptionStatus.PendingPayment;
    // A cancelled event has no places to keep, even for a sign-on its cancellation left pending.
    const placeHeld = pending && event.status !== EventStatus.Cancelled;
    if (next === PaymentStatus.Paid && payment.status !== PaymentStatus.Paid) {
      if (chargeDiffers(payment.grossCents, { amountCents: details.amountTotalCents, currency: details.currency })) {
        return this.holdForReview(manager, payment, details);
      }
      // Paid after the place went back (expired or cancelled): the money is owed back.
      const status = placeHeld ? PaymentStatus.Paid : PaymentStatus.RefundPending;
      await this.payments.update(manager, payment.id, {
        status,
        paidAt: new Date(),
        paymentIntentId: details.paymentIntentId ?? payment.paymentIntentId,
      });
      if (placeHeld) {
        await this.moveSignOn(manager, signOn.id, event.id, SubscriptionStatus.Confirmed, 'Online betaald');
        return { payment: status, signOn: SubscriptionStatus.Confirmed };
      }
      if (!pending) return { payment: status };
      await this.releaseHeldPlace(manager, signOn.id, event, 'Voorstelling afgelast');
      return { payment: status, signOn: SubscriptionStatus.Expired };
    }
    const outcome: FactOutcome = {};
    if (next !== payment.status) {
      await this.payments.update(manager, payment.id, {
        status: next,
        paymentIntentId: details.paymentIntentId ?? payment.paymentIntentId,
      });
      outcome.payment = next;
    }
    // An expired session, or money that went back before the success was seen, releases the place:
    // a sign-on is never confirmed into a place it no longer pays for.
    if (pending && (next === PaymentStatus.Expired || next === PaymentStatus.Refunded)) {
      await this.releaseHeldPlace(
        manager,
        signOn.id,
        event,
        next === PaymentStatus.Expired ? 'Betaaltijd verlopen' : 'Betaling terugbetaald',
      );
      outcome.signOn = SubscriptionStatus.Expired;
    }
    return outcome;
  }

  /** Expires a held sign-on and gives its place to the waiting list (a cancelled event has none). Call behind the event lock. */
  async releaseHeldPlace(
    manager: EntityManager,
    subscriptionId: string,
    event: { id: string; status: EventStatus; capacity: number | null },
    reason: string,
  ): Promise<void> {
    await this.moveSignOn(manager, subscriptionId, event.id, SubscriptionStatus.Expired, reason);
    if (event.status === EventStatus.Cancelled) return;
    await this.waitlist.promoteInto(manager, event, 'Plaats vrijgekomen: betaling niet op tijd');
  }

  private async moveSignOn(
    manager: EntityManager,
    subscriptionId: string,
    eventId: string,
    to: SubscriptionStatus.Confirmed | SubscriptionStatus.Expired,
    reason: string,
  ): Promise<void> {
    await this.subscriptions.setStatus(manager, [subscriptionId], to);
    await this.subscriptions.recordChanges(manager, [
      { subscriptionId, fromStatus: SubscriptionStatus.PendingPayment, toStatus: to, changedByUserId: null, reason },
    ]);
    if (to === SubscriptionStatus.Confirmed) {
      await addToOutbox(manager, OutboxTopic.SubscriptionConfirmed, { subscriptionId, eventId, paidOnline: true });
    } else {
      await addToOutbox(manager, OutboxTopic.SubscriptionExpired, { subscriptionId, eventId });
    }
  }

  /**
   * Charged another amount or currency than was due: the money is not taken as paid and the sign-on
   * is not confirmed. The sign-on keeps its place (the hold expiry leaves it alone) until finance
   * pays the charge back in Stripe, whose refund webhook then releases the place.
   */
  private async holdForReview(manager: EntityManager, payment: Payment, details: FactDetails): Promise<FactOutcome> {
    await this.payments.update(manager, payment.id, {
      status: PaymentStatus.ToReview,
      paidAt: new Date(),
      paymentIntentId: details.paymentIntentId ?? payment.paymentIntentId,
      chargedCents: details.amountTotalCents ?? null,
      chargedCurrency: details.currency?.toLowerCase() ?? null,
    });
    this.logger.warn(
      { paymentId: payment.id, subscriptionId: payment.subscriptionId, dueCents: payment.grossCents, charged: details },
      'Stripe rekende een ander bedrag of een andere munt aan dan verschuldigd: te controleren door financiën',
    );
    return { payment: PaymentStatus.ToReview };
  }
}
