import { Body, Controller, Get, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthenticatedUser } from '../accounts/authenticated-user.js';
import { Role } from '../accounts/role.js';
import { createValidationPipe } from '../common/http/validation-pipe.js';
import { ParseIdPipe } from '../common/http/parse-id.pipe.js';
import { OrganisationKind } from '../organisations/organisation-kinds.js';
import { CallsService } from '../proposals/calls.service.js';
import type { CallView } from '../proposals/dto/call.dto.js';
import { MarkInterestDto, SubmitProposalDto, UpdateProposalDto } from '../proposals/dto/proposal.dto.js';
import type { ProposalView } from '../proposals/dto/proposal.view.js';
import { assertCultureHouse, ProposalsService } from '../proposals/proposals.service.js';
import { COST_BASIS_LABELS, COST_CATEGORY_LABELS } from './finance-forms.js';
import { formStateFor, missingFields, readForm, type FormField, type FormState, type FormValues } from './form-fields.js';
import { wholeNumber } from './form-values.js';
import { PAGE_FORMATS } from './format.js';
import {
  ALL_PROPOSAL_FIELDS,
  COST_FIELDS,
  DATE_FIELDS,
  NEW_PROPOSAL_VALUES,
  PROPOSAL_FIELDS,
  proposalBody,
  proposalFormValues,
} from './proposal-form.js';
import { WebPageFilter } from './web-page.filter.js';
import { WebSession } from './web-session.js';

const validation = createValidationPipe();
const MEMBERS = [Role.Member];
const INTEREST_FIELDS: readonly FormField[] = [
  {
    name: 'screens',
    label: 'Schermen',
    help: 'Op hoeveel schermen of locaties (vrijblijvend).',
    inputmode: 'numeric',
    optional: true,
  },
  {
    name: 'expectedViewers',
    label: 'Kijkers',
    help: 'Hoeveel bewoners of bezoekers (vrijblijvend).',
    inputmode: 'numeric',
    optional: true,
  },
];
const NOTICES: Record<string, string> = {
  ingediend: 'Uw voorstel is ingediend. U kunt het aanpassen tot de deadline van de oproep.',
  opgeslagen: 'Uw voorstel is opgeslagen.',
  interesse: 'Uw interesse is genoteerd. Dit is geen intekening: u zit nergens aan vast.',
  ingetrokken: 'Uw interesse is ingetrokken.',
};
const noticeOf = (value: unknown) => (typeof value === 'string' ? (NOTICES[value] ?? '') : '');

/**
 * The call for the next season as satellites see it: browse the proposals and mark interest; a
 * culture house also proposes a performance and follows its own proposals. Every rule is the API's.
 */
@ApiExcludeController()
@UseFilters(WebPageFilter)
@Controller('oproep')
export class CallPagesController {
  constructor(
    private readonly calls: CallsService,
    private readonly proposals: ProposalsService,
    private readonly session: WebSession,
  ) {}

  @Get()
  async browse(@Query('bericht') notice: unknown, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const user = await this.session.requireActor(request, MEMBERS);
    const open = (await this.calls.list()).filter((call) => call.closedAt === null);
    const calls: { call: CallView; proposals: ProposalView[] }[] = [];
    for (const call of open) calls.push({ call, proposals: await this.proposals.listOfCall(call.id, user) });
    return reply.view('call-browse', {
      ...(await this.session.context(request, reply)),
      ...PAGE_FORMATS,
      title: 'Oproep voor het volgende seizoen',
      calls,
      cultureHouse: isCultureHouse(user),
      interestFields: INTEREST_FIELDS,
      notice: noticeOf(notice),
    });
  }

  @Post('voorstellen/:id/interesse')
  async markInterest(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const user = await this.session.requireActor(request, MEMBERS);
    this.session.assertCsrf(request, body);
    const values = readForm(INTEREST_FIELDS, body);
    const numbers = Object.fromEntries(
      Object.entries(values)
        .filter(([, value]) => value.trim() !== '')
        .map(([name, value]) => [name, wholeNumber(value)]),
    );
    const dto = (await validation.transform(numbers, { type: 'body', metatype: MarkInterestDto })) as MarkInterestDto;
    await this.proposals.markInterest(id, dto, user);
    return reply.redirect(`/oproep?bericht=interesse#voorstel-${id}`, 303);
  }

  @Post('voorstellen/:id/interesse-intrekken')
  async unmarkInterest(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const user = await this.session.requireActor(request, MEMBERS);
    this.session.assertCsrf(request, body);
    await this.proposals.unmarkInterest(id, user);
    return reply.redirect(`/oproep?bericht=ingetrokken#voorstel-${id}`, 303);
  }

  @Get('mijn-voorstellen')
  async mine(@Query('bericht') notice: unknown, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const user = await this.session.requireActor(request, MEMBERS);
    return reply.view('my-proposals', {
      ...(await this.session.context(request, reply)),
      ...PAGE_FORMATS,
      COST_CATEGORY_LABELS,
      title: 'Mijn voorstellen',
      proposals: await this.proposals.mine(user),
      openCalls: (await this.calls.list()).filter((call) => call.acceptsProposals),
      notice: noticeOf(notice),
    });
  }

  @Get(':id/voorstellen')
  async newForm(@Param('id', ParseIdPipe) callId: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    assertCultureHouse(await this.session.requireActor(request, MEMBERS));
    const call = await this.calls.get(callId);
    return this.renderForm(request, reply, call, null, NEW_PROPOSAL_VALUES, { errors: {}, summary: '', status: 200 });
  }

  @Post(':id/voorstellen')
  async submit(
    @Param('id', ParseIdPipe) callId: string,
    @Body() body: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const user = await this.session.requireActor(request, MEMBERS);
    this.session.assertCsrf(request, body);
    const call = await this.calls.get(callId);
    return this.save(request, reply, call, null, readForm(ALL_PROPOSAL_FIELDS, body), async (input) => {
      const dto = (await validation.transform(input, { type: 'body', metatype: SubmitProposalDto })) as SubmitProposalDto;
      await this.proposals.submit(callId, dto, user);
      return 'ingediend';
    });
  }

  @Get('voorstellen/:id/bewerken')
  async editForm(@Param('id', ParseIdPipe) id: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const user = await this.session.requireActor(request, MEMBERS);
    const proposal = await this.proposals.getOwn(id, user);
    const call = await this.calls.get(proposal.callId);
    return this.renderForm(request, reply, call, proposal, proposalFormValues(proposal), {
      errors: {},
      summary: '',
      status: 200,
    });
  }

  @Post('voorstellen/:id/bewerken')
  async edit(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const user = await this.session.requireActor(request, MEMBERS);
    this.session.assertCsrf(request, body);
    const proposal = await this.proposals.getOwn(id, user);
    const call = await this.calls.get(proposal.callId);
    return this.save(request, reply, call, proposal, readForm(ALL_PROPOSAL_FIELDS, body), async (input) => {
      const dto = (await validation.transform(input, { type: 'body', metatype: UpdateProposalDto })) as UpdateProposalDto;
      await this.proposals.update(id, dto, user);
      return 'opgeslagen';
    });
  }

  private async save(
    request: FastifyRequest,
    reply: FastifyReply,
    call: CallView,
    proposal: ProposalView | null,
    values: FormValues,
    action: (input: Record<string, unknown>) => Promise<string>,
  ) {
    const parsed = proposalBody(values);
    const errors = { ...parsed.errors, ...missingFields(ALL_PROPOSAL_FIELDS, values) };
    if (Object.keys(errors).length > 0) {
      return this.renderForm(request, reply, call, proposal, values, { errors, summary: '', status: 400 });
    }
    try {
      const notice = await action(parsed.body);
      return reply.redirect(`/oproep/mijn-voorstellen?bericht=${notice}`, 303);
    } catch (error) {
      return this.renderForm(request, reply, call, proposal, values, formStateFor(error, ALL_PROPOSAL_FIELDS, parsed.aliases));
    }
  }

  private async renderForm(
    request: FastifyRequest,
    reply: FastifyReply,
    call: CallView,
    proposal: ProposalView | null,
    values: FormValues,
    state: FormState,
  ) {
    return reply.status(state.status).view('proposal-form', {
      ...(await this.session.context(request, reply)),
      ...PAGE_FORMATS,
      COST_BASIS_LABELS,
      title: proposal ? `Voorstel bewerken: ${proposal.title}` : `Voorstel voor seizoen ${call.seasonCode}`,
      call,
      proposal,
      mainFields: PROPOSAL_FIELDS,
      dateRows: DATE_FIELDS,
      costRows: COST_FIELDS,
      values,
      errors: state.errors,
      summary: state.summary,
    });
  }
}

const isCultureHouse = (user: AuthenticatedUser) => user.organisationKind === OrganisationKind.CultureHouse;
