/**
 * What every Satelliet PDF shares: an A4 page with 50 pt margins, Helvetica (its WinAnsi encoding
 * carries the euro sign, so no font file ships with the app), table rows and rules.
 */
export type Pdf = PDFKit.PDFDocument;

export const LEFT = 50;
export const RIGHT = 545;
/** Below this a new row or block goes to the next page rather than past the bottom margin. */
export const LAST_LINE = 760;
export const REGULAR = 'Helvetica';
export const BOLD = 'Helvetica-Bold';

export interface PdfColumn {
  x: number;
  width: number;
  align: 'left' | 'right';
}

/** Draws the document and collects it into one buffer. */
export async function renderA4Pdf(title: string, draw: (pdf: Pdf) => void): Promise<Buffer> {
  // Loaded on the first PDF, not at start: a start only pays for what it serves.
  const { default: PDFDocument } = await import('pdfkit');
  const pdf = new PDFDocument({ size: 'A4', margin: LEFT, info: { Title: title } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  draw(pdf);
  pdf.end();
  return done;
}

/** One table row; every cell starts on the same line and the row ends below its tallest cell. */
export function tableRow(pdf: Pdf, columns: readonly PdfColumn[], cells: readonly string[], font: string, fontSize = 9): void {
  const top = pdf.y;
  pdf.font(font).fontSize(fontSize);
  let bottom = top;
  columns.forEach((column, index) => {
    pdf.text(cells[index] ?? '', column.x, top, { width: column.width, align: column.align });
    bottom = Math.max(bottom, pdf.y);
  });
  pdf.y = bottom + 4;
}

export function rule(pdf: Pdf): void {
  pdf.moveTo(LEFT, pdf.y).lineTo(RIGHT, pdf.y).lineWidth(0.5).stroke();
  pdf.y += 4;
}
