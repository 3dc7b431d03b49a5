import { CULTURAL_SERVICES_EXEMPTION } from '../ubl/vat-category.js';
import { creditNoteDocument, invoiceDocument } from '../../../test/support/invoice-documents.js';
import { pdfText } from '../../../test/support/pdf-text.js';
import { renderInvoicePdf } from './invoice-pdf.js';

describe('factuur en creditnota als PDF', () => {
  it('rendert een factuur met nummer, totaal, mededeling en betaalinstructies in het Nederlands', async () => {
    const pdf = await renderInvoicePdf(invoiceDocument());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(pdf);
    expect(text).toContain('Factuur 2026-00042');
    expect(text).toContain('Factuurdatum: 15/01/2026');
    expect(text).toContain('Vervaldatum: 14/02/2026');
    expect(text).toContain('€ 1.115,50');
    expect(text).toContain('+++202/6100/04229+++');
    expect(text).toContain('BE68 5390 0754 7034');
  });

  it('zegt bij een online betaalde factuur dat ze betaald is en vraagt geen overschrijving', async () => {
    const text = await pdfText(await renderInvoicePdf(invoiceDocument({ paidOnline: { paidOn: '2026-01-15' } })));
    expect(text).toContain('Online betaald op 15/01/2026');
    expect(text).toContain('online betaald (Bancontact of kaart)');
    expect(text).toContain('€ 0,00');
    expect(text).not.toContain('Gelieve');
  });

  it('toont verkoper en koper met hun geformatteerde ondernemingsnummer', async () => {
    const text = await pdfText(await renderInvoicePdf(invoiceDocument()));
    expect(text).toContain('Satelliet vzw');
    expect(text).toContain('Ondernemingsnummer 0203.201.340');
    expect(text).toContain('Btw-nummer BE 0203.201.340');
    expect(text).toContain('WZC De Linde');
    expect(text).toContain('Ondernemingsnummer 0123.456.749');
    expect(text).toContain('Niet btw-plichtig');
  });

  it('toont de lijnen en de btw per tarief', async () => {
    const text = await pdfText(await renderInvoicePdf(invoiceDocument()));
    expect(text).toContain('Livestream Chique Dingues (31/01/2026)');
    expect(text).toContain('€ 450,00');
    expect(text).toContain('Btw 21 % op € 900,00');
    expect(text).toContain('€ 189,00');
    expect(text).toContain('Btw 6 % op € 25,00');
    expect(text).toContain('€ 1,50');
  });

  it('vermeldt de vrijstellingsreden wanneer lijnen vrijgesteld zijn', async () => {
    const lines = [{ description: 'Livestream', quantity: 1, unitPriceCents: 30_000, vatRatePercent: 0 }];
    const text = await pdfText(await renderInvoicePdf(invoiceDocument({ lines, vatExemption: CULTURAL_SERVICES_EXEMPTION })));
    expect(text).toContain('Vrijgesteld van btw');
    expect(text).toContain('€ 300,00');
  });

  it('rendert een creditnota die naar haar factuur verwijst', async () => {
    const text = await pdfText(await renderInvoicePdf(creditNoteDocument()));
    expect(text).toContain('Creditnota CN-2026-00003');
    expect(text).toContain('Crediteert factuur 2026-00042 van 15/01/2026');
    expect(text).toContain('€ 1.115,50');
    expect(text).toContain('+++202/6200/00380+++');
    expect(text).not.toContain('Vervaldatum');
  });

  it('loopt over meerdere pagina’s bij veel lijnen', async () => {
    const lines = Array.from({ length: 80 }, (_, i) => ({
      description: `Livestream ${i + 1}`,
      quantity: 1,
      unitPriceCents: 10_000,
      vatRatePercent: 21,
    }));
    const text = await pdfText(await renderInvoicePdf(invoiceDocument({ lines })));
    expect(text).toContain('Livestream 80');
    expect(text).toContain('€ 9.680,00');
  });
});
