/**
 * Where an invoice stands. A credit note always credits a whole invoice, so "credited" wins over
 * every payment state; what was paid on a credited invoice is owed back to the buyer.
 */
export enum InvoiceStatus {
  Open = 'open',
  PartiallyPaid = 'partially_paid',
  Paid = 'paid',
  Credited = 'credited',
}

export interface InvoiceBalance {
  grossCents: number;
  paidCents: number;
  credited: boolean;
  /** Received above the total on purpose; owed back. */
  overpaidCents?: number;
  /** Already paid back outside the bank: a settled Stripe refund of the online payment. */
  refundedCents?: number;
}

export function invoiceStatus({ grossCents, paidCents, credited }: InvoiceBalance): InvoiceStatus {
  if (credited) return InvoiceStatus.Credited;
  if (paidCents >= grossCents) return InvoiceStatus.Paid;
  return paidCents > 0 ? InvoiceStatus.PartiallyPaid : InvoiceStatus.Open;
}

/** What the buyer still has to pay; nothing once credited. */
export function openAmountCents(balance: InvoiceBalance): number {
  return balance.credited ? 0 : Math.max(0, balance.grossCents - balance.paidCents);
}

/**
 * Paid on an invoice that was credited afterwards, and any overpayment: finance transfers it back,
 * unless Stripe already refunded the online payment that paid it.
 */
export function refundDueCents(balance: InvoiceBalance): number {
  const paidBack = balance.credited ? Math.max(0, balance.paidCents - (balance.refundedCents ?? 0)) : 0;
  return paidBack + (balance.overpaidCents ?? 0);
}

export type PaymentRefusal = 'credited' | 'already-paid' | 'overpayment';

/**
 * Partial payments are welcome; a payment above the open amount is refused unless finance books
 * the surplus as an overpayment on purpose (to transfer back), so an invoice's paid amount never
 * exceeds its total.
 */
export function refusePayment(balance: InvoiceBalance, amountCents: number, allowOverpayment = false): PaymentRefusal | null {
  if (balance.credited) return 'credited';
  if (allowOverpayment) return null;
  const open = openAmountCents(balance);
  if (open === 0) return 'already-paid';
  return amountCents > open ? 'overpayment' : null;
}

/** The part of a payment above what is open. */
export function overpaymentCents(balance: InvoiceBalance, amountCents: number): number {
  return Math.max(0, amountCents - openAmountCents(balance));
}

/** Open or partly paid after its due date (both YYYY-MM-DD, compared as Brussels calendar dates). */
export function isOverdue(status: InvoiceStatus, dueDate: string, today: string): boolean {
  return (status === InvoiceStatus.Open || status === InvoiceStatus.PartiallyPaid) && dueDate < today;
}
