import { defineProblems } from '../common/errors/problem.js';

export const PaymentProblems = defineProblems({
  onlinePaymentUnavailable: { type: 'online-payment-unavailable', status: 409, title: 'Online betalen niet beschikbaar' },
  notAwaitingPayment: { type: 'not-awaiting-payment', status: 409, title: 'Geen betaling verwacht' },
});
