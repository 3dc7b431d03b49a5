import { Controller, Get, Param, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { isUUID } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Role } from '../accounts/role.js';
import { CommonProblems, ProblemException } from '../common/errors/problem.js';
import { EventsService } from '../events/events.service.js';
import { shareTariff } from '../subscriptions/cost-sharing.js';
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
    private readonly events: EventsService,
    private readonly invitations: InvitationsService,
    private readonly session: WebSession,
  ) {}

  @Get()
  async list(@Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const actor = await this.session.requireActor(request, [Role.Member]);
    const mine = await this.invitations.listMineWithParties(actor);
    const eventIds = [...new Set(mine.map(({ invitation }) => invitation.eventId))];
    const events = new Map(await Promise.all(eventIds.map(async (id) => [id, await this.events.get(id)] as const)));
    const rows = mine.map((row) => ({
      invitation: row.invitation,
      event: events.get(row.invitation.eventId),
      inviter: row.inviterName,
      invitee: row.inviteeName,
      // A received open invitation is accepted on the same page its e-mail link opens.
      acceptPath: row.sent ? null : row.linkPath,
    }));
    return reply.view('my-invitations', {
      ...(await this.session.context(request, reply)),
      ...PAGE_FORMATS,
      INVITATION_STATUS_LABELS,
      COST_SHARING_LABELS,
      title: 'Mijn uitnodigingen',
      sent: rows.filter((_, index) => mine[index].sent),
      received: rows.filter((_, index) => !mine[index].sent),
    });
  }

  @Get(':id')
  async sent(@Param('id') id: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const actor = await this.session.requireActor(request, [Role.Member]);
    if (!isUUID(id)) throw notFound();
    const { invitation, invitee } = await this.invitations.getSent(actor, id);
    const event = await this.events.get(invitation.eventId);
    return reply.view('invitation-sent', {
      ...(await this.session.context(request, reply)),
      ...PAGE_FORMATS,
      INVITATION_STATUS_LABELS,
      title: 'Uitnodiging klaar',
      enhance: true,
      invitation,
      event,
      invitee,
      shares: shareTariff(event.careCentreTariffCents, invitation.costSharing, invitation.careCentreShareCents),
    });
  }
}
