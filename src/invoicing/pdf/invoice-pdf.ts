import { BOLD, LEFT, REGULAR, RIGHT, renderA4Pdf, rule, tableRow, type Pdf, type PdfColumn } from '../../common/pdf/a4-pdf.js';
import { formatEnterpriseNumber } from '../../organisations/enterprise-number.js';
import type { DocumentParty, InvoiceDocument } from '../invoice-document.js';
import { calculateInvoice, type InvoiceCalculation } from '../invoice-maths.js';
import { formatEuroCents } from '../../common/format/dutch-format.js';
import { formatStructuredCommunication } from '../structured-communication.js';
import { formatBelgianDate, formatIban, formatPercent, formatVatNumber } from './dutch-format.js';

/** Table columns: description, quantity, unit price, VAT and net; amounts align right. */
const COLUMNS: readonly PdfColumn[] = [
  { x: LEFT, width: 215, align: 'left' },
  { x: 270, width: 45, align: 'right' },
  { x: 320, width: 80, align: 'right' },
  { x: 405, width: 45, align: 'right' },
  { x: 455, width: RIGHT - 455, align: 'right' },
];
const NET = COLUMNS[4];

/** The invoice or credit note as a Dutch A4 PDF. */
export async function renderInvoicePdf(document: InvoiceDocument): Promise<Buffer> {
  const calculation = calculateInvoice(document.lines);
  return renderA4Pdf(`${title(document)} ${document.number}`, (pdf) => {
    header(pdf, document);
    parties(pdf, document);
    lineTable(pdf, calculation);
    totals(pdf, document, calculation);
    paymentInstructions(pdf, document, calculation);
  });
}

function title(document: InvoiceDocument): string {
  return document.kind === 'invoice' ? 'Factuur' : 'Creditnota';
}

function header(pdf: Pdf, document: InvoiceDocument): void {
  pdf
    .font(BOLD)
    .fontSize(20)
    .text(`${title(document)} ${document.number}`, LEFT, 50);
  pdf.font(REGULAR).fontSize(10).moveDown(0.5);
  pdf.text(`${document.kind === 'invoice' ? 'Factuurdatum' : 'Datum'}: ${formatBelgianDate(document.issueDate)}`);
  if (document.kind === 'invoice') {
    pdf.text(`Vervaldatum: ${formatBelgianDate(document.dueDate)}`);
  } else {
    const credited = document.creditedInvoice;
    pdf.text(`Crediteert factuur ${credited.number} van ${formatBelgianDate(credited.issueDate)}`);
  }
  if (document.buyerReference) pdf.text(`Uw referentie: ${document.buyerReference}`);
}

function partyLines(party: DocumentParty): string[] {
  const { street, postalCode, city, countryCode } = party.address;
  return [
    street,
    `${countryCode === 'BE' ? '' : `${countryCode}-`}${postalCode} ${city}`,
    `Ondernemingsnummer ${formatEnterpriseNumber(party.enterpriseNumber)}`,
    party.vatNumber ? `Btw-nummer ${formatVatNumber(party.vatNumber)}` : 'Niet btw-plichtig',
  ];
}

function parties(pdf: Pdf, document: InvoiceDocument): void {
  const top = 150;
  const block = (label: string, party: DocumentParty, x: number) => {
    pdf.font(REGULAR).fontSize(8).fillColor('#555555').text(label, x, top);
    pdf
      .font(BOLD)
      .fontSize(10)
      .fillColor('black')
      .text(party.name, x, top + 12, { width: 230 });
    pdf.font(REGULAR).text(partyLines(party).join('\n'), { width: 230 });
    return pdf.y;
  };
  const bottom = Math.max(block('Van', document.seller, LEFT), block('Aan', document.buyer, 315));
  pdf.y = bottom + 25;
}

function lineTable(pdf: Pdf, { lines }: InvoiceCalculation): void {
  tableRow(pdf, COLUMNS, ['Omschrijving', 'Aantal', 'Eenheidsprijs', 'Btw', 'Excl. btw'], BOLD);
  rule(pdf);
  for (const line of lines) {
    if (pdf.y > 720) pdf.addPage();
    tableRow(
      pdf,
      COLUMNS,
      [
        line.description,
        String(line.quantity),
        formatEuroCents(line.unitPriceCents),
        formatPercent(line.vatRatePercent),
        formatEuroCents(line.netCents),
      ],
      REGULAR,
    );
  }
  rule(pdf);
}

function amountLine(pdf: Pdf, label: string, cents: number, font = REGULAR): void {
  const top = pdf.y;
  pdf.font(font).fontSize(10).text(label, 300, top, { width: 150, align: 'right' });
  pdf.text(formatEuroCents(cents), NET.x, top, { width: NET.width, align: 'right' });
  pdf.y += 2;
}

function totals(pdf: Pdf, document: InvoiceDocument, { totals: sums }: InvoiceCalculation): void {
  if (pdf.y > 620) pdf.addPage();
  amountLine(pdf, 'Totaal excl. btw', sums.netCents);
  for (const subtotal of sums.vatSubtotals) {
    amountLine(
      pdf,
      `Btw ${formatPercent(subtotal.vatRatePercent)} op ${formatEuroCents(subtotal.taxableCents)}`,
      subtotal.vatCents,
    );
  }
  if (document.kind === 'invoice' && document.paidOnline) {
    amountLine(pdf, 'Totaal incl. btw', sums.grossCents);
    amountLine(pdf, `Online betaald op ${formatBelgianDate(document.paidOnline.paidOn)}`, -sums.grossCents);
    amountLine(pdf, 'Te betalen', 0, BOLD);
  } else {
    amountLine(pdf, document.kind === 'invoice' ? 'Te betalen' : 'Gecrediteerd', sums.grossCents, BOLD);
  }
  if (document.vatExemption && sums.vatSubtotals.some((s) => s.vatRatePercent === 0)) {
    pdf
      .moveDown(0.5)
      .font(REGULAR)
      .fontSize(9)
      .text(document.vatExemption.reason, LEFT, pdf.y, { width: RIGHT - LEFT });
  }
}

function paymentInstructions(pdf: Pdf, document: InvoiceDocument, { totals: sums }: InvoiceCalculation): void {
  const communication = formatStructuredCommunication(document.structuredCommunication);
  pdf
    .moveDown(2)
    .font(BOLD)
    .fontSize(10)
    .text(document.kind === 'invoice' ? 'Betaling' : 'Terugbetaling', LEFT, pdf.y);
  pdf.font(REGULAR).moveDown(0.3);
  const text =
    document.kind === 'invoice' && document.paidOnline
      ? `Betaald: ${formatEuroCents(sums.grossCents)} werd op ${formatBelgianDate(document.paidOnline.paidOn)} online ` +
        `betaald (Bancontact of kaart). U hoeft niets meer over te schrijven.`
      : document.kind === 'invoice'
        ? `Gelieve ${formatEuroCents(sums.grossCents)} te storten op rekening ${formatIban(document.sellerIban)} ` +
          `van ${document.seller.name} uiterlijk op ${formatBelgianDate(document.dueDate)}, ` +
          `met de gestructureerde mededeling ${communication}.`
        : `Wij verrekenen ${formatEuroCents(sums.grossCents)} met factuur ${document.creditedInvoice.number}. ` +
          `Was die al betaald, dan storten wij het bedrag terug met de mededeling ${communication}.`;
  pdf.text(text, { width: RIGHT - LEFT });
  pdf.moveDown(0.5).font(BOLD).fontSize(12).text(communication);
}
