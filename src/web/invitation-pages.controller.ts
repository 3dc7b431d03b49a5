import { Body, Controller, Get, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Role } from '../accounts/role.js';
import { CommonProblems, ProblemException } from '../common/errors/problem.js';
import { createValidationPipe } from '../common/http/validation-pipe.js';
import { ListEventsQuery, type PublicEventView } from '../events/dto/event.dto.js';
import { EventStatus } from '../events/event-status.js';
import { EventsService } from '../events/events.service.js';
import { OrganisationKind } from '../organisations/organisation-kinds.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { shareTariff } from '../subscriptions/cost-sharing.js';
import { AcceptWithRegistrationDto, CreateInvitationDto, type InvitationView } from '../subscriptions/dto/invitation.dto.js';
import { SignOnDto } from '../subscriptions/dto/sign-on.dto.js';
import { InvitationStatus } from '../subscriptions/entities/invitation.entity.js';
import { InvitationsService } from '../subscriptions/invitations.service.js';
import { formStateFor, readForm, toNested, type FormField, type FormState, type FormValues } from './form-fields.js';
import { PAGE_FORMATS } from './format.js';
import {
  ACCEPT_SIGN_ON_FIELDS,
  ACCEPT_STEPS,
  ACCEPT_WITH_REGISTRATION_FIELDS,
  COST_SHARING_CHOICES,
  INVITE_FIELDS,
  invitationBody,
} from './invitation-form.js';
import { COST_SHARING_LABELS } from './labels.js';
import { signOnBody } from './sign-on-form.js';
import { signOnOpen } from './sign-on-open.js';
import { WebPageFilter } from './web-page.filter.js';
import { WebSession } from './web-session.js';

const validation = createValidationPipe();
/** A select of care centres stays usable up to a few hundred; past that the e-mail field is the way. */
const CARE_CENTRE_CHOICES_LIMIT = 500;

/** Validation and account errors name the DTO's own paths; the accept form nests them. */
const ACCEPT_ALIASES: Record<string, string> = Object.fromEntries<string>([
  ['registration.organisation.kind', 'registration.organisation.subKind'],
  ...[...ACCEPT_STEPS.organisation, ...ACCEPT_STEPS.user].map((field): [string, string] => [
    field.name.slice('registration.'.length),
    field.name,
  ]),
  ...ACCEPT_SIGN_ON_FIELDS.map((field): [string, string] => [field.name.slice('signOn.'.length), field.name]),
]);

type AcceptMode = 'closed' | 'event-closed' | 'accept' | 'register' | 'sign-in' | 'wrong-account';

/** Culture houses invite care centres and say who pays; the invited care centre accepts in one step. */
@ApiExcludeController()
@UseFilters(WebPageFilter)
@Controller()
export class InvitationPagesController {
  constructor(
    private readonly events: EventsService,
    private readonly invitations: InvitationsService,
    private readonly organisations: OrganisationsService,
    private readonly session: WebSession,
  ) {}

  @Get('mijn/uitnodigen')
  async inviteForm(@Query('voorstelling') eventId: unknown, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    await this.requireCultureHouse(request);
    const values = { eventId: typeof eventId === 'string' ? eventId : '', costSharing: 'sponsor' };
    return this.renderInvite(request, reply, values, { errors: {}, summary: '', status: 200 });
  }

  @Post('mijn/uitnodigen')
  async invite(@Body() body: Record<string, unknown>, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const actor = await this.requireCultureHouse(request);
    this.session.assertCsrf(request, body);
    const values = readForm(INVITE_FIELDS, body);
    const { body: input, errors } = invitationBody(values);
    if (Object.keys(errors).length > 0) return this.renderInvite(request, reply, values, { errors, summary: '', status: 400 });
    try {
      const dto = (await validation.transform(input, { type: 'body', metatype: CreateInvitationDto })) as CreateInvitationDto;
      // A form sent twice (back button, double click, reload) gets the same open invitation back from the service.
      const invitation = await this.invitations.create(values.eventId, actor, dto);
      return reply.redirect(`/mijn/uitnodigingen/${invitation.id}`, 303);
    } catch (error) {
      const state = formStateFor(error, INVITE_FIELDS, { careCentreShareCents: 'careCentreShare' });
      return this.renderInvite(request, reply, values, state);
    }
  }

  @Get('uitnodigingen/:token')
  async invitation(@Param('token') token: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    return this.renderInvitation(request, reply, token, {}, { errors: {}, summary: '', status: 200 });
  }

  @Post('uitnodigingen/:token')
  async accept(
    @Param('token') token: string,
    @Body() body: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    this.session.assertCsrf(request, body);
    const { mode } = await this.load(request, token);
    const fields = mode === 'register' ? ACCEPT_WITH_REGISTRATION_FIELDS : ACCEPT_SIGN_ON_FIELDS;
    const values = readForm(fields, body);
    try {
      if (mode === 'accept') {
        const actor = await this.session.requireActor(request);
        const details = (await validation.transform(signOnBody(values, 'signOn.'), {
          type: 'body',
          metatype: SignOnDto,
        })) as SignOnDto;
        const subscription = await this.invitations.acceptByToken(token, actor, details);
        return reply.redirect(`/mijn/intekeningen/${subscription.id}?nieuw=1`, 303);
      }
      if (mode === 'register') {
        const nested = toNested(fields, values) as { registration: { organisation: Record<string, unknown> } };
        nested.registration.organisation.kind = OrganisationKind.CareCentre;
        const input = (await validation.transform(
          { registration: nested.registration, signOn: signOnBody(values, 'signOn.') },
          { type: 'body', metatype: AcceptWithRegistrationDto },
        )) as AcceptWithRegistrationDto;
        const accepted = await this.invitations.acceptWithRegistration(token, input);
        this.session.signIn(reply, accepted.session);
        return reply.redirect(`/mijn/intekeningen/${accepted.subscription.id}?nieuw=1`, 303);
      }
      throw new ProblemException(CommonProblems.forbidden, 'U kunt deze uitnodiging zo niet aanvaarden.');
    } catch (error) {
      const state = formStateFor(error, fields, ACCEPT_ALIASES);
      // Passwords are never sent back into the page.
      const kept = Object.fromEntries(Object.entries(values).filter(([name]) => !name.endsWith('password')));
      return this.renderInvitation(request, reply, token, kept, state);
    }
  }

  private async renderInvite(request: FastifyRequest, reply: FastifyReply, values: FormValues, state: FormState) {
    const query = Object.assign(new ListEventsQuery(), {
      limit: 200,
      offset: 0,
      status: EventStatus.Published,
      from: new Date(),
    });
    const events = (await this.events.list(query)).items.filter((event) => signOnOpen(event));
    const { items: careCentres } = await this.organisations.list({
      kind: OrganisationKind.CareCentre,
      limit: CARE_CENTRE_CHOICES_LIMIT,
      offset: 0,
    });
    const choices: Record<string, FormField['groups']> = {
      eventId: [
        {
          label: 'Voorstellingen',
          choices: events.map((event) => ({
            value: event.id,
            label: `${event.title}, ${PAGE_FORMATS.formatDateTime(event.startsAt)}`,
          })),
        },
      ],
      organisationId: [
        {
          label: 'Zorgcentra',
          choices: byName(careCentres).map((centre) => ({ value: centre.id, label: `${centre.name}, ${centre.municipality}` })),
        },
      ],
    };
    return reply.status(state.status).view('invite', {
      ...(await this.session.context(request, reply)),
      enhance: true,
      title: 'Een zorgcentrum uitnodigen',
      fields: Object.fromEntries(
        INVITE_FIELDS.map((field) => [field.name, choices[field.name] ? { ...field, groups: choices[field.name] } : field]),
      ),
      costSharingChoices: COST_SHARING_CHOICES,
      values,
      errors: state.errors,
      summary: state.summary,
      hasEvents: events.length > 0,
    });
  }

  private async renderInvitation(
    request: FastifyRequest,
    reply: FastifyReply,
    token: string,
    values: FormValues,
    state: FormState,
  ) {
    const { invitation, event, mode } = await this.load(request, token);
    const inviterName = await this.invitations.inviterNameOf(invitation);
    // The token in the address is the key to this page: never hand it to another site.
    void reply.header('referrer-policy', 'no-referrer');
    return reply.status(state.status).view('invitation', {
      ...(await this.session.context(request, reply)),
      ...PAGE_FORMATS,
      title: `Uitnodiging: ${event.title}`,
      token,
      invitation,
      event,
      inviterName: inviterName ?? 'Een cultuurhuis',
      sharingLabel: COST_SHARING_LABELS[invitation.costSharing],
      shares: shareTariff(event.careCentreTariffCents, invitation.costSharing, invitation.careCentreShareCents),
      mode,
      steps: ACCEPT_STEPS,
      values,
      errors: state.errors,
      summary: state.summary,
    });
  }

  private async load(
    request: FastifyRequest,
    token: string,
  ): Promise<{ invitation: InvitationView; event: PublicEventView; mode: AcceptMode }> {
    const invitation = await this.invitations.findByToken(token);
    const event = await this.events.get(invitation.eventId);
    const user = await this.session.currentUser(request);
    return { invitation, event, mode: acceptMode(invitation, event, user?.organisation ?? null) };
  }

  private async requireCultureHouse(request: FastifyRequest) {
    const actor = await this.session.requireActor(request, [Role.Member]);
    if (actor.organisationKind !== OrganisationKind.CultureHouse) {
      throw new ProblemException(CommonProblems.forbidden, 'Enkel cultuurhuizen kunnen zorgcentra uitnodigen.');
    }
    return actor;
  }
}

/** What the invitation page offers this visitor. */
function acceptMode(
  invitation: InvitationView,
  event: PublicEventView,
  organisation: { id: string; kind: OrganisationKind } | null,
): AcceptMode {
  if (invitation.status !== InvitationStatus.Open) return 'closed';
  if (!signOnOpen(event)) return 'event-closed';
  if (!organisation) return invitation.inviteeOrganisationId ? 'sign-in' : 'register';
  // An invitation sent to an e-mail address may be accepted by whichever care centre signs in with its link.
  const invited =
    invitation.inviteeOrganisationId ?? (organisation.kind === OrganisationKind.CareCentre ? organisation.id : null);
  return organisation.id === invited ? 'accept' : 'wrong-account';
}

/** Sorted as people read names: "WZC 2" before "WZC 10", accents and case ignored. */
export function byName<T extends { name: string }>(organisations: readonly T[]): T[] {
  return [...organisations].sort((a, b) => a.name.localeCompare(b.name, 'nl-BE', { numeric: true, sensitivity: 'base' }));
}
