import type { InvoiceLine } from './invoice-maths.js';

/**
 * Everything an invoice or credit note shows, as plain values: the input of both the PDF and
 * the UBL renderers. Totals are not part of it: the renderers compute them from the lines with
 * calculateInvoice, the same function the service stores them with, so a document can never
 * disagree with its own lines.
 */
export interface PostalAddress {
  street: string;
  postalCode: string;
  city: string;
  /** ISO 3166-1 alpha-2, 'BE' for nearly everyone. */
  countryCode: string;
}

export interface DocumentParty {
  name: string;
  /** Ten bare digits (KBO/BCE), as organisations store it. */
  enterpriseNumber: string;
  /** 'BE0203201340'; null for the many public bodies and non-profits that are not VAT-registered. */
  vatNumber: string | null;
  address: PostalAddress;
}

/** Why the 0 % lines of a document are exempt rather than zero-rated (see docs/invoicing.md). */
export interface VatExemption {
  /** CEF VATEX code, e.g. VATEX-EU-132-1N. */
  reasonCode: string;
  reason: string;
}

interface DocumentCommon {
  /** 2026-00042 or CN-2026-00003. */
  number: string;
  /** YYYY-MM-DD in Europe/Brussels. */
  issueDate: string;
  seller: DocumentParty;
  /** The operator's account that invoices are paid into. */
  sellerIban: string;
  buyer: DocumentParty;
  /** The buyer's own order or file reference; Peppol requires one, so the number stands in when absent. */
  buyerReference?: string;
  /** Credited lines are positive on a credit note too: the document kind gives the direction. */
  lines: InvoiceLine[];
  /** Twelve bare digits. */
  structuredCommunication: string;
  /** When set, 0 % lines are VAT category E with this reason; otherwise they are zero-rated (Z). */
  vatExemption?: VatExemption;
}

export interface InvoiceDocumentForInvoice extends DocumentCommon {
  kind: 'invoice';
  dueDate: string;
  /** Paid online (Stripe, card or Bancontact) before issue: the document says paid and asks for nothing. */
  paidOnline?: { paidOn: string };
}

export interface InvoiceDocumentForCreditNote extends DocumentCommon {
  kind: 'credit-note';
  creditedInvoice: { number: string; issueDate: string };
}

export type InvoiceDocument = InvoiceDocumentForInvoice | InvoiceDocumentForCreditNote;
