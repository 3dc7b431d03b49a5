import { formatDutchDate } from '../common/format/dutch-format.js';
import type { InvoiceLine } from './invoice-maths.js';

/** The facts of a confirmed sign-on that decide who is invoiced for what. */
export interface BillableSignOn {
  eventTitle: string;
  eventStartsAt: Date;
  vatRatePercent: number;
  satellite: { organisationId: string; name: string; paysByInvoice: boolean };
  satelliteShareCents: number;
  sponsorOrganisationId: string | null;
  sponsorShareCents: number;
}

export interface Debt {
  buyerOrganisationId: string;
  lines: InvoiceLine[];
}

/**
 * Who gets an invoice for a sign-on: the satellite for its share when it pays by invoice (an
 * online payer settles through Stripe instead), and the sponsoring culture house for its share,
 * always by invoice. A free sign-on, or a share of zero, is nobody's debt.
 */
export function debtsOf(signOn: BillableSignOn): Debt[] {
  const event = `Livestream ${signOn.eventTitle} (${formatDutchDate(signOn.eventStartsAt)})`;
  const line = (description: string, cents: number): InvoiceLine[] => [
    { description, quantity: 1, unitPriceCents: cents, vatRatePercent: signOn.vatRatePercent },
  ];
  const debts: Debt[] = [];
  if (signOn.satelliteShareCents > 0 && signOn.satellite.paysByInvoice) {
    const share = signOn.sponsorShareCents > 0 ? ', uw aandeel' : '';
    debts.push({
      buyerOrganisationId: signOn.satellite.organisationId,
      lines: line(`${event}${share}`, signOn.satelliteShareCents),
    });
  }
  if (signOn.sponsorShareCents > 0 && signOn.sponsorOrganisationId) {
    debts.push({
      buyerOrganisationId: signOn.sponsorOrganisationId,
      lines: line(`${event} voor ${signOn.satellite.name}`, signOn.sponsorShareCents),
    });
  }
  return debts;
}
