import { defineProblems } from '../../common/errors/problem.js';

export const StripeProblems = defineProblems({
  badSignature: { type: 'stripe-bad-signature', status: 400, title: 'Ongeldige Stripe-melding' },
  amountTooSmall: { type: 'payment-amount-too-small', status: 422, title: 'Bedrag te klein voor online betalen' },
  // Stripe answered, but refused: a bug or a misconfiguration on our side, not worth retrying.
  providerRejected: { type: 'payment-provider-rejected', status: 502, title: 'Betaaldienst weigerde' },
  // Stripe could not be reached or was busy: the same request may succeed later.
  providerUnavailable: { type: 'payment-provider-unavailable', status: 503, title: 'Betaaldienst niet bereikbaar' },
});
