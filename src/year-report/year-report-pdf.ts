import { BOLD, LAST_LINE, LEFT, REGULAR, RIGHT, renderA4Pdf, rule, tableRow, type PdfColumn } from '../common/pdf/a4-pdf.js';
import { formatLineValue } from './year-report-text.js';
import type { YearReportView } from './year-report.service.js';

const COLUMNS: readonly PdfColumn[] = [
  { x: LEFT, width: 200, align: 'left' },
  { x: 255, width: 85, align: 'right' },
  { x: 345, width: 85, align: 'right' },
  { x: 440, width: RIGHT - 440, align: 'left' },
];

/** The year in figures on one or two A4 pages: the sentences first, then the table. */
export function renderYearReportPdf(report: YearReportView): Promise<Buffer> {
  return renderA4Pdf(`Jaarverslag ${report.year}`, (pdf) => {
    pdf.font(BOLD).fontSize(18).text(`Het jaar ${report.year} in cijfers`, LEFT, 50);
    pdf
      .font(REGULAR)
      .fontSize(9)
      .fillColor('#555555')
      .text(`Satelliet, budgetjaar ${report.year}, vergeleken met ${report.previousYear}`);
    pdf.fillColor('black').moveDown(1);
    for (const sentence of report.sentences) {
      pdf
        .font(REGULAR)
        .fontSize(10.5)
        .text(sentence, LEFT, pdf.y, { width: RIGHT - LEFT });
      pdf.moveDown(0.5);
    }
    pdf.moveDown(1);
    tableRow(pdf, COLUMNS, ['Cijfer', String(report.year), String(report.previousYear), 'Vergelijking'], BOLD);
    rule(pdf);
    for (const line of report.lines) {
      if (pdf.y > LAST_LINE) pdf.addPage();
      tableRow(
        pdf,
        COLUMNS,
        [line.label, formatLineValue(line.unit, line.value), formatLineValue(line.unit, line.previous), line.comparison],
        REGULAR,
      );
    }
    rule(pdf);
  });
}
