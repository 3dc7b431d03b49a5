import type { Invoice } from '@e-invoice-eu/core';
import type { DocumentParty, InvoiceDocument, InvoiceDocumentForInvoice } from '../invoice-document.js';
import { calculateInvoice } from '../invoice-maths.js';
import { decimalAmount } from '../money.js';
import { vatCategory } from './vat-category.js';

// The library exports only the root type; its parts are reached through it.
type UblInvoice = Invoice['ubl:Invoice'];
type UblLine = UblInvoice['cac:InvoiceLine'][number];
type UblSeller = UblInvoice['cac:AccountingSupplierParty']['cac:Party'];
type UblBuyer = UblInvoice['cac:AccountingCustomerParty']['cac:Party'];
type UblLineTaxCategory = UblLine['cac:Item']['cac:ClassifiedTaxCategory'];
type UblSubtotalTaxCategory = NonNullable<UblInvoice['cac:TaxTotal'][0]['cac:TaxSubtotal']>[number]['cac:TaxCategory'];

export const PEPPOL_BIS_3_CUSTOMIZATION_ID = 'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0';
export const PEPPOL_BIS_3_PROFILE_ID = 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0';
/** ISO 6523 ICD of the Belgian enterprise number, used for Peppol endpoints and legal ids. */
export const BELGIAN_ENTERPRISE_NUMBER_SCHEME = '0208';
const COMMERCIAL_INVOICE = '380';
const CREDIT_NOTE = '381';
const CREDIT_TRANSFER = '30';
/** UNCL4461 "bank card": Bancontact and the cards Stripe Checkout takes. */
const BANK_CARD = '48';
/** UN/ECE rec 20 "one": a screen, a sign-on. */
const UNIT_CODE = 'C62';

const eur = (cents: number) => decimalAmount(cents);

function buyerParty(p: DocumentParty): UblBuyer {
  return {
    'cbc:EndpointID': p.enterpriseNumber,
    'cbc:EndpointID@schemeID': BELGIAN_ENTERPRISE_NUMBER_SCHEME,
    'cac:PartyName': { 'cbc:Name': p.name },
    'cac:PostalAddress': {
      'cbc:StreetName': p.address.street,
      'cbc:CityName': p.address.city,
      'cbc:PostalZone': p.address.postalCode,
      'cac:Country': {
        'cbc:IdentificationCode': p.address.countryCode as UblBuyer['cac:PostalAddress']['cac:Country']['cbc:IdentificationCode'],
      },
    },
    ...(p.vatNumber ? { 'cac:PartyTaxScheme': { 'cbc:CompanyID': p.vatNumber, 'cac:TaxScheme': { 'cbc:ID': 'VAT' } } } : {}),
    'cac:PartyLegalEntity': {
      'cbc:RegistrationName': p.name,
      'cbc:CompanyID': p.enterpriseNumber,
      'cbc:CompanyID@schemeID': BELGIAN_ENTERPRISE_NUMBER_SCHEME,
    },
  };
}

/**
 * The same party data; the library's schema only types it apart (the seller's PartyTaxScheme is
 * a list, the code lists are declared twice), hence the cast.
 */
function sellerParty(p: DocumentParty): UblSeller {
  const { 'cac:PartyTaxScheme': taxScheme, ...rest } = buyerParty(p);
  return { ...rest, ...(taxScheme ? { 'cac:PartyTaxScheme': [taxScheme] } : {}) } as UblSeller;
}

function lineTaxCategory(vatRatePercent: number, document: InvoiceDocument): UblLineTaxCategory {
  const category = vatCategory(vatRatePercent, document.vatExemption);
  return { 'cbc:ID': category.id, 'cbc:Percent': String(category.percent), 'cac:TaxScheme': { 'cbc:ID': 'VAT' } };
}

/** The exemption reason belongs on the VAT breakdown only (BR-E-10); lines carry the bare category. */
function subtotalTaxCategory(vatRatePercent: number, document: InvoiceDocument): UblSubtotalTaxCategory {
  const category = vatCategory(vatRatePercent, document.vatExemption);
  return {
    'cbc:ID': category.id,
    'cbc:Percent': String(category.percent),
    ...(category.id === 'E'
      ? { 'cbc:TaxExemptionReasonCode': category.reasonCode, 'cbc:TaxExemptionReason': category.reason }
      : {}),
    'cac:TaxScheme': { 'cbc:ID': 'VAT' },
  };
}

type UblPaymentMeans = NonNullable<UblInvoice['cac:PaymentMeans']>[number];

/** Where to transfer the money, or, for an invoice paid online, how it was paid (no account: BR-50 is for transfers). */
function paymentMeans(document: InvoiceDocumentForInvoice): UblPaymentMeans {
  if (document.paidOnline) {
    return { 'cbc:PaymentMeansCode': BANK_CARD, 'cbc:PaymentID': document.structuredCommunication };
  }
  return {
    'cbc:PaymentMeansCode': CREDIT_TRANSFER,
    'cbc:PaymentID': document.structuredCommunication,
    'cac:PayeeFinancialAccount': { 'cbc:ID': document.sellerIban.replace(/\s/g, '').toUpperCase() },
  };
}

/** The library's JSON form of the document; exported so that tests can see what goes in. */
export function ublInvoiceJson(document: InvoiceDocument): Invoice {
  const { lines, totals } = calculateInvoice(document.lines);
  if (lines.length === 0) throw new RangeError('a document needs at least one line');
  // BR-S-02, BR-Z-02 and BR-E-02: every category we use needs the seller's VAT identifier.
  if (!document.seller.vatNumber) throw new RangeError('the seller needs a VAT number on a Peppol invoice');

  // Paid online before issue (BT-113): the whole total is prepaid, nothing is left to pay.
  const prepaidCents = document.kind === 'invoice' && document.paidOnline ? totals.grossCents : 0;
  const [firstLine, ...otherLines] = lines.map((line, index): UblLine => ({
    'cbc:ID': String(index + 1),
    'cbc:InvoicedQuantity': String(line.quantity),
    'cbc:InvoicedQuantity@unitCode': UNIT_CODE,
    'cbc:LineExtensionAmount': eur(line.netCents),
    'cbc:LineExtensionAmount@currencyID': 'EUR' as const,
    'cac:Item': {
      'cbc:Name': line.description,
      'cac:ClassifiedTaxCategory': lineTaxCategory(line.vatRatePercent, document),
    },
    'cac:Price': { 'cbc:PriceAmount': eur(line.unitPriceCents), 'cbc:PriceAmount@currencyID': 'EUR' as const },
  }));

  const invoice: UblInvoice = {
    'cbc:CustomizationID': PEPPOL_BIS_3_CUSTOMIZATION_ID,
    'cbc:ProfileID': PEPPOL_BIS_3_PROFILE_ID,
    'cbc:ID': document.number,
    'cbc:IssueDate': document.issueDate,
    ...(document.kind === 'invoice' ? { 'cbc:DueDate': document.dueDate } : {}),
    'cbc:InvoiceTypeCode': document.kind === 'invoice' ? COMMERCIAL_INVOICE : CREDIT_NOTE,
    'cbc:DocumentCurrencyCode': 'EUR',
    'cbc:BuyerReference': document.buyerReference ?? document.number,
    ...(document.kind === 'credit-note'
      ? {
          'cac:BillingReference': [
            {
              'cac:InvoiceDocumentReference': {
                'cbc:ID': document.creditedInvoice.number,
                'cbc:IssueDate': document.creditedInvoice.issueDate,
              },
            },
          ],
        }
      : {}),
    'cac:AccountingSupplierParty': { 'cac:Party': sellerParty(document.seller) },
    'cac:AccountingCustomerParty': { 'cac:Party': buyerParty(document.buyer) },
    // A refund goes to the buyer's account, which we need not know: only invoices say where to pay.
    ...(document.kind === 'invoice' ? { 'cac:PaymentMeans': [paymentMeans(document)] } : {}),
    'cac:TaxTotal': [
      {
        'cbc:TaxAmount': eur(totals.vatCents),
        'cbc:TaxAmount@currencyID': 'EUR',
        'cac:TaxSubtotal': totals.vatSubtotals.map((subtotal) => ({
          'cbc:TaxableAmount': eur(subtotal.taxableCents),
          'cbc:TaxableAmount@currencyID': 'EUR' as const,
          'cbc:TaxAmount': eur(subtotal.vatCents),
          'cbc:TaxAmount@currencyID': 'EUR' as const,
          'cac:TaxCategory': subtotalTaxCategory(subtotal.vatRatePercent, document),
        })),
      },
    ],
    'cac:LegalMonetaryTotal': {
      'cbc:LineExtensionAmount': eur(totals.netCents),
      'cbc:LineExtensionAmount@currencyID': 'EUR',
      'cbc:TaxExclusiveAmount': eur(totals.netCents),
      'cbc:TaxExclusiveAmount@currencyID': 'EUR',
      'cbc:TaxInclusiveAmount': eur(totals.grossCents),
      'cbc:TaxInclusiveAmount@currencyID': 'EUR',
      ...(prepaidCents > 0 ? { 'cbc:PrepaidAmount': eur(prepaidCents), 'cbc:PrepaidAmount@currencyID': 'EUR' as const } : {}),
      'cbc:PayableAmount': eur(totals.grossCents - prepaidCents),
      'cbc:PayableAmount@currencyID': 'EUR',
    },
    'cac:InvoiceLine': [firstLine, ...otherLines],
  };
  return { 'ubl:Invoice': invoice };
}

const silentLogger = { log: () => undefined, warn: () => undefined, error: () => undefined };

/**
 * Peppol BIS Billing 3.0 UBL 2.1: an Invoice, or a CreditNote for kind 'credit-note' (the
 * library turns type code 381 into a CreditNote document and drops the DueDate it does not have).
 * The library checks the input against its EN 16931 JSON schema and rejects what does not fit.
 */
export async function renderUbl(document: InvoiceDocument): Promise<string> {
  // Loaded on the first e-invoice, not at start: the library and its schemas take about 1 s of CPU to load.
  const { InvoiceService } = await import('@e-invoice-eu/core');
  const xml = await new InvoiceService(silentLogger).generate(ublInvoiceJson(document), {
    format: 'UBL',
    lang: 'en-us',
    noWarnings: true,
  });
  if (typeof xml !== 'string') throw new TypeError('UBL output is expected as text');
  return xml;
}
