import { Body, Controller, Get, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Role } from '../accounts/role.js';
import { ParseIdPipe } from '../common/http/parse-id.pipe.js';
import type { OrganisationView } from '../organisations/dto/organisation.dto.js';
import { OrganisationKind } from '../organisations/organisation-kinds.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { OrganisationErasureService } from '../privacy/organisation-erasure.service.js';
import { OrganisationExportService, type OrganisationExportFile } from '../privacy/organisation-export.service.js';
import { formStateFor, readForm, type FormField, type FormState, type FormValues } from './form-fields.js';
import { PAGE_FORMATS } from './format.js';
import { KIND_LABELS } from './labels.js';
import { WebPageFilter } from './web-page.filter.js';
import { WebSession } from './web-session.js';

const ADMIN = [Role.Admin];
const ERASE_FIELDS: readonly FormField[] = [
  {
    name: 'confirmName',
    label: 'Naam van de organisatie',
    help: 'Typ de naam over zoals hierboven. Zo wist u niet per vergissing de verkeerde organisatie.',
    autocomplete: 'off',
  },
];
const NO_ERRORS: FormState = { errors: {}, summary: '', status: 200 };

/** A member takes its organisation's data along; an admin exports or erases any organisation (docs/privacy.md). */
@ApiExcludeController()
@UseFilters(WebPageFilter)
@Controller()
export class PrivacyPagesController {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly exports: OrganisationExportService,
    private readonly erasure: OrganisationErasureService,
    private readonly session: WebSession,
  ) {}

  @Get('mijn/gegevens.zip')
  async myData(@Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const actor = await this.session.requireActor(request);
    return sendZip(reply, await this.exports.export(actor.organisationId, actor));
  }

  @Get('beheer/privacy')
  async list(@Query('naam') name: unknown, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    await this.session.requireActor(request, ADMIN);
    const search = typeof name === 'string' ? name.trim().slice(0, 100) : '';
    const page = await this.organisations.list({ name: search || undefined, limit: 50, offset: 0 });
    return reply.view('admin-privacy', {
      ...(await this.session.context(request, reply)),
      title: 'Privacy: gegevens van organisaties',
      organisations: page.items.filter((organisation) => organisation.kind !== OrganisationKind.Operator),
      total: page.total,
      search,
      KIND_LABELS,
    });
  }

  @Get('beheer/privacy/:id')
  async detail(@Param('id', ParseIdPipe) id: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const actor = await this.session.requireActor(request, ADMIN);
    return this.renderDetail(request, reply, await this.organisations.get(id, actor), {}, NO_ERRORS);
  }

  @Get('beheer/privacy/:id/gegevens.zip')
  async organisationData(@Param('id', ParseIdPipe) id: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const actor = await this.session.requireActor(request, ADMIN);
    return sendZip(reply, await this.exports.export(id, actor));
  }

  @Post('beheer/privacy/:id/wissen')
  async erase(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const actor = await this.session.requireActor(request, ADMIN);
    this.session.assertCsrf(request, body);
    const values = readForm(ERASE_FIELDS, body);
    try {
      await this.erasure.erase(id, values.confirmName, actor);
      return reply.redirect(`/beheer/privacy/${id}`, 303);
    } catch (error) {
      const state = formStateFor(error, ERASE_FIELDS);
      return this.renderDetail(request, reply, await this.organisations.get(id, actor), values, state);
    }
  }

  private async renderDetail(
    request: FastifyRequest,
    reply: FastifyReply,
    organisation: OrganisationView,
    values: FormValues,
    state: FormState,
  ) {
    return reply.status(state.status).view('admin-privacy-organisation', {
      ...(await this.session.context(request, reply)),
      ...PAGE_FORMATS,
      title: organisation.erasedAt ? 'Gewiste organisatie' : `${organisation.name}: gegevens en wissen`,
      organisation,
      fields: ERASE_FIELDS,
      values,
      errors: state.errors,
      summary: state.summary,
      KIND_LABELS,
    });
  }
}

function sendZip(reply: FastifyReply, file: OrganisationExportFile) {
  return reply
    .header('content-type', 'application/zip')
    .header('content-disposition', `attachment; filename="${file.fileName}"`)
    .send(file.body);
}
