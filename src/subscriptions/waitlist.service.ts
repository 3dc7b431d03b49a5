import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { addToOutbox, OutboxTopic } from '../common/outbox/outbox.js';
import { OnlinePaymentPolicy } from './online-payment.policy.js';
import { SubscriptionStatus } from './subscription-status.js';
import { SubscriptionsRepository } from './subscriptions.repository.js';
import { signOnsToPromote } from './waitlist-rules.js';

/** Moves waiting sign-ons up when places free, inside the transaction that freed them. */
@Injectable()
export class WaitlistService {
  constructor(
    private readonly subscriptions: SubscriptionsRepository,
    private readonly onlinePayment: OnlinePaymentPolicy,
  ) {}

  /**
   * Call with the event row already locked by this transaction. Returns the promoted sign-on ids.
   * A promoted sign-on that pays its share online holds the place as pending_payment, like a new one.
   */
  async promoteInto(manager: EntityManager, event: { id: string; capacity: number | null }, reason: string): Promise<string[]> {
    const taken = await this.subscriptions.countPlacesTaken(manager, event.id);
    const promoted = signOnsToPromote(event.capacity, taken, await this.subscriptions.waitingInOrder(manager, event.id));
    const online = await this.onlinePayment.payingOnline(manager, promoted);
    const statusOf = (id: string) => (online.has(id) ? SubscriptionStatus.PendingPayment : SubscriptionStatus.Confirmed);
    await this.subscriptions.setStatus(
      manager,
      promoted.filter((id) => !online.has(id)),
      SubscriptionStatus.Confirmed,
    );
    await this.subscriptions.setStatus(manager, [...online], SubscriptionStatus.PendingPayment);
    await this.subscriptions.recordChanges(
      manager,
      promoted.map((subscriptionId) => ({
        subscriptionId,
        fromStatus: SubscriptionStatus.Waitlisted,
        toStatus: statusOf(subscriptionId),
        changedByUserId: null,
        reason,
      })),
    );
    for (const subscriptionId of promoted) {
      await (online.has(subscriptionId)
        ? addToOutbox(manager, OutboxTopic.SubscriptionPendingPayment, { subscriptionId, eventId: event.id, promoted: true })
        : addToOutbox(manager, OutboxTopic.SubscriptionPromoted, { subscriptionId, eventId: event.id }));
    }
    return promoted;
  }

  /** After an admin raised (or removed) the capacity of an event. */
  async afterCapacityChange(manager: EntityManager, eventId: string): Promise<string[]> {
    const event = await this.subscriptions.lockEvent(manager, eventId);
    return event ? this.promoteInto(manager, event, 'Capaciteit verhoogd') : [];
  }
}
