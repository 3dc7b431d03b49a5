import { Body, Controller, Get, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthenticatedUser } from '../accounts/authenticated-user.js';
import { Role } from '../accounts/role.js';
import { CommonProblems, ProblemException } from '../common/errors/problem.js';
import { createValidationPipe } from '../common/http/validation-pipe.js';
import { StreamReportDto } from '../impact/dto/stream-report.dto.js';
import { StreamReportsService } from '../impact/stream-reports.service.js';
import { OrganisationKind } from '../organisations/organisation-kinds.js';
import { formStateFor, missingFields, readForm, type FormState, type FormValues } from './form-fields.js';
import { PAGE_FORMATS } from './format.js';
import { EVENT_STATUS_LABELS } from './labels.js';
import { STREAM_REPORT_ALIASES, STREAM_REPORT_FIELDS, streamReportBody, streamReportValues } from './stream-report-form.js';
import { WebPageFilter } from './web-page.filter.js';
import { WebSession } from './web-session.js';

const validation = createValidationPipe();

/** A culture house that is a launch centre: its streams, and its notes on each one after it ran. */
@ApiExcludeController()
@UseFilters(WebPageFilter)
@Controller('mijn/lanceercentrum')
export class LaunchCentrePagesController {
  constructor(
    private readonly reports: StreamReportsService,
    private readonly session: WebSession,
  ) {}

  @Get()
  async list(@Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const actor = await this.session.requireActor(request, [Role.Member]);
    if (actor.organisationKind !== OrganisationKind.CultureHouse) {
      throw new ProblemException(CommonProblems.forbidden, 'Alleen cultuurhuizen zenden voorstellingen uit als lanceercentrum.');
    }
    return reply.view('launch-centre-streams', {
      ...(await this.session.context(request, reply)),
      ...PAGE_FORMATS,
      title: 'Voorstellingen vanuit uw zaal',
      streams: await this.reports.eventsOfLaunchCentre(actor.organisationId),
      statusLabels: EVENT_STATUS_LABELS,
    });
  }

  @Get(':id')
  async form(
    @Param('id') id: string,
    @Query('bericht') notice: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const actor = await this.actor(request);
    const report = await this.reports.get(id, actor);
    const state = { errors: {}, summary: '', status: 200 };
    return this.render(request, reply, actor, id, streamReportValues(report), state, notice === 'opgeslagen');
  }

  @Post(':id')
  async save(
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const actor = await this.actor(request);
    await this.reports.assertAccess(id, actor);
    this.session.assertCsrf(request, body);
    const values = readForm(STREAM_REPORT_FIELDS, body);
    const { body: input, errors } = streamReportBody(values);
    const problems = { ...errors, ...missingFields(STREAM_REPORT_FIELDS, values) };
    if (Object.keys(problems).length > 0) {
      return this.render(request, reply, actor, id, values, { errors: problems, summary: '', status: 400 }, false);
    }
    try {
      const dto = (await validation.transform(input, { type: 'body', metatype: StreamReportDto })) as StreamReportDto;
      await this.reports.save(id, actor, dto);
      return reply.redirect(`/mijn/lanceercentrum/${id}?bericht=opgeslagen`, 303);
    } catch (error) {
      const state = formStateFor(error, STREAM_REPORT_FIELDS, STREAM_REPORT_ALIASES);
      return this.render(request, reply, actor, id, values, state, false);
    }
  }

  /** Members of the launch centre and admins; the service decides which event is whose. */
  private actor(request: FastifyRequest): Promise<AuthenticatedUser> {
    return this.session.requireActor(request, [Role.Member, Role.Admin]);
  }

  private async render(
    request: FastifyRequest,
    reply: FastifyReply,
    actor: AuthenticatedUser,
    id: string,
    values: FormValues,
    state: FormState,
    saved: boolean,
  ) {
    const report = await this.reports.get(id, actor);
    return reply.status(state.status).view('stream-report', {
      ...(await this.session.context(request, reply)),
      ...PAGE_FORMATS,
      title: `Notities over de stream: ${report.eventTitle}`,
      report,
      backLink: actor.role === Role.Admin ? '/beheer/voorstellingen' : '/mijn/lanceercentrum',
      saved,
      fields: STREAM_REPORT_FIELDS,
      values,
      errors: state.errors,
      summary: state.summary,
    });
  }
}
