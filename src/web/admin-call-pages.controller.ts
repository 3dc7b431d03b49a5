import { Body, Controller, Get, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthenticatedUser } from '../accounts/authenticated-user.js';
import { Role } from '../accounts/role.js';
import { ParseIdPipe } from '../common/http/parse-id.pipe.js';
import { createValidationPipe } from '../common/http/validation-pipe.js';
import { SeasonsService } from '../events/seasons.service.js';
import { CallsService } from '../proposals/calls.service.js';
import { AcceptProposalDto, DeclineProposalDto } from '../proposals/dto/proposal.dto.js';
import { OpenCallDto } from '../proposals/dto/call.dto.js';
import { ProposalDecisionsService } from '../proposals/proposal-decisions.service.js';
import { ProposalsService } from '../proposals/proposals.service.js';
import { formStateFor, missingFields, readForm, type FormField, type FormState, type FormValues } from './form-fields.js';
import { brusselsLocalToIso } from './form-values.js';
import { PAGE_FORMATS } from './format.js';
import { WebPageFilter } from './web-page.filter.js';
import { WebSession } from './web-session.js';

const validation = createValidationPipe();
const ADMIN = [Role.Admin];
const CALL_FIELDS: readonly FormField[] = [
  { name: 'seasonCode', label: 'Seizoen', help: 'Waarvoor cultuurhuizen een voorstelling voorstellen.' },
  { name: 'deadlineDate', label: 'Deadline (dag)', help: 'Tot en met deze dag kunnen voorstellen.', type: 'date' },
  { name: 'deadlineTime', label: 'Deadline (uur)', help: 'Belgische tijd, bv. 23:59.', type: 'time' },
];
const NOTICES: Record<string, string> = {
  geopend: 'De oproep is geopend. Cultuurhuizen zien hem op de pagina "Oproep".',
  gesloten: 'De oproep is afgesloten: er kunnen geen voorstellen meer bij.',
  aanvaard:
    'Het voorstel is aanvaard en staat als ontwerp bij de voorstellingen, met kosten en plan. De indiener krijgt een mail.',
  afgewezen: 'Het voorstel is afgewezen. De indiener krijgt een mail.',
};
const EMPTY: FormState = { errors: {}, summary: '', status: 200 };

/** The admin's side of the call: open and close calls, and accept or decline each proposal. */
@ApiExcludeController()
@UseFilters(WebPageFilter)
@Controller('beheer/oproepen')
export class AdminCallPagesController {
  constructor(
    private readonly calls: CallsService,
    private readonly proposals: ProposalsService,
    private readonly decisions: ProposalDecisionsService,
    private readonly seasons: SeasonsService,
    private readonly session: WebSession,
  ) {}

  @Get()
  async list(@Query('bericht') notice: unknown, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const actor = await this.session.requireActor(request, ADMIN);
    const text = typeof notice === 'string' ? (NOTICES[notice] ?? '') : '';
    return this.render(request, reply, actor, {}, EMPTY, text);
  }

  @Post()
  async open(@Body() body: Record<string, unknown>, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const actor = await this.session.requireActor(request, ADMIN);
    this.session.assertCsrf(request, body);
    const values = readForm(CALL_FIELDS, body);
    const errors = missingFields(CALL_FIELDS, values);
    const deadline = brusselsLocalToIso(values.deadlineDate, values.deadlineTime);
    if (deadline === null && Object.keys(errors).length === 0) errors.deadlineTime = 'Vul een bestaande dag en een uur in.';
    if (Object.keys(errors).length > 0) return this.render(request, reply, actor, values, { errors, summary: '', status: 400 });
    try {
      const dto = (await validation.transform(
        { seasonCode: values.seasonCode, deadline },
        { type: 'body', metatype: OpenCallDto },
      )) as OpenCallDto;
      await this.calls.open(dto, actor.id);
      return reply.redirect('/beheer/oproepen?bericht=geopend', 303);
    } catch (error) {
      return this.render(request, reply, actor, values, formStateFor(error, CALL_FIELDS, { deadline: 'deadlineTime' }));
    }
  }

  @Post(':id/sluiten')
  async close(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const actor = await this.session.requireActor(request, ADMIN);
    this.session.assertCsrf(request, body);
    return this.act(request, reply, actor, 'gesloten', () => this.calls.close(id, actor.id));
  }

  @Post('voorstellen/:id/aanvaarden')
  async accept(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const actor = await this.session.requireActor(request, ADMIN);
    this.session.assertCsrf(request, body);
    const startsAt = typeof body.startsAt === 'string' && body.startsAt !== '' ? body.startsAt : undefined;
    return this.act(request, reply, actor, 'aanvaard', async () => {
      const dto = (await validation.transform({ startsAt }, { type: 'body', metatype: AcceptProposalDto })) as AcceptProposalDto;
      return this.decisions.accept(id, dto, actor.id);
    });
  }

  @Post('voorstellen/:id/afwijzen')
  async decline(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const actor = await this.session.requireActor(request, ADMIN);
    this.session.assertCsrf(request, body);
    const reason = typeof body.reason === 'string' ? body.reason : '';
    return this.act(request, reply, actor, 'afgewezen', async () => {
      const dto = (await validation.transform({ reason }, { type: 'body', metatype: DeclineProposalDto })) as DeclineProposalDto;
      return this.decisions.decline(id, dto, actor.id);
    });
  }

  /** A refused decision (already decided, a date that is not proposed) is shown above the list. */
  private async act(
    request: FastifyRequest,
    reply: FastifyReply,
    actor: AuthenticatedUser,
    notice: string,
    action: () => Promise<unknown>,
  ) {
    try {
      await action();
      return reply.redirect(`/beheer/oproepen?bericht=${notice}`, 303);
    } catch (error) {
      return this.render(request, reply, actor, {}, formStateFor(error, []));
    }
  }

  private async render(
    request: FastifyRequest,
    reply: FastifyReply,
    actor: AuthenticatedUser,
    values: FormValues,
    state: FormState,
    notice = '',
  ) {
    const calls = await this.calls.list();
    const withProposals = [];
    for (const call of calls) withProposals.push({ call, proposals: await this.proposals.listOfCall(call.id, actor) });
    const seasons = await this.seasons.list();
    const fields = CALL_FIELDS.map((field) =>
      field.name === 'seasonCode'
        ? { ...field, groups: [{ label: 'Seizoenen', choices: seasons.map((s) => ({ value: s.code, label: s.name })) }] }
        : field,
    );
    return reply.status(state.status).view('admin-calls', {
      ...(await this.session.context(request, reply)),
      ...PAGE_FORMATS,
      title: 'Oproepen',
      calls: withProposals,
      fields,
      values,
      errors: state.errors,
      summary: state.summary,
      notice,
    });
  }
}
