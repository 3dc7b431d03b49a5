import { Controller, Get, Param, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Role } from '../accounts/role.js';
import { inBrussels } from '../common/format/dutch-format.js';
import { BUDGET_STATUS_NL, yearCsv } from '../finance/finance-csv.js';
import { FinanceViewsService } from '../finance/finance-views.service.js';
import { BARS, marginGauge, resultBars } from './charts.js';
import { PAGE_FORMATS } from './format.js';
import { EVENT_STATUS_LABELS } from './labels.js';
import { WebPageFilter } from './web-page.filter.js';
import { WebSession } from './web-session.js';

const FINANCE = [Role.Finance, Role.Admin];
/** Years the year picker offers around today; the API answers any year. */
const YEARS_BACK = 4;
const YEARS_AHEAD = 2;

/** A year from the form, or this Brussels year when the value is missing or not a year. */
function chosenYear(raw: unknown, now = new Date()): number {
  const thisYear = inBrussels(now).year;
  return typeof raw === 'string' && /^\d{4}$/.test(raw) ? Number(raw) : thisYear;
}

/** The finance officer's view of a budget year: margin gauge, a result bar per event, still-needed satellites, CSV. */
@ApiExcludeController()
@UseFilters(WebPageFilter)
@Controller('financien')
export class FinancePagesController {
  constructor(
    private readonly finance: FinanceViewsService,
    private readonly session: WebSession,
  ) {}

  @Get()
  async dashboard(@Query('jaar') rawYear: unknown, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    await this.session.requireActor(request, FINANCE);
    const year = chosenYear(rawYear);
    const view = await this.finance.year(year);
    const now = new Date();
    const upcoming = view.events.filter((line) => !line.cancelled && line.startsAt > now);
    const stillNeeded = await Promise.all(upcoming.map((line) => this.finance.event(line.eventId)));
    const thisYear = chosenYear(undefined, now);
    return reply.view('finance', {
      ...(await this.session.context(request, reply)),
      ...PAGE_FORMATS,
      EVENT_STATUS_LABELS,
      BUDGET_STATUS_NL,
      title: `Financiën ${year}`,
      year,
      years: Array.from({ length: YEARS_BACK + YEARS_AHEAD + 1 }, (_, index) => thisYear - YEARS_BACK + index),
      view,
      gauge: marginGauge(view.approvedMarginCents, view.current.marginUsedCents),
      projectedGauge: marginGauge(view.approvedMarginCents, view.projected.marginUsedCents),
      committedGauge: marginGauge(view.approvedMarginCents, view.committed.marginUsedCents),
      bars: resultBars(view.events, (line) => line.projectedResultCents),
      BARS,
      stillNeeded,
    });
  }

  @Get(':year/overzicht.csv')
  async csv(@Param('year') rawYear: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    await this.session.requireActor(request, FINANCE);
    const year = chosenYear(rawYear);
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="budgetjaar-${year}.csv"`)
      .send(yearCsv(await this.finance.year(year)));
  }
}
