import type { OutboxHandler } from '../common/outbox/outbox-relay.js';
import { OutboxTopic } from '../common/outbox/outbox.js';
import type { InvoiceIssuingService } from './invoice-issuing.service.js';

/** A confirmed or promoted sign-on is invoiced; the status is read again under lock, so late messages do no harm. */
export function invoiceOnConfirmation(issuing: InvoiceIssuingService): OutboxHandler {
  return {
    name: 'invoicing.issue',
    topics: [OutboxTopic.SubscriptionConfirmed, OutboxTopic.SubscriptionPromoted],
    async handle(manager, message) {
      await issuing.issueForSignOn(manager, String(message.payload.subscriptionId));
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
        await issuing.creditEvent(manager, String(message.payload.eventId), 'Voorstelling afgelast');
      } else {
        await issuing.creditSignOn(manager, String(message.payload.subscriptionId), 'Intekening geannuleerd');
      }
    },
  };
}
