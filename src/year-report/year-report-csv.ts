import { toExcelCsv } from '../common/http/excel-csv.js';
import { excelEuros } from '../finance/finance-csv.js';
import type { LineUnit } from './year-report-text.js';
import type { YearReportView } from './year-report.service.js';

/** Numbers Dutch-language Excel reads as numbers: no thousands dots, no euro sign, a decimal comma. */
const EXCEL: Record<LineUnit, (value: number) => string> = {
  count: String,
  cents: excelEuros,
  average: (value) => String(value).replace('.', ','),
};
const cell = (unit: LineUnit, value: number | null) => (value === null ? '' : EXCEL[unit](value));

/** The report's table for Excel: one line per figure, this year beside the year before. */
export function yearReportCsv(report: YearReportView): string {
  return toExcelCsv(
    ['Cijfer', String(report.year), String(report.previousYear), 'Vergelijking'],
    report.lines.map((line) => [line.label, cell(line.unit, line.value), cell(line.unit, line.previous), line.comparison]),
  );
}
