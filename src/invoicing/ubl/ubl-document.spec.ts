import { XMLParser } from 'fast-xml-parser';
import { creditNoteDocument, invoiceDocument } from '../../../test/support/invoice-documents.js';
import { PEPPOL_BIS_3_CUSTOMIZATION_ID, PEPPOL_BIS_3_PROFILE_ID, renderUbl } from './ubl-document.js';
import { CULTURAL_SERVICES_EXEMPTION } from './vat-category.js';

// Attributes under '@', text under '#text' only when an element has attributes; lists stay lists.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  isArray: (name) => ['cac:InvoiceLine', 'cac:CreditNoteLine', 'cac:TaxSubtotal', 'cac:PartyTaxScheme'].includes(name),
});
const parse = async (xml: Promise<string>) => parser.parse(await xml);
const amount = (value: string) => ({ '#text': value, '@currencyID': 'EUR' });

describe('Peppol BIS 3.0 UBL', () => {
  describe('factuur', () => {
    it('is een UBL-Invoice met de Peppol-identificaties, type 380 en de datums', async () => {
      const { Invoice: invoice } = await parse(renderUbl(invoiceDocument()));
      expect(invoice['@xmlns']).toBe('urn:oasis:names:specification:ubl:schema:xsd:Invoice-2');
      expect(invoice['cbc:CustomizationID']).toBe(PEPPOL_BIS_3_CUSTOMIZATION_ID);
      expect(invoice['cbc:ProfileID']).toBe(PEPPOL_BIS_3_PROFILE_ID);
      expect(invoice['cbc:ID']).toBe('2026-00042');
      expect(invoice['cbc:IssueDate']).toBe('2026-01-15');
      expect(invoice['cbc:DueDate']).toBe('2026-02-14');
      expect(invoice['cbc:InvoiceTypeCode']).toBe('380');
      expect(invoice['cbc:DocumentCurrencyCode']).toBe('EUR');
      expect(invoice['cbc:BuyerReference']).toBe('2026-00042');
    });

    it('identificeert verkoper en koper met hun ondernemingsnummer onder schema 0208', async () => {
      const { Invoice: invoice } = await parse(renderUbl(invoiceDocument()));
      const seller = invoice['cac:AccountingSupplierParty']['cac:Party'];
      const buyer = invoice['cac:AccountingCustomerParty']['cac:Party'];
      expect(seller['cbc:EndpointID']).toEqual({ '#text': '0203201340', '@schemeID': '0208' });
      expect(seller['cac:PartyLegalEntity']['cbc:CompanyID']).toEqual({ '#text': '0203201340', '@schemeID': '0208' });
      expect(seller['cac:PartyLegalEntity']['cbc:RegistrationName']).toBe('Satelliet vzw');
      expect(seller['cac:PartyTaxScheme']).toEqual([{ 'cbc:CompanyID': 'BE0203201340', 'cac:TaxScheme': { 'cbc:ID': 'VAT' } }]);
      expect(seller['cac:PostalAddress']).toMatchObject({
        'cbc:CityName': 'Brussel',
        'cac:Country': { 'cbc:IdentificationCode': 'BE' },
      });
      expect(buyer['cbc:EndpointID']).toEqual({ '#text': '0123456749', '@schemeID': '0208' });
      expect(buyer['cac:PartyLegalEntity']['cbc:CompanyID']).toEqual({ '#text': '0123456749', '@schemeID': '0208' });
    });

    it('geeft de koper alleen een PartyTaxScheme als die een btw-nummer heeft', async () => {
      const without = await parse(renderUbl(invoiceDocument()));
      expect(without.Invoice['cac:AccountingCustomerParty']['cac:Party']['cac:PartyTaxScheme']).toBeUndefined();
      const registered = invoiceDocument({ buyer: { ...invoiceDocument().buyer, vatNumber: 'BE0123456749' } });
      const withVat = await parse(renderUbl(registered));
      expect(withVat.Invoice['cac:AccountingCustomerParty']['cac:Party']['cac:PartyTaxScheme']).toEqual([
        { 'cbc:CompanyID': 'BE0123456749', 'cac:TaxScheme': { 'cbc:ID': 'VAT' } },
      ]);
    });

    it('vraagt overschrijving (30) met de gestructureerde mededeling en het IBAN van de organisator', async () => {
      const { Invoice: invoice } = await parse(renderUbl(invoiceDocument()));
      expect(invoice['cac:PaymentMeans']).toEqual({
        'cbc:PaymentMeansCode': '30',
        'cbc:PaymentID': '202610004229',
        'cac:PayeeFinancialAccount': { 'cbc:ID': 'BE68539007547034' },
      });
    });

    it('een online betaalde factuur is volledig vooruitbetaald: niets te betalen, betaald met bankkaart (48)', async () => {
      const { Invoice: invoice } = await parse(renderUbl(invoiceDocument({ paidOnline: { paidOn: '2026-01-15' } })));
      expect(invoice['cac:PaymentMeans']).toEqual({ 'cbc:PaymentMeansCode': '48', 'cbc:PaymentID': '202610004229' });
      expect(invoice['cac:LegalMonetaryTotal']).toEqual({
        'cbc:LineExtensionAmount': amount('925.00'),
        'cbc:TaxExclusiveAmount': amount('925.00'),
        'cbc:TaxInclusiveAmount': amount('1115.50'),
        'cbc:PrepaidAmount': amount('1115.50'),
        'cbc:PayableAmount': amount('0.00'),
      });
      expect(invoice['cac:TaxTotal']['cbc:TaxAmount']).toEqual(amount('190.50'));
    });

    it('geeft een btw-subtotaal per tarief in categorie S, en totalen die kloppen met de lijnen', async () => {
      const { Invoice: invoice } = await parse(renderUbl(invoiceDocument()));
      // 2 × 450,00 at 21 % and 1 × 25,00 at 6 %: VAT 189,00 + 1,50.
      expect(invoice['cac:TaxTotal']['cbc:TaxAmount']).toEqual(amount('190.50'));
      expect(invoice['cac:TaxTotal']['cac:TaxSubtotal']).toEqual([
        {
          'cbc:TaxableAmount': amount('900.00'),
          'cbc:TaxAmount': amount('189.00'),
          'cac:TaxCategory': { 'cbc:ID': 'S', 'cbc:Percent': '21', 'cac:TaxScheme': { 'cbc:ID': 'VAT' } },
        },
        {
          'cbc:TaxableAmount': amount('25.00'),
          'cbc:TaxAmount': amount('1.50'),
          'cac:TaxCategory': { 'cbc:ID': 'S', 'cbc:Percent': '6', 'cac:TaxScheme': { 'cbc:ID': 'VAT' } },
        },
      ]);
      expect(invoice['cac:LegalMonetaryTotal']).toEqual({
        'cbc:LineExtensionAmount': amount('925.00'),
        'cbc:TaxExclusiveAmount': amount('925.00'),
        'cbc:TaxInclusiveAmount': amount('1115.50'),
        'cbc:PayableAmount': amount('1115.50'),
      });
    });

    it('schrijft elke lijn met aantal, netto, prijs en btw-categorie', async () => {
      const { Invoice: invoice } = await parse(renderUbl(invoiceDocument()));
      expect(invoice['cac:InvoiceLine'][0]).toEqual({
        'cbc:ID': '1',
        'cbc:InvoicedQuantity': { '#text': '2', '@unitCode': 'C62' },
        'cbc:LineExtensionAmount': amount('900.00'),
        'cac:Item': {
          'cbc:Name': 'Livestream Chique Dingues (31/01/2026)',
          'cac:ClassifiedTaxCategory': { 'cbc:ID': 'S', 'cbc:Percent': '21', 'cac:TaxScheme': { 'cbc:ID': 'VAT' } },
        },
        'cac:Price': { 'cbc:PriceAmount': amount('450.00') },
      });
      expect(invoice['cac:InvoiceLine']).toHaveLength(2);
    });

    it('zet 0 %-lijnen in categorie Z, of in E met vrijstellingsreden wanneer de organisator vrijgesteld is', async () => {
      const lines = [{ description: 'Livestream', quantity: 1, unitPriceCents: 30_000, vatRatePercent: 0 }];
      const zero = await parse(renderUbl(invoiceDocument({ lines })));
      expect(zero.Invoice['cac:TaxTotal']['cac:TaxSubtotal'][0]['cac:TaxCategory']).toEqual({
        'cbc:ID': 'Z',
        'cbc:Percent': '0',
        'cac:TaxScheme': { 'cbc:ID': 'VAT' },
      });
      const exempt = await parse(renderUbl(invoiceDocument({ lines, vatExemption: CULTURAL_SERVICES_EXEMPTION })));
      const expected = {
        'cbc:ID': 'E',
        'cbc:Percent': '0',
        'cbc:TaxExemptionReasonCode': 'VATEX-EU-132-1N',
        'cbc:TaxExemptionReason': CULTURAL_SERVICES_EXEMPTION.reason,
        'cac:TaxScheme': { 'cbc:ID': 'VAT' },
      };
      expect(exempt.Invoice['cac:TaxTotal']['cac:TaxSubtotal'][0]['cac:TaxCategory']).toEqual(expected);
      expect(exempt.Invoice['cac:InvoiceLine'][0]['cac:Item']['cac:ClassifiedTaxCategory']).toEqual({
        'cbc:ID': 'E',
        'cbc:Percent': '0',
        'cac:TaxScheme': { 'cbc:ID': 'VAT' },
      });
      expect(exempt.Invoice['cac:TaxTotal']['cbc:TaxAmount']).toEqual(amount('0.00'));
    });

    it('neemt een eigen referentie van de koper over', async () => {
      const { Invoice: invoice } = await parse(renderUbl(invoiceDocument({ buyerReference: 'BESTELBON 77' })));
      expect(invoice['cbc:BuyerReference']).toBe('BESTELBON 77');
    });

    it('weigert een document zonder lijnen of een verkoper zonder btw-nummer', async () => {
      await expect(renderUbl(invoiceDocument({ lines: [] }))).rejects.toThrow(RangeError);
      await expect(renderUbl(invoiceDocument({ seller: { ...invoiceDocument().seller, vatNumber: null } }))).rejects.toThrow(
        RangeError,
      );
    });
  });

  describe('creditnota', () => {
    it('is een UBL-CreditNote type 381 die naar haar factuur verwijst, zonder vervaldag', async () => {
      const { CreditNote: note } = await parse(renderUbl(creditNoteDocument()));
      expect(note['@xmlns']).toBe('urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2');
      expect(note['cbc:CustomizationID']).toBe(PEPPOL_BIS_3_CUSTOMIZATION_ID);
      expect(note['cbc:ProfileID']).toBe(PEPPOL_BIS_3_PROFILE_ID);
      expect(note['cbc:ID']).toBe('CN-2026-00003');
      expect(note['cbc:CreditNoteTypeCode']).toBe('381');
      expect(note['cbc:DueDate']).toBeUndefined();
      expect(note['cac:BillingReference']).toEqual({
        'cac:InvoiceDocumentReference': { 'cbc:ID': '2026-00042', 'cbc:IssueDate': '2026-01-15' },
      });
    });

    it('crediteert dezelfde bedragen als de factuur, positief, op CreditNoteLines', async () => {
      const { CreditNote: note } = await parse(renderUbl(creditNoteDocument()));
      expect(note['cac:LegalMonetaryTotal']['cbc:PayableAmount']).toEqual(amount('1115.50'));
      expect(note['cac:CreditNoteLine'][0]['cbc:CreditedQuantity']).toEqual({ '#text': '2', '@unitCode': 'C62' });
      expect(note['cac:InvoiceLine']).toBeUndefined();
      expect(note['cac:AccountingSupplierParty']['cac:Party']['cbc:EndpointID']).toEqual({
        '#text': '0203201340',
        '@schemeID': '0208',
      });
    });
  });
});
