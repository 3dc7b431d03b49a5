import { Controller, Get, Param, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Role } from '../accounts/role.js';
import { inBrussels } from '../common/format/dutch-format.js';
import { ParseIntInRangePipe } from '../common/http/parse-int-in-range.pipe.js';
import { sendDocument } from '../common/http/rendered-document.js';
import { formatLineValue } from '../year-report/year-report-text.js';
import { YearReportService } from '../year-report/year-report.service.js';
import { WebPageFilter } from './web-page.filter.js';
import { WebSession } from './web-session.js';

const STAFF = [Role.Finance, Role.Admin];
const REPORT_YEAR = new ParseIntInRangePipe(2000, 2100);
/** How many years the picker offers, counting back from last year. */
const YEARS_OFFERED = 6;

/** A year from the form; without one, last year: the one an annual report is written about. */
function chosenYear(raw: unknown, now = new Date()): number {
  const year = typeof raw === 'string' && /^\d{4}$/.test(raw) ? Number(raw) : inBrussels(now).year - 1;
  return Math.min(Math.max(year, 2000), 2100);
}

/** The recent years, newest first, and the chosen one when it is older. */
function yearsOffered(chosen: number, lastYear: number): number[] {
  const recent = Array.from({ length: YEARS_OFFERED }, (_, index) => lastYear + 1 - index);
  return recent.includes(chosen) ? recent : [...recent, chosen];
}

/** /jaarverslag: the year in figures as prose to paste into the annual report, a table, and the files. */
@ApiExcludeController()
@UseFilters(WebPageFilter)
@Controller('jaarverslag')
export class YearReportPagesController {
  constructor(
    private readonly reports: YearReportService,
    private readonly session: WebSession,
  ) {}

  @Get()
  async page(@Query('jaar') rawYear: unknown, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    await this.session.requireActor(request, STAFF);
    const year = chosenYear(rawYear);
    const lastYear = chosenYear(undefined);
    return reply.view('year-report', {
      ...(await this.session.context(request, reply)),
      title: `Jaarverslag ${year}`,
      year,
      years: yearsOffered(year, lastYear),
      report: await this.reports.report(year),
      formatLineValue,
    });
  }

  @Get(':year/jaarverslag.json')
  async json(@Param('year', REPORT_YEAR) year: number, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    await this.session.requireActor(request, STAFF);
    return reply
      .header('content-disposition', `attachment; filename="jaarverslag-${year}.json"`)
      .send(await this.reports.report(year));
  }

  @Get(':year/jaarverslag.csv')
  async csv(@Param('year', REPORT_YEAR) year: number, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    await this.session.requireActor(request, STAFF);
    return sendDocument(reply, await this.reports.csv(year));
  }

  @Get(':year/jaarverslag.pdf')
  async pdf(@Param('year', REPORT_YEAR) year: number, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    await this.session.requireActor(request, STAFF);
    return sendDocument(reply, await this.reports.pdf(year));
  }
}
