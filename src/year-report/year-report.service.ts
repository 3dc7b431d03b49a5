import { Injectable } from '@nestjs/common';
import type { RenderedDocument } from '../common/http/rendered-document.js';
import { FinanceViewsService } from '../finance/finance-views.service.js';
import { yearReport, type YearFinance, type YearReport, type YearRows } from './year-report.js';
import { yearReportCsv } from './year-report-csv.js';
import { renderYearReportPdf } from './year-report-pdf.js';
import { YearReportRepository } from './year-report.repository.js';
import { yearReportLines, yearReportSentences, type YearReportLine } from './year-report-text.js';

/** The report with its prose and its table, as the page, the API and the files show it. */
export interface YearReportView extends YearReport {
  sentences: string[];
  lines: YearReportLine[];
}

@Injectable()
export class YearReportService {
  constructor(
    private readonly repository: YearReportRepository,
    private readonly finance: FinanceViewsService,
  ) {}

  async report(year: number): Promise<YearReportView> {
    const [current, previous] = await Promise.all([this.rows(year), this.rows(year - 1)]);
    const report = yearReport(current, previous);
    return { ...report, sentences: yearReportSentences(report), lines: yearReportLines(report) };
  }

  async csv(year: number): Promise<RenderedDocument> {
    return {
      fileName: `jaarverslag-${year}.csv`,
      contentType: 'text/csv; charset=utf-8',
      body: yearReportCsv(await this.report(year)),
    };
  }

  async pdf(year: number): Promise<RenderedDocument> {
    return {
      fileName: `jaarverslag-${year}.pdf`,
      contentType: 'application/pdf',
      body: await renderYearReportPdf(await this.report(year)),
    };
  }

  private async rows(year: number): Promise<YearRows> {
    const [eventStatuses, takingPart, feedback, decisions, finance] = await Promise.all([
      this.repository.eventStatuses(year),
      this.repository.takingPart(year),
      this.repository.feedback(year),
      this.repository.decisions(year),
      this.yearFinance(year),
    ]);
    return { year, eventStatuses, takingPart, feedback, decisions, finance };
  }

  /** Finance's own budget-year view: the committed result is the one its margin is judged on. */
  private async yearFinance(year: number): Promise<YearFinance | null> {
    const view = await this.finance.year(year);
    if (view.events.length === 0) return null;
    return {
      approvedMarginCents: view.approvedMarginCents,
      committed: view.committed,
      allBooksClosed: view.events.every((event) => event.finalResultCents !== null),
    };
  }
}
