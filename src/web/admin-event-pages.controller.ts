import { Body, Controller, Get, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { isUUID } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Role } from '../accounts/role.js';
import { createValidationPipe } from '../common/http/validation-pipe.js';
import { AdminEventView, CancelEventDto, CreateEventDto, ListEventsQuery, UpdateEventDto } from '../events/dto/event.dto.js';
import { SeasonsService } from '../events/seasons.service.js';
import { eventNotFound, EventsService } from '../events/events.service.js';
import { OrganisationKind } from '../organisations/organisation-kinds.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { SubscriptionsService } from '../subscriptions/subscriptions.service.js';
import { EVENT_ALIASES, EVENT_FIELDS, eventBody, eventFormValues, VAT_CHOICES } from './event-form.js';
import { formStateFor, missingFields, readForm, type FormField, type FormState, type FormValues } from './form-fields.js';
import { PAGE_FORMATS, usualTestSlotExample } from './format.js';
import { EVENT_STATUS_LABELS, SUBSCRIPTION_STATUS_LABELS } from './labels.js';
import { WebPageFilter } from './web-page.filter.js';
import { WebSession } from './web-session.js';

const validation = createValidationPipe();
const HELPERS = { ...PAGE_FORMATS, EVENT_STATUS_LABELS, SUBSCRIPTION_STATUS_LABELS };
const ADMIN = [Role.Admin];
/** Every event of a few seasons fits on one page; the API pages beyond that. */
const ADMIN_LIST_LIMIT = 200;
const NOTICES: Record<string, string> = {
  aangemaakt: 'De voorstelling is aangemaakt als ontwerp. Satellieten zien ze pas na publiceren.',
  opgeslagen: 'De wijzigingen zijn opgeslagen. Is de tijd veranderd, dan krijgen ingetekende satellieten een nieuwe uitnodiging.',
  gepubliceerd: 'De voorstelling is gepubliceerd: ze staat in het programma en satellieten kunnen intekenen.',
  afgelast: 'De voorstelling is afgelast. Ingetekende satellieten krijgen bericht.',
  'nieuwe-datum': 'De nieuwe datum is aangemaakt en gekoppeld aan de afgelaste voorstelling.',
};

const CANCEL_FIELDS: readonly FormField[] = [
  {
    name: 'reason',
    label: 'Reden',
    help: 'Ingetekende satellieten krijgen deze zin te zien, bv. "De artiest is ziek."',
    type: 'textarea',
  },
];

/** The admin's event management: create, edit and move, publish, cancel, and see the satellites. */
@ApiExcludeController()
@UseFilters(WebPageFilter)
@Controller('beheer/voorstellingen')
export class AdminEventPagesController {
  constructor(
    private readonly events: EventsService,
    private readonly seasons: SeasonsService,
    private readonly organisations: OrganisationsService,
    private readonly subscriptions: SubscriptionsService,
    private readonly session: WebSession,
  ) {}

  @Get()
  async list(@Query('bericht') notice: unknown, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const actor = await this.session.requireActor(request, ADMIN);
    const query = Object.assign(new ListEventsQuery(), { limit: ADMIN_LIST_LIMIT, offset: 0 });
    const page = await this.events.list(query, actor);
    return reply.view('admin-events', {
      ...(await this.session.context(request, reply)),
      ...HELPERS,
      title: 'Voorstellingen beheren',
      events: page.items,
      total: page.total,
      notice: typeof notice === 'string' ? (NOTICES[notice] ?? '') : '',
    });
  }

  @Get('nieuw')
  async createForm(@Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    await this.session.requireActor(request, ADMIN);
    const test = usualTestSlotExample('14:00');
    const defaults = {
      vatRatePercent: '6',
      startTime: '14:00',
      endTime: '15:30',
      testStartTime: test.from,
      testEndTime: test.until,
      deadlineTime: '23:59',
    };
    return this.renderForm(request, reply, null, defaults, { errors: {}, summary: '', status: 200 });
  }

  @Post('nieuw')
  async create(@Body() body: Record<string, unknown>, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    await this.session.requireActor(request, ADMIN);
    this.session.assertCsrf(request, body);
    const values = readForm(EVENT_FIELDS, body);
    return this.save(request, reply, null, values, async (input) => {
      const dto = (await validation.transform(input, { type: 'body', metatype: CreateEventDto })) as CreateEventDto;
      return this.events.create(dto);
    });
  }

  @Get(':id/bewerken')
  async editForm(@Param('id') id: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const event = await this.adminEvent(request, id);
    return this.renderForm(request, reply, event, eventFormValues(event), { errors: {}, summary: '', status: 200 });
  }

  @Post(':id/bewerken')
  async edit(
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const event = await this.adminEvent(request, id);
    this.session.assertCsrf(request, body);
    const values = { ...readForm(EVENT_FIELDS, body), seasonCode: event.seasonCode };
    return this.save(request, reply, event, values, async (input) => {
      const dto = (await validation.transform(input, { type: 'body', metatype: UpdateEventDto })) as UpdateEventDto;
      return this.events.update(event.id, dto, await this.actorId(request));
    });
  }

  @Post(':id/publiceren')
  async publish(
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const event = await this.adminEvent(request, id);
    this.session.assertCsrf(request, body);
    await this.events.publish(event.id, await this.actorId(request));
    return reply.redirect('/beheer/voorstellingen?bericht=gepubliceerd', 303);
  }

  @Get(':id/afgelasten')
  async cancelForm(@Param('id') id: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const event = await this.adminEvent(request, id);
    return this.renderCancel(request, reply, event, '', { errors: {}, summary: '', status: 200 });
  }

  @Post(':id/afgelasten')
  async cancel(
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const event = await this.adminEvent(request, id);
    this.session.assertCsrf(request, body);
    const reason = typeof body.reason === 'string' ? body.reason : '';
    try {
      const dto = (await validation.transform({ reason }, { type: 'body', metatype: CancelEventDto })) as CancelEventDto;
      await this.events.cancel(event.id, dto, await this.actorId(request));
      return reply.redirect('/beheer/voorstellingen?bericht=afgelast', 303);
    } catch (error) {
      return this.renderCancel(request, reply, event, reason, formStateFor(error, CANCEL_FIELDS));
    }
  }

  @Get(':id/satellieten')
  async satellites(@Param('id') id: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const event = await this.adminEvent(request, id);
    const list = await this.subscriptions.listForEvent(event.id);
    return reply.view('admin-satellites', {
      ...(await this.session.context(request, reply)),
      ...HELPERS,
      title: `Satellieten: ${event.title}`,
      event,
      items: list.items,
      totals: list.totals,
    });
  }

  @Get(':id/satellieten.csv')
  async satellitesCsv(@Param('id') id: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const event = await this.adminEvent(request, id);
    const csv = await this.subscriptions.exportForEvent(event.id);
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="satellieten-${event.id}.csv"`)
      .send(csv);
  }

  private async save(
    request: FastifyRequest,
    reply: FastifyReply,
    event: AdminEventView | null,
    values: FormValues,
    action: (input: Record<string, unknown>) => Promise<AdminEventView>,
  ) {
    const parsed = eventBody(values, event === null);
    const { body } = parsed;
    const errors = { ...parsed.errors, ...missingFields(EVENT_FIELDS, values) };
    if (Object.keys(errors).length > 0)
      return this.renderForm(request, reply, event, values, { errors, summary: '', status: 400 });
    try {
      await action(body);
      return reply.redirect(`/beheer/voorstellingen?bericht=${event ? 'opgeslagen' : 'aangemaakt'}`, 303);
    } catch (error) {
      return this.renderForm(request, reply, event, values, formStateFor(error, EVENT_FIELDS, EVENT_ALIASES));
    }
  }

  private async renderForm(
    request: FastifyRequest,
    reply: FastifyReply,
    event: AdminEventView | null,
    values: FormValues,
    state: FormState,
  ) {
    const seasons = await this.seasons.list();
    const { items: centres } = await this.organisations.list({ kind: OrganisationKind.CultureHouse, limit: 1000, offset: 0 });
    const choices: Record<string, FormField['groups']> = {
      seasonCode: [{ label: 'Seizoenen', choices: seasons.map((season) => ({ value: season.code, label: season.name })) }],
      launchCentreId: [
        {
          label: 'Cultuurhuizen',
          choices: centres.map((centre) => ({ value: centre.id, label: `${centre.name}, ${centre.municipality}` })),
        },
      ],
      vatRatePercent: [{ label: 'Btw-tarieven', choices: VAT_CHOICES }],
    };
    const fields = EVENT_FIELDS.filter((field) => !(event && field.name === 'seasonCode')).map((field) =>
      choices[field.name] ? { ...field, groups: choices[field.name] } : field,
    );
    return reply.status(state.status).view('admin-event-form', {
      ...(await this.session.context(request, reply)),
      title: event ? `Bewerken: ${event.title}` : 'Nieuwe voorstelling',
      event,
      fields,
      values,
      errors: state.errors,
      summary: state.summary,
    });
  }

  private async renderCancel(
    request: FastifyRequest,
    reply: FastifyReply,
    event: AdminEventView,
    reason: string,
    state: FormState,
  ) {
    return reply.status(state.status).view('admin-cancel-event', {
      ...(await this.session.context(request, reply)),
      ...HELPERS,
      title: `Afgelasten: ${event.title}`,
      event,
      fields: CANCEL_FIELDS,
      values: { reason },
      errors: state.errors,
      summary: state.summary,
    });
  }

  private async actorId(request: FastifyRequest): Promise<string> {
    return (await this.session.requireActor(request, ADMIN)).id;
  }

  private async adminEvent(request: FastifyRequest, id: string): Promise<AdminEventView> {
    const actor = await this.session.requireActor(request, ADMIN);
    if (!isUUID(id)) throw eventNotFound(id);
    return (await this.events.get(id, actor)) as AdminEventView;
  }
}
