import { formatDutchDate } from '../common/format/dutch-format.js';
import type { InvoiceLine } from './invoice-maths.js';

/** A Stripe payment of the satellite's share that arrived before the invoice was issued. */
export interface OnlineSettlement {
  paymentId: string;
  /** What Stripe charged, VAT included: the invoice's own total, computed by the same rule. */
  grossCents: number;
  paidAt: Date;
  /** Stripe's payment intent, so that finance finds the charge in the dashboard. */
  reference: string | null;
}

/** The facts of a confirmed sign-on that decide who is invoiced for what. */
export interface BillableSignOn {
  eventTitle: string;
  eventStartsAt: Date;
  vatRatePercent: number;
  satellite: { organisationId: string; name: string };
  satelliteShareCents: number;
  /** Set when the satellite paid its share online; its invoice is then issued as paid. */
  satellitePaidOnline: OnlineSettlement | null;
  sponsorOrganisationId: string | null;
  sponsorShareCents: number;
}

export interface Debt {
  buyerOrganisationId: string;
  lines: InvoiceLine[];
  settledOnline: OnlineSettlement | null;
}

/**
 * Who gets an invoice for a sign-on: the satellite for its share, and the sponsoring culture house
 * for its share. Every buyer is a business or a public body, so every share gets an invoice (art.
 * 53 WBTW), also one paid online: that invoice is issued as paid. A free sign-on, or a share of
 * zero, is nobody's debt. Whether the satellite pays online or by transfer is not decided here: a
 * sign-on confirmed without an online payment (Stripe not configured, a share under Stripe's
 * minimum) simply pays by invoice.
 */
export function debtsOf(signOn: BillableSignOn): Debt[] {
  const event = `Livestream ${signOn.eventTitle} (${formatDutchDate(signOn.eventStartsAt)})`;
  const line = (description: string, cents: number): InvoiceLine[] => [
    { description, quantity: 1, unitPriceCents: cents, vatRatePercent: signOn.vatRatePercent },
  ];
  const debts: Debt[] = [];
  if (signOn.satelliteShareCents > 0) {
    const share = signOn.sponsorShareCents > 0 ? ', uw aandeel' : '';
    debts.push({
      buyerOrganisationId: signOn.satellite.organisationId,
      lines: line(`${event}${share}`, signOn.satelliteShareCents),
      settledOnline: signOn.satellitePaidOnline,
    });
  }
  if (signOn.sponsorShareCents > 0 && signOn.sponsorOrganisationId) {
    debts.push({
      buyerOrganisationId: signOn.sponsorOrganisationId,
      lines: line(`${event} voor ${signOn.satellite.name}`, signOn.sponsorShareCents),
      settledOnline: null,
    });
  }
  return debts;
}
