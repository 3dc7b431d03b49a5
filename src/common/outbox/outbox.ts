import type { EntityManager } from 'typeorm';

/** Topics other capabilities listen to. Payloads carry ids, never personal data beyond the contact's own. */
export enum OutboxTopic {
  SubscriptionConfirmed = 'subscription.confirmed',
  SubscriptionWaitlisted = 'subscription.waitlisted',
  SubscriptionPendingPayment = 'subscription.pending_payment',
  SubscriptionPromoted = 'subscription.promoted',
  SubscriptionCancelled = 'subscription.cancelled',
  SubscriptionExpired = 'subscription.expired',
  InvitationCreated = 'invitation.created',
  EventMoved = 'event.moved',
  EventCancelled = 'event.cancelled',
  /** A cancelled event got a new date: its former satellites are invited to sign on first. */
  EventNewDate = 'event.new_date',
  /** The stream is over: every confirmed satellite is asked how it went. */
  EventStreamed = 'event.streamed',
  InvoiceReminder = 'invoice.reminder',
  /** An actual amount left a published event with a deficit its principle decision does not cover. */
  FinanceUncoveredDeficit = 'finance.uncovered_deficit',
  /** The admin accepted or declined a proposal for a call: its proposer gets one mail. */
  ProposalDecided = 'proposal.decided',
}

/** Writes a domain event inside the caller's transaction; it commits or rolls back with the change. */
export async function addToOutbox(manager: EntityManager, topic: OutboxTopic, payload: Record<string, unknown>): Promise<void> {
  await manager.query('INSERT INTO outbox_messages (topic, payload) VALUES ($1, $2)', [topic, JSON.stringify(payload)]);
}
