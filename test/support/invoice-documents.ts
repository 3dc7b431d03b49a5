import type {
  DocumentParty,
  InvoiceDocumentForCreditNote,
  InvoiceDocumentForInvoice,
} from '../../src/invoicing/invoice-document.js';

/** Fixtures for the renderer tests: the operator invoicing a care centre for a livestream. */
export function operatorParty(overrides: Partial<DocumentParty> = {}): DocumentParty {
  return {
    name: 'Satelliet vzw',
    enterpriseNumber: '0203201340',
    vatNumber: 'BE0203201340',
    address: { street: 'Kunstberg 1', postalCode: '1000', city: 'Brussel', countryCode: 'BE' },
    ...overrides,
  };
}

export function careCentreParty(overrides: Partial<DocumentParty> = {}): DocumentParty {
  return {
    name: 'WZC De Linde',
    enterpriseNumber: '0123456749',
    vatNumber: null,
    address: { street: 'Lindelaan 5', postalCode: '8900', city: 'Ieper', countryCode: 'BE' },
    ...overrides,
  };
}

export function invoiceDocument(overrides: Partial<InvoiceDocumentForInvoice> = {}): InvoiceDocumentForInvoice {
  return {
    kind: 'invoice',
    number: '2026-00042',
    issueDate: '2026-01-15',
    dueDate: '2026-02-14',
    seller: operatorParty(),
    sellerIban: 'BE68 5390 0754 7034',
    buyer: careCentreParty(),
    lines: [
      { description: 'Livestream Chique Dingues (31/01/2026)', quantity: 2, unitPriceCents: 45_000, vatRatePercent: 21 },
      { description: 'Affiches en programmaboekjes', quantity: 1, unitPriceCents: 2_500, vatRatePercent: 6 },
    ],
    structuredCommunication: '202610004229',
    ...overrides,
  };
}

export function creditNoteDocument(overrides: Partial<InvoiceDocumentForCreditNote> = {}): InvoiceDocumentForCreditNote {
  const { lines, seller, sellerIban, buyer } = invoiceDocument();
  return {
    kind: 'credit-note',
    number: 'CN-2026-00003',
    issueDate: '2026-01-20',
    seller,
    sellerIban,
    buyer,
    lines,
    structuredCommunication: '202620000380',
    creditedInvoice: { number: '2026-00042', issueDate: '2026-01-15' },
    ...overrides,
  };
}
