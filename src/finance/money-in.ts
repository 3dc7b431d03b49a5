import { divideRoundingHalfAwayFromZero } from '../invoicing/invoice-maths.js';

/**
 * Money in, beside the break-even result: what was billed, what actually arrived and what is still
 * to come. Every sign-on's money is a set of documents (see FinanceRepository.returnedMoney): its
 * invoices, each with at most one credit note, and its online payments.
 */
export type MoneyDocument = InvoiceFacts | OnlinePaymentFacts;

export interface InvoiceFacts {
  kind: 'invoice';
  netCents: number;
  grossCents: number;
  /** Bank transfers registered on it, and the online payment that paid it before issue, VAT included. */
  paidGrossCents: number;
  /** Of that, what Stripe already paid back (the online payment was refunded). */
  refundedGrossCents?: number;
  /** A credit note always credits the whole invoice. */
  credited: boolean;
  /** YYYY-MM-DD. */
  dueDate: string;
}

export interface OnlinePaymentFacts {
  kind: 'online';
  netCents: number;
  grossCents: number;
  /** Only charged payments are money documents; open, failed and expired tries never were. */
  status: 'paid' | 'refund_pending' | 'refunded';
}

export interface MoneyIn {
  /** Excluding VAT, like the break-even figures: billed and not credited, plus online payments kept. */
  invoicedCents: number;
  /** Excluding VAT: the part of `invoicedCents` that arrived on the bank or through Stripe. */
  paidCents: number;
  /** Excluding VAT: `invoicedCents - paidCents`, still to come. */
  openCents: number;
  /** Excluding VAT: the part of `openCents` past its due date. */
  overdueCents: number;
  /** Excluding VAT: billed and then credited, so no revenue. */
  creditedCents: number;
  /** VAT included, as on the bank statement: what arrived. */
  paidGrossCents: number;
  /** VAT included: what the buyers still have to transfer. */
  openGrossCents: number;
  /** VAT included: received but owed back (paid on a credited invoice, a paid surplus, a refund not yet made). */
  refundDueGrossCents: number;
}

export const NO_MONEY_IN: MoneyIn = {
  invoicedCents: 0,
  paidCents: 0,
  openCents: 0,
  overdueCents: 0,
  creditedCents: 0,
  paidGrossCents: 0,
  openGrossCents: 0,
  refundDueGrossCents: 0,
};

/**
 * The net share of a payment that includes VAT, rounded half away from zero. A full payment gives
 * exactly the net amount; a partial one its proportional part, so paid + open = invoiced per invoice.
 */
export function netPartOf(paidGrossCents: number, netCents: number, grossCents: number): number {
  if (grossCents <= 0) return 0;
  return divideRoundingHalfAwayFromZero(Math.min(paidGrossCents, grossCents) * netCents, grossCents);
}

function documentMoneyIn(document: MoneyDocument, today: string): MoneyIn {
  if (document.kind === 'online') {
    if (document.status === 'paid') {
      return {
        ...NO_MONEY_IN,
        invoicedCents: document.netCents,
        paidCents: document.netCents,
        paidGrossCents: document.grossCents,
      };
    }
    // Refunded money is gone; a refund on its way is still on our account, but not ours.
    return { ...NO_MONEY_IN, refundDueGrossCents: document.status === 'refund_pending' ? document.grossCents : 0 };
  }
  if (document.credited) {
    const stillOwed = Math.max(0, document.paidGrossCents - (document.refundedGrossCents ?? 0));
    return { ...NO_MONEY_IN, creditedCents: document.netCents, refundDueGrossCents: stillOwed };
  }
  const paidGross = Math.min(document.paidGrossCents, document.grossCents);
  const paid = netPartOf(paidGross, document.netCents, document.grossCents);
  const open = document.netCents - paid;
  return {
    ...NO_MONEY_IN,
    invoicedCents: document.netCents,
    paidCents: paid,
    openCents: open,
    overdueCents: document.dueDate < today ? open : 0,
    paidGrossCents: paidGross,
    openGrossCents: document.grossCents - paidGross,
    refundDueGrossCents: document.paidGrossCents - paidGross,
  };
}

/** Sums field by field; the sum of money-in figures is again a money-in figure. */
export function addMoneyIn(a: MoneyIn, b: MoneyIn): MoneyIn {
  const sum = { ...NO_MONEY_IN };
  for (const key of Object.keys(NO_MONEY_IN) as (keyof MoneyIn)[]) sum[key] = a[key] + b[key];
  return sum;
}

/** `today` is the Brussels calendar date (YYYY-MM-DD) that decides what is overdue. */
export function moneyIn(documents: readonly MoneyDocument[], today: string): MoneyIn {
  return documents.map((document) => documentMoneyIn(document, today)).reduce(addMoneyIn, NO_MONEY_IN);
}
