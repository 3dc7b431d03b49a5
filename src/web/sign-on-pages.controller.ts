import { Body, Controller, Get, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { isUUID } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthenticatedUser } from '../accounts/authenticated-user.js';
import { Role } from '../accounts/role.js';
import { ProblemException } from '../common/errors/problem.js';
import { createValidationPipe } from '../common/http/validation-pipe.js';
import type { PublicEventView } from '../events/dto/event.dto.js';
import { eventNotFound, EventsService } from '../events/events.service.js';
import { OrganisationKind } from '../organisations/organisation-kinds.js';
import { CancelSubscriptionDto } from '../subscriptions/dto/cancel-subscription.dto.js';
import { SignOnDto } from '../subscriptions/dto/sign-on.dto.js';
import type { SubscriptionView } from '../subscriptions/dto/subscription.view.js';
import { ACTIVE_STATUSES, type SubscriptionStatus } from '../subscriptions/subscription-status.js';
import { SubscriptionProblems } from '../subscriptions/subscriptions.errors.js';
import { SubscriptionsService } from '../subscriptions/subscriptions.service.js';
import { formStateFor, readForm, type FormState, type FormValues } from './form-fields.js';
import { PAGE_FORMATS } from './format.js';
import { EVENT_STATUS_LABELS, SUBSCRIPTION_STATUS_LABELS } from './labels.js';
import { SIGN_ON_FIELDS, SIGN_ON_STEPS, signOnBody } from './sign-on-form.js';
import { signOnOpen } from './sign-on-open.js';
import { WebPageFilter } from './web-page.filter.js';
import { WebSession } from './web-session.js';

const validation = createValidationPipe();
const HELPERS = { ...PAGE_FORMATS, EVENT_STATUS_LABELS, SUBSCRIPTION_STATUS_LABELS };
/** Far more than one organisation ever signs on to in a season or two. */
const MY_SIGN_ONS_LIMIT = 200;

/** A satellite's own sign-ons: sign on in three steps, see status and waiting-list place, cancel. */
@ApiExcludeController()
@UseFilters(WebPageFilter)
@Controller()
export class SignOnPagesController {
  constructor(
    private readonly events: EventsService,
    private readonly subscriptions: SubscriptionsService,
    private readonly session: WebSession,
  ) {}

  @Get('programma/:id/intekenen')
  async signOnForm(@Param('id') id: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const event = await this.openableEvent(id);
    const actor = await this.session.requireActor(request);
    return this.renderSignOn(request, reply, event, actor, {}, { errors: {}, summary: '', status: 200 });
  }

  @Post('programma/:id/intekenen')
  async signOn(
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const event = await this.openableEvent(id);
    const actor = await this.session.requireActor(request);
    this.session.assertCsrf(request, body);
    const values = readForm(SIGN_ON_FIELDS, body);
    try {
      const details = (await validation.transform(signOnBody(values), { type: 'body', metatype: SignOnDto })) as SignOnDto;
      const subscription = await this.subscriptions.signOn(event.id, actor, details);
      return reply.redirect(`/mijn/intekeningen/${subscription.id}?nieuw=1`, 303);
    } catch (error) {
      return this.renderSignOn(request, reply, event, actor, values, formStateFor(error, SIGN_ON_FIELDS));
    }
  }

  @Get('mijn/intekeningen')
  async mySignOns(@Query('geannuleerd') cancelled: unknown, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const actor = await this.session.requireActor(request);
    const { items } = await this.subscriptions.listMine(actor, MY_SIGN_ONS_LIMIT, 0);
    const events = await this.eventsOf(items);
    const own = items.filter((item) => item.organisation.id === actor.organisationId);
    return reply.view('my-sign-ons', {
      ...(await this.session.context(request, reply)),
      ...HELPERS,
      title: 'Mijn intekeningen',
      own: own.map((item) => ({ ...item, event: events.get(item.eventId), cancellable: this.cancellable(item, events, actor) })),
      sponsored: items
        .filter((item) => item.organisation.id !== actor.organisationId)
        .map((item) => ({ ...item, event: events.get(item.eventId) })),
      isCultureHouse: actor.organisationKind === OrganisationKind.CultureHouse,
      justCancelled: cancelled === '1',
    });
  }

  @Get('mijn/intekeningen/:id')
  async mySignOn(
    @Param('id') id: string,
    @Query('nieuw') fresh: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const { actor, subscription, event } = await this.visible(request, id);
    return reply.view('my-sign-on', {
      ...(await this.session.context(request, reply)),
      ...HELPERS,
      title: `Intekening: ${subscription.eventTitle}`,
      subscription,
      event,
      fresh: fresh === '1',
      cancellable: this.cancellable(subscription, new Map([[event.id, event]]), actor),
    });
  }

  @Get('mijn/intekeningen/:id/annuleren')
  async cancelForm(@Param('id') id: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const { subscription, event } = await this.visible(request, id);
    return this.renderCancel(request, reply, subscription, event, '', '', 200);
  }

  @Post('mijn/intekeningen/:id/annuleren')
  async cancel(
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const { actor, subscription, event } = await this.visible(request, id);
    this.session.assertCsrf(request, body);
    const reason = typeof body.reason === 'string' ? body.reason : '';
    try {
      const input = (await validation.transform(reason.trim() ? { reason } : {}, {
        type: 'body',
        metatype: CancelSubscriptionDto,
      })) as CancelSubscriptionDto;
      await this.subscriptions.cancel(subscription.id, actor, input);
      return reply.redirect('/mijn/intekeningen?geannuleerd=1', 303);
    } catch (error) {
      const state = formStateFor(error, [{ name: 'reason', label: 'Reden', help: '' }]);
      return this.renderCancel(
        request,
        reply,
        subscription,
        event,
        reason,
        state.summary || Object.values(state.errors).join(' '),
        state.status,
      );
    }
  }

  private async renderSignOn(
    request: FastifyRequest,
    reply: FastifyReply,
    event: PublicEventView,
    actor: AuthenticatedUser,
    values: FormValues,
    state: FormState,
  ) {
    const kind = actor.organisationKind;
    return reply.status(state.status).view('sign-on', {
      ...(await this.session.context(request, reply)),
      ...HELPERS,
      title: `Intekenen: ${event.title}`,
      event,
      steps: SIGN_ON_STEPS,
      values,
      errors: state.errors,
      summary: state.summary,
      isSatellite: actor.role === Role.Member && kind !== OrganisationKind.Operator,
      tariffCents: kind === OrganisationKind.CultureHouse ? event.cultureHouseTariffCents : event.careCentreTariffCents,
      open: signOnOpen(event),
    });
  }

  private async renderCancel(
    request: FastifyRequest,
    reply: FastifyReply,
    subscription: SubscriptionView,
    event: PublicEventView,
    reason: string,
    summary: string,
    status: number,
  ) {
    return reply.status(status).view('cancel-sign-on', {
      ...(await this.session.context(request, reply)),
      ...HELPERS,
      title: `Intekening annuleren: ${subscription.eventTitle}`,
      subscription,
      event,
      reason,
      summary,
    });
  }

  /** A mistyped address is a missing page, and a draft does not exist for satellites. */
  private async openableEvent(id: string): Promise<PublicEventView> {
    if (!isUUID(id)) throw eventNotFound(id);
    return this.events.get(id);
  }

  private async visible(request: FastifyRequest, id: string) {
    const actor = await this.session.requireActor(request);
    if (!isUUID(id)) throw new ProblemException(SubscriptionProblems.notFound, 'Deze intekening bestaat niet.');
    const subscription = await this.subscriptions.get(id, actor);
    return { actor, subscription, event: await this.events.get(subscription.eventId, actor) };
  }

  private async eventsOf(items: readonly SubscriptionView[]): Promise<Map<string, PublicEventView>> {
    const ids = [...new Set(items.map((item) => item.eventId))];
    return new Map((await Promise.all(ids.map((id) => this.events.get(id)))).map((event) => [event.id, event]));
  }

  /** What the service allows a satellite: an active sign-on, until the deadline, on an event that still runs. */
  private cancellable(item: SubscriptionView, events: Map<string, PublicEventView>, actor: AuthenticatedUser): boolean {
    const event = events.get(item.eventId);
    return (
      item.organisation.id === actor.organisationId &&
      (ACTIVE_STATUSES as readonly SubscriptionStatus[]).includes(item.status) &&
      !!event &&
      signOnOpen(event)
    );
  }
}
