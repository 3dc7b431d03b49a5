import { formatEnterpriseNumber } from '../../organisations/enterprise-number.js';
import type { DocumentParty, InvoiceDocument } from '../invoice-document.js';
import { calculateInvoice, type InvoiceCalculation } from '../invoice-maths.js';
import { formatEuroCents } from '../../common/format/dutch-format.js';
import { formatStructuredCommunication } from '../structured-communication.js';
import { formatBelgianDate, formatIban, formatPercent, formatVatNumber } from './dutch-format.js';

type Pdf = PDFKit.PDFDocument;

const LEFT = 50;
const RIGHT = 545;
const REGULAR = 'Helvetica';
const BOLD = 'Helvetica-Bold';

/** Table columns: x and width; amounts align right. */
const COLUMNS = {
  description: { x: LEFT, width: 215 },
  quantity: { x: 270, width: 45 },
  unitPrice: { x: 320, width: 80 },
  vat: { x: 405, width: 45 },
  net: { x: 455, width: RIGHT - 455 },
} as const;

/**
 * The invoice or credit note as a Dutch A4 PDF. Helvetica's WinAnsi encoding carries the euro
 * sign, so no font file has to ship with the app.
 */
export async function renderInvoicePdf(document: InvoiceDocument): Promise<Buffer> {
  // Loaded on the first PDF, not at start, like the e-invoice library: a start only pays for what it serves.
  const { default: PDFDocument } = await import('pdfkit');
  const calculation = calculateInvoice(document.lines);
  const pdf = new PDFDocument({ size: 'A4', margin: LEFT, info: { Title: `${title(document)} ${document.number}` } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  header(pdf, document);
  parties(pdf, document);
  lineTable(pdf, calculation);
  totals(pdf, document, calculation);
  paymentInstructions(pdf, document, calculation);
  pdf.end();
  return done;
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

function row(pdf: Pdf, cells: Record<keyof typeof COLUMNS, string>, font: string): void {
  const top = pdf.y;
  pdf.font(font).fontSize(9);
  let bottom = top;
  for (const [key, column] of Object.entries(COLUMNS) as [keyof typeof COLUMNS, (typeof COLUMNS)[keyof typeof COLUMNS]][]) {
    const align = key === 'description' ? 'left' : 'right';
    pdf.text(cells[key], column.x, top, { width: column.width, align });
    bottom = Math.max(bottom, pdf.y);
  }
  pdf.y = bottom + 4;
}

function rule(pdf: Pdf): void {
  pdf.moveTo(LEFT, pdf.y).lineTo(RIGHT, pdf.y).lineWidth(0.5).stroke();
  pdf.y += 4;
}

function lineTable(pdf: Pdf, { lines }: InvoiceCalculation): void {
  row(pdf, { description: 'Omschrijving', quantity: 'Aantal', unitPrice: 'Eenheidsprijs', vat: 'Btw', net: 'Excl. btw' }, BOLD);
  rule(pdf);
  for (const line of lines) {
    if (pdf.y > 720) pdf.addPage();
    row(
      pdf,
      {
        description: line.description,
        quantity: String(line.quantity),
        unitPrice: formatEuroCents(line.unitPriceCents),
        vat: formatPercent(line.vatRatePercent),
        net: formatEuroCents(line.netCents),
      },
      REGULAR,
    );
  }
  rule(pdf);
}

function amountLine(pdf: Pdf, label: string, cents: number, font = REGULAR): void {
  const top = pdf.y;
  pdf.font(font).fontSize(10).text(label, 300, top, { width: 150, align: 'right' });
  pdf.text(formatEuroCents(cents), COLUMNS.net.x, top, { width: COLUMNS.net.width, align: 'right' });
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
