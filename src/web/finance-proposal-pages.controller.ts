import { Controller, Get, Param, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Role } from '../accounts/role.js';
import { ParseIdPipe } from '../common/http/parse-id.pipe.js';
import { createValidationPipe } from '../common/http/validation-pipe.js';
import { CallsService } from '../proposals/calls.service.js';
import { ProposalWhatIfDto } from '../proposals/dto/proposal.dto.js';
import { ProposalFinanceService, type ProposalFinanceView } from '../proposals/proposal-finance.service.js';
import { SCENARIO_FIELDS, scenarioChanges } from './finance-forms.js';
import { formStateFor, readForm, type FormState } from './form-fields.js';
import { PAGE_FORMATS } from './format.js';
import { WebPageFilter } from './web-page.filter.js';
import { WebSession } from './web-session.js';

const validation = createValidationPipe();
const FINANCE = [Role.Finance, Role.Admin];

/**
 * Finance's view of a call: each proposal's planned result from its own cost lines, today's
 * tariffs and the forecast satellites, and a what-if per proposal (GET: it writes nothing).
 */
@ApiExcludeController()
@UseFilters(WebPageFilter)
@Controller('financien/voorstellen')
export class FinanceProposalPagesController {
  constructor(
    private readonly calls: CallsService,
    private readonly finance: ProposalFinanceService,
    private readonly session: WebSession,
  ) {}

  @Get()
  async list(@Query('oproep') callId: unknown, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    await this.session.requireActor(request, FINANCE);
    const calls = await this.calls.list();
    const chosen = calls.find((call) => call.id === callId) ?? calls.find((call) => call.closedAt === null) ?? calls[0] ?? null;
    return reply.view('finance-proposals', {
      ...(await this.session.context(request, reply)),
      ...PAGE_FORMATS,
      title: 'Voorstellen: gepland resultaat',
      calls,
      call: chosen,
      proposals: chosen ? await this.finance.ofCall(chosen.id) : [],
    });
  }

  @Get(':id')
  async whatIf(
    @Param('id', ParseIdPipe) id: string,
    @Query() query: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    await this.session.requireActor(request, FINANCE);
    const today = await this.finance.whatIf(id);
    const values = readForm(SCENARIO_FIELDS, query);
    let outcome: ProposalFinanceView | null = null;
    let state: FormState = { errors: {}, summary: '', status: 200 };
    if (query.bereken !== undefined) {
      // The event what-if form; for a proposal its satellites are the plan, since nobody signs on yet.
      const { changes, errors } = scenarioChanges(values);
      const { satellites, ...rest } = changes;
      if (Object.keys(errors).length > 0) state = { errors, summary: '', status: 400 };
      else {
        try {
          const dto = (await validation.transform(
            { ...rest, ...(satellites ? { expectedSatellites: satellites } : {}) },
            { type: 'body', metatype: ProposalWhatIfDto },
          )) as ProposalWhatIfDto;
          outcome = await this.finance.whatIf(id, dto);
        } catch (error) {
          state = formStateFor(error, SCENARIO_FIELDS, { expectedSatellites: 'careCentres' });
        }
      }
    }
    return reply.status(state.status).view('finance-proposal', {
      ...(await this.session.context(request, reply)),
      ...PAGE_FORMATS,
      title: `Wat als: ${today.title}`,
      today,
      outcome,
      fields: SCENARIO_FIELDS.map((field) =>
        field.name === 'cultureHouses' || field.name === 'careCentres'
          ? { ...field, help: 'Aantal, leeg = de verwachting.' }
          : field,
      ),
      values,
      errors: state.errors,
      summary: state.summary,
    });
  }
}
