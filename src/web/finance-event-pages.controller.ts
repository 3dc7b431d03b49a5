import { Body, Controller, Get, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { isUUID } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthenticatedUser } from '../accounts/authenticated-user.js';
import { Role } from '../accounts/role.js';
import { CommonProblems, ProblemException } from '../common/errors/problem.js';
import { createValidationPipe } from '../common/http/validation-pipe.js';
import { RecordDecisionDto } from '../finance/dto/budget-decision.dto.js';
import { SetPlanDto } from '../finance/dto/plan.dto.js';
import {
  CreateCostLineDto,
  CreateOtherIncomeDto,
  UpdateCostLineDto,
  UpdateOtherIncomeDto,
} from '../finance/dto/cost-line.dto.js';
import { BUDGET_STATUS_NL } from '../finance/finance-csv.js';
import { FinanceLedgerService } from '../finance/finance-ledger.service.js';
import { FinanceViewsService } from '../finance/finance-views.service.js';
import { MoneyInService } from '../finance/money-in.service.js';
import { SATISFACTION_SCORES } from '../impact/feedback-summary.js';
import { ImpactService } from '../impact/impact.service.js';
import { BARS, countBars } from './charts.js';
import { PICTURE_AND_SOUND_LABELS, SATISFACTION_LABELS } from './labels.js';
import {
  COST_ALIASES,
  COST_BASIS_LABELS,
  COST_CATEGORY_LABELS,
  COST_EDIT_FIELDS,
  COST_LINE_FIELDS,
  costLineBody,
  DECISION_ALIASES,
  DECISION_FIELDS,
  DECISION_REASON_LABELS,
  decisionBody,
  INCOME_ALIASES,
  INCOME_FIELDS,
  INCOME_EDIT_ALIASES,
  INCOME_KIND_LABELS,
  incomeBody,
  incomeEditBody,
  PLAN_ALIASES,
  PLAN_FIELDS,
  planBody,
} from './finance-forms.js';
import { formStateFor, readForm, type FormErrors, type FormField, type FormState, type FormValues } from './form-fields.js';
import { centsToEuroText } from './form-values.js';
import { PAGE_FORMATS } from './format.js';
import { WebPageFilter } from './web-page.filter.js';
import { WebSession } from './web-session.js';

const validation = createValidationPipe();
const FINANCE = [Role.Finance, Role.Admin];
const NOTICES: Record<string, string> = {
  kost: 'De kostenlijn is opgeslagen.',
  'kost-geschrapt': 'De kostenlijn is geschrapt.',
  inkomst: 'De inkomst is opgeslagen.',
  'inkomst-geschrapt': 'De inkomst is geschrapt.',
  beslissing: 'De principebeslissing is vastgelegd.',
  plan: 'Het plan is opgeslagen.',
  afgesloten: 'De boeken van deze voorstelling zijn afgesloten.',
};

/** Which form on the page a failed post came from, so only that one shows its errors and typed values. */
interface FailedForm extends FormState {
  form: string;
  values: FormValues;
}

/** Per event: cost lines, other income and the principle decision, for finance and admin. */
@ApiExcludeController()
@UseFilters(WebPageFilter)
@Controller('financien/voorstelling')
export class FinanceEventPagesController {
  constructor(
    private readonly views: FinanceViewsService,
    private readonly ledger: FinanceLedgerService,
    private readonly moneyIn: MoneyInService,
    private readonly impact: ImpactService,
    private readonly session: WebSession,
  ) {}

  @Get(':id')
  async page(
    @Param('id') id: string,
    @Query('bericht') notice: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    await this.actor(request, id);
    return this.render(request, reply, id, null, typeof notice === 'string' ? (NOTICES[notice] ?? '') : '');
  }

  @Post(':id/plan')
  async setPlan(
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const actor = await this.posted(request, id, body);
    const values = readForm(PLAN_FIELDS, body);
    return this.attempt(request, reply, id, 'plan', values, PLAN_FIELDS, PLAN_ALIASES, planBody(values), async (input) => {
      const dto = (await validation.transform(input, { type: 'body', metatype: SetPlanDto })) as SetPlanDto;
      await this.ledger.setPlan(id, dto, actor);
      return 'plan';
    });
  }

  @Post(':id/afsluiten')
  async close(
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const actor = await this.posted(request, id, body);
    return this.attempt(request, reply, id, 'afsluiten', {}, [], {}, { body: {}, errors: {} }, async () => {
      await this.ledger.close(id, actor);
      return 'afgesloten';
    });
  }

  @Post(':id/kosten')
  async addCost(
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const actor = await this.posted(request, id, body);
    const values = readForm(COST_LINE_FIELDS, body);
    return this.attempt(
      request,
      reply,
      id,
      'kosten',
      values,
      COST_LINE_FIELDS,
      COST_ALIASES,
      costLineBody(values),
      async (input) => {
        const dto = (await validation.transform(input, { type: 'body', metatype: CreateCostLineDto })) as CreateCostLineDto;
        await this.ledger.addCostLine(id, dto, actor);
        return 'kost';
      },
    );
  }

  @Post(':id/kosten/:lineId')
  async editCost(
    @Param('id') id: string,
    @Param('lineId') lineId: string,
    @Body() body: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const actor = await this.posted(request, id, body);
    const values = readForm(COST_EDIT_FIELDS, body);
    const parsed = costLineBody(values, true);
    return this.attempt(request, reply, id, `kost-${lineId}`, values, COST_EDIT_FIELDS, COST_ALIASES, parsed, async (input) => {
      const dto = (await validation.transform(input, { type: 'body', metatype: UpdateCostLineDto })) as UpdateCostLineDto;
      await this.ledger.updateCostLine(id, this.lineId(lineId), dto, actor);
      return 'kost';
    });
  }

  @Post(':id/kosten/:lineId/schrappen')
  async removeCost(
    @Param('id') id: string,
    @Param('lineId') lineId: string,
    @Body() body: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const actor = await this.posted(request, id, body);
    await this.ledger.removeLine('cost_line', id, this.lineId(lineId), actor);
    return reply.redirect(`/financien/voorstelling/${id}?bericht=kost-geschrapt`, 303);
  }

  @Post(':id/inkomsten')
  async addIncome(
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const actor = await this.posted(request, id, body);
    const values = readForm(INCOME_FIELDS, body);
    return this.attempt(
      request,
      reply,
      id,
      'inkomsten',
      values,
      INCOME_FIELDS,
      INCOME_ALIASES,
      incomeBody(values),
      async (input) => {
        const dto = (await validation.transform(input, { type: 'body', metatype: CreateOtherIncomeDto })) as CreateOtherIncomeDto;
        await this.ledger.addOtherIncome(id, dto, actor);
        return 'inkomst';
      },
    );
  }

  @Post(':id/inkomsten/:lineId')
  async editIncome(
    @Param('id') id: string,
    @Param('lineId') lineId: string,
    @Body() body: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const actor = await this.posted(request, id, body);
    const values = readForm(COST_EDIT_FIELDS, body);
    const parsed = incomeEditBody(values);
    const form = `inkomst-${lineId}`;
    return this.attempt(request, reply, id, form, values, COST_EDIT_FIELDS, INCOME_EDIT_ALIASES, parsed, async (input) => {
      const dto = (await validation.transform(input, { type: 'body', metatype: UpdateOtherIncomeDto })) as UpdateOtherIncomeDto;
      await this.ledger.updateOtherIncome(id, this.lineId(lineId), dto, actor);
      return 'inkomst';
    });
  }

  @Post(':id/inkomsten/:lineId/schrappen')
  async removeIncome(
    @Param('id') id: string,
    @Param('lineId') lineId: string,
    @Body() body: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const actor = await this.posted(request, id, body);
    await this.ledger.removeLine('other_income', id, this.lineId(lineId), actor);
    return reply.redirect(`/financien/voorstelling/${id}?bericht=inkomst-geschrapt`, 303);
  }

  @Post(':id/beslissing')
  async decide(
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const actor = await this.posted(request, id, body);
    const values = readForm(DECISION_FIELDS, body);
    const parsed = decisionBody(values, body.reasons);
    const withReasons = { ...values, reasons: (parsed.body.reasons as string[]).join(',') };
    const fields = [...DECISION_FIELDS, { name: 'reasons', label: 'Redenen', help: '' }];
    return this.attempt(request, reply, id, 'beslissing', withReasons, fields, DECISION_ALIASES, parsed, async (input) => {
      const dto = (await validation.transform(input, { type: 'body', metatype: RecordDecisionDto })) as RecordDecisionDto;
      await this.ledger.recordDecision(id, dto, actor);
      return 'beslissing';
    });
  }

  private async attempt(
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    form: string,
    values: FormValues,
    fields: readonly FormField[],
    aliases: Record<string, string>,
    parsed: { body: Record<string, unknown>; errors: FormErrors },
    action: (input: Record<string, unknown>) => Promise<string>,
  ) {
    if (Object.keys(parsed.errors).length > 0) {
      return this.render(request, reply, id, { form, values, errors: parsed.errors, summary: '', status: 400 });
    }
    try {
      const notice = await action(parsed.body);
      return reply.redirect(`/financien/voorstelling/${id}?bericht=${notice}`, 303);
    } catch (error) {
      return this.render(request, reply, id, { form, values, ...formStateFor(error, fields, aliases) });
    }
  }

  private async render(request: FastifyRequest, reply: FastifyReply, id: string, failed: FailedForm | null, notice = '') {
    const [view, costLines, income, impact] = await Promise.all([
      this.views.event(id),
      this.ledger.listLines('cost_line', id),
      this.ledger.listLines('other_income', id),
      this.impact.event(id),
    ]);
    const valuesFor = (form: string, defaults: FormValues) => (failed?.form === form ? failed.values : defaults);
    return reply.status(failed?.status ?? 200).view('finance-event', {
      ...(await this.session.context(request, reply)),
      ...PAGE_FORMATS,
      BUDGET_STATUS_NL,
      COST_CATEGORY_LABELS,
      COST_BASIS_LABELS,
      INCOME_KIND_LABELS,
      DECISION_REASON_LABELS,
      centsToEuroText,
      title: `Kosten en inkomsten: ${view.title}`,
      view,
      costLines,
      income,
      notice,
      failed,
      moneyIn: await this.moneyIn.event(id),
      impact,
      satisfactionBars: countBars([...SATISFACTION_SCORES].reverse(), (score) => impact.feedback.satisfactionCounts[score]),
      BARS,
      SATISFACTION_LABELS,
      PICTURE_AND_SOUND_LABELS,
      costFields: COST_LINE_FIELDS,
      incomeFields: INCOME_FIELDS,
      decisionFields: DECISION_FIELDS,
      planFields: PLAN_FIELDS,
      planValues: valuesFor('plan', {
        cultureHouses: String(view.plan.expectedSatellites.culture_house),
        careCentres: String(view.plan.expectedSatellites.care_centre),
      }),
      costValues: valuesFor('kosten', { category: 'artist_fee', basis: 'fixed' }),
      incomeValues: valuesFor('inkomsten', { incomeKind: 'subsidy' }),
      decisionValues: valuesFor('beslissing', {
        deficit: view.committedResultCents < 0 ? centsToEuroText(-view.committedResultCents) : '',
      }),
      errorsFor: (form: string) => (failed?.form === form ? failed.errors : {}),
      summaryFor: (form: string) => (failed?.form === form ? failed.summary : ''),
    });
  }

  private async actor(request: FastifyRequest, id: string): Promise<AuthenticatedUser> {
    const actor = await this.session.requireActor(request, FINANCE);
    if (!isUUID(id)) throw new ProblemException(CommonProblems.notFound, 'Deze voorstelling bestaat niet.');
    return actor;
  }

  private async posted(request: FastifyRequest, id: string, body: Record<string, unknown>): Promise<AuthenticatedUser> {
    const actor = await this.actor(request, id);
    this.session.assertCsrf(request, body);
    return actor;
  }

  private lineId(lineId: string): string {
    if (!isUUID(lineId)) throw new ProblemException(CommonProblems.notFound, 'Deze lijn bestaat niet.');
    return lineId;
  }
}
