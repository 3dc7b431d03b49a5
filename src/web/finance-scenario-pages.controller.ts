import { Controller, Get, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { isUUID } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Role } from '../accounts/role.js';
import { createValidationPipe } from '../common/http/validation-pipe.js';
import { BUDGET_STATUS_NL } from '../finance/finance-csv.js';
import { ScenarioRequestDto } from '../finance/dto/scenario.dto.js';
import { FinanceViewsService, type EventFinanceView, type YearView } from '../finance/finance-views.service.js';
import { marginGauge } from './charts.js';
import { SCENARIO_FIELDS, SCENARIO_YEAR_FIELDS, scenarioChanges } from './finance-forms.js';
import { formStateFor, readForm, type FormState, type FormValues } from './form-fields.js';
import { euroToCents } from './form-values.js';
import { PAGE_FORMATS } from './format.js';
import { WebPageFilter } from './web-page.filter.js';
import { WebSession } from './web-session.js';

const validation = createValidationPipe();
const FINANCE = [Role.Finance, Role.Admin];
const YEAR_FIELDS = [...SCENARIO_FIELDS, ...SCENARIO_YEAR_FIELDS];

/**
 * What if: the what-if form sends GET, since it changes nothing; the answer shows the same
 * figures as the real views beside today's, computed by FinanceViewsService.scenario.
 */
@ApiExcludeController()
@UseFilters(WebPageFilter)
@Controller('financien/wat-als')
export class FinanceScenarioPagesController {
  constructor(
    private readonly views: FinanceViewsService,
    private readonly session: WebSession,
  ) {}

  @Get()
  async page(@Query() query: Record<string, unknown>, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    await this.session.requireActor(request, FINANCE);
    const year = typeof query.jaar === 'string' && /^\d{4}$/.test(query.jaar) ? Number(query.jaar) : null;
    const eventId = typeof query.voorstelling === 'string' && isUUID(query.voorstelling) ? query.voorstelling : null;
    const fields = year === null ? SCENARIO_FIELDS : YEAR_FIELDS;
    const values: FormValues = { ...readForm(fields, query), voorstelling: eventId ?? '' };
    const today: { event: EventFinanceView | null; year: YearView | null } = {
      event: year === null && eventId ? await this.views.event(eventId) : null,
      year: year === null ? null : await this.views.year(year),
    };
    let outcome: { event?: EventFinanceView; year?: YearView } | null = null;
    let state: FormState = { errors: {}, summary: '', status: 200 };
    if (query.bereken !== undefined && (today.event || today.year)) {
      const { changes, errors } = scenarioChanges(values);
      const margin = year !== null && (values.margin ?? '').trim() !== '' ? euroToCents(values.margin) : undefined;
      if (margin === null) errors.margin = 'Vul een bedrag in euro in, bv. 8.000,00.';
      if (Object.keys(errors).length > 0) state = { errors, summary: '', status: 400 };
      else {
        const request =
          year === null
            ? { eventId, changes }
            : { year, events: eventId ? [{ eventId, changes }] : [], ...(margin ? { approvedMarginCents: -margin } : {}) };
        try {
          const dto = (await validation.transform(request, { type: 'body', metatype: ScenarioRequestDto })) as ScenarioRequestDto;
          outcome = await this.views.scenario(dto);
        } catch (error) {
          state = formStateFor(error, fields);
        }
      }
    }
    const gauges = (view: YearView) => ({
      now: marginGauge(view.approvedMarginCents, view.current.marginUsedCents),
      projected: marginGauge(view.approvedMarginCents, view.projected.marginUsedCents),
    });
    return reply.status(state.status).view('finance-what-if', {
      ...(await this.session.context(request, reply)),
      ...PAGE_FORMATS,
      BUDGET_STATUS_NL,
      title: 'Wat als?',
      year,
      eventId,
      fields,
      values,
      errors: state.errors,
      summary: state.summary,
      today,
      outcome,
      todayGauges: today.year ? gauges(today.year) : null,
      outcomeGauges: outcome?.year ? gauges(outcome.year) : null,
    });
  }
}
