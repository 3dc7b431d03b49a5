import { defineProblems } from '../common/errors/problem.js';

export const InvoicingProblems = defineProblems({
  invoiceNotFound: { type: 'invoice-not-found', status: 404, title: 'Factuur niet gevonden' },
  creditNoteNotFound: { type: 'credit-note-not-found', status: 404, title: 'Creditnota niet gevonden' },
  paymentRefused: { type: 'payment-refused', status: 409, title: 'Betaling niet geboekt' },
  bankReferenceUsed: { type: 'bank-reference-used', status: 409, title: 'Bankverrichting al geboekt' },
  operatorIncomplete: { type: 'operator-details-missing', status: 409, title: 'Gegevens van de operator ontbreken' },
  reminderRefused: { type: 'reminder-refused', status: 409, title: 'Geen herinnering nodig' },
});
