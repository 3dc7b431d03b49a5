import { Controller, Get, Param, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type DataSource, In } from 'typeorm';
import { Role } from '../accounts/role.js';
import { AppConfig } from '../common/config/app-config.js';
import { CommonProblems, ProblemException } from '../common/errors/problem.js';
import { EventsService } from '../events/events.service.js';
import { OrganisationsRepository } from '../organisations/organisations.repository.js';
import { shareTariff } from '../subscriptions/cost-sharing.js';
import { Invitation, InvitationStatus } from '../subscriptions/entities/invitation.entity.js';
import { InvitationsService } from '../subscriptions/invitations.service.js';
import { PAGE_FORMATS } from './format.js';
import { COST_SHARING_LABELS } from './labels.js';
import { WebPageFilter } from './web-page.filter.js';
import { WebSession } from './web-session.js';

export const INVITATION_STATUS_LABELS: Record<string, string> = { open: 'open', accepted: 'aanvaard', revoked: 'ingetrokken' };

const notFound = () => new ProblemException(CommonProblems.notFound, 'Deze uitnodiging bestaat niet (of is niet van u).');

/** The invitations an organisation sent and received, and the result page a sent invite form redirects to. */
@ApiExcludeController()
@UseFilters(WebPageFilter)
@Controller('mijn/uitnodigingen')
export class MyInvitationsPagesController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly events: EventsService,
    private readonly invitations: InvitationsService,
    private readonly organisations: OrganisationsRepository,
    private readonly session: WebSession,
  ) {}

  @Get()
  async list(@Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const actor = await this.session.requireActor(request, [Role.Member]);
    const mine = await this.invitations.listMine(actor);
    const eventIds = [...new Set(mine.map((invitation) => invitation.eventId))];
    const events = new Map(await Promise.all(eventIds.map(async (id) => [id, await this.events.get(id)] as const)));
    const organisationIds = [
      ...new Set(mine.flatMap((invitation) => [invitation.inviterOrganisationId, invitation.inviteeOrganisationId ?? []].flat())),
    ];
    const names = new Map(
      await Promise.all(organisationIds.map(async (id) => [id, (await this.organisations.findById(id))?.name ?? ''] as const)),
    );
    const rows = mine.map((invitation) => ({
      invitation,
      event: events.get(invitation.eventId),
      inviter: names.get(invitation.inviterOrganisationId),
      invitee: invitation.inviteeOrganisationId ? names.get(invitation.inviteeOrganisationId) : invitation.inviteeEmail,
    }));
    const received = rows.filter((row) => row.invitation.inviteeOrganisationId === actor.organisationId);
    // A received open invitation is accepted on the same page its e-mail link opens.
    const openIds = received.filter((row) => row.invitation.status === InvitationStatus.Open).map((row) => row.invitation.id);
    const tokens = new Map(
      openIds.length === 0
        ? []
        : (await this.dataSource.getRepository(Invitation).findBy({ id: In(openIds) })).map((stored) => [
            stored.id,
            stored.token,
          ]),
    );
    return reply.view('my-invitations', {
      ...(await this.session.context(request, reply)),
      ...PAGE_FORMATS,
      INVITATION_STATUS_LABELS,
      COST_SHARING_LABELS,
      title: 'Mijn uitnodigingen',
      sent: rows.filter((row) => row.invitation.inviterOrganisationId === actor.organisationId),
      received: received.map((row) => ({
        ...row,
        acceptPath: tokens.has(row.invitation.id) ? `/uitnodigingen/${tokens.get(row.invitation.id)}` : null,
      })),
    });
  }

  @Get(':id')
  async sent(@Param('id') id: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const actor = await this.session.requireActor(request, [Role.Member]);
    if (!isUUID(id)) throw notFound();
    const invitation = (await this.invitations.listMine(actor)).find(
      (mine) => mine.id === id && mine.inviterOrganisationId === actor.organisationId,
    );
    if (!invitation) throw notFound();
    // The link is the invitation's key; only the inviter sees it again, as when it was made.
    const stored = await this.dataSource.getRepository(Invitation).findOneByOrFail({ id });
    const event = await this.events.get(invitation.eventId);
    return reply.view('invitation-sent', {
      ...(await this.session.context(request, reply)),
      ...PAGE_FORMATS,
      INVITATION_STATUS_LABELS,
      title: 'Uitnodiging klaar',
      enhance: true,
      invitation: { ...invitation, acceptUrl: `${this.config.PUBLIC_BASE_URL.replace(/\/$/, '')}/uitnodigingen/${stored.token}` },
      event,
      invitee: invitation.inviteeOrganisationId ? await this.organisations.findById(invitation.inviteeOrganisationId) : null,
      shares: shareTariff(event.careCentreTariffCents, invitation.costSharing, invitation.careCentreShareCents),
    });
  }
}
