import { isUUID } from 'class-validator';
import type { OutboxEnvelope, OutboxHandler } from '../common/outbox/outbox-relay.js';
import { OutboxTopic } from '../common/outbox/outbox.js';
import type { InvoiceIssuingService } from './invoice-issuing.service.js';

/**
 * The id a message is about, or undefined for a message that names none: the relay rolls back
 * every consumer of a message when one fails, so a malformed message must not fail here.
 */
function idIn(message: OutboxEnvelope, field: 'subscriptionId' | 'eventId'): string | undefined {
  const id = message.payload[field];
  return typeof id === 'string' && isUUID(id) ? id : undefined;
}

/** A confirmed or promoted sign-on is invoiced; the status is read again under lock, so late messages do no harm. */
export function invoiceOnConfirmation(issuing: InvoiceIssuingService): OutboxHandler {
  return {
    name: 'invoicing.issue',
    topics: [OutboxTopic.SubscriptionConfirmed, OutboxTopic.SubscriptionPromoted],
    async handle(manager, message) {
      const subscriptionId = idIn(message, 'subscriptionId');
      if (subscriptionId) await issuing.issueForSignOn(manager, subscriptionId);
    },
  };
}

/** A cancelled sign-on or event gets a credit note for every invoice it had. */
export function creditOnCancellation(issuing: InvoiceIssuingService): OutboxHandler {
  return {
    name: 'invoicing.credit',
    topics: [OutboxTopic.SubscriptionCancelled, OutboxTopic.EventCancelled],
    async handle(manager, message) {
      if (message.topic === OutboxTopic.EventCancelled) {
        const eventId = idIn(message, 'eventId');
        if (eventId) await issuing.creditEvent(manager, eventId, 'Voorstelling afgelast');
      } else {
        const subscriptionId = idIn(message, 'subscriptionId');
        if (subscriptionId) await issuing.creditSignOn(manager, subscriptionId, 'Intekening geannuleerd');
      }
    },
  };
}
