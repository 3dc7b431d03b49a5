import { Body, Controller, Get, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { isUUID } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Role } from '../accounts/role.js';
import type { CalendarPart } from '../calendar/calendar-components.js';
import { CalendarFeedsService } from '../calendar/calendar-feeds.service.js';
import { SignOnInviteService } from '../calendar/sign-on-invite.service.js';
import { ProblemException } from '../common/errors/problem.js';
import { SubscriptionProblems } from '../subscriptions/subscriptions.errors.js';
import { PAGE_FORMATS } from './format.js';
import { WebPageFilter } from './web-page.filter.js';
import { WebSession } from './web-session.js';

const MEMBERS = [Role.Member];

/** A satellite's calendar: the invite of one sign-on as a file, and the private feed link with how to add it. */
@ApiExcludeController()
@UseFilters(WebPageFilter)
@Controller('mijn')
export class CalendarPagesController {
  constructor(
    private readonly feeds: CalendarFeedsService,
    private readonly invites: SignOnInviteService,
    private readonly session: WebSession,
  ) {}

  @Get('intekeningen/:id/uitnodiging.ics')
  invite(@Param('id') id: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    return this.sendInvite(id, 'stream', request, reply);
  }

  @Get('intekeningen/:id/technische-test.ics')
  testSlotInvite(@Param('id') id: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    return this.sendInvite(id, 'test-slot', request, reply);
  }

  private async sendInvite(id: string, part: CalendarPart, request: FastifyRequest, reply: FastifyReply) {
    const actor = await this.session.requireActor(request);
    if (!isUUID(id)) throw new ProblemException(SubscriptionProblems.notFound, 'Deze intekening bestaat niet.');
    const ics = await this.invites.inviteFor(id, actor, part);
    const file = part === 'stream' ? 'uitnodiging.ics' : 'technische-test.ics';
    return reply
      .header('content-type', 'text/calendar; charset=utf-8')
      .header('content-disposition', `attachment; filename="${file}"`)
      .send(ics);
  }

  @Get('agenda')
  async calendar(@Query('nieuw') fresh: unknown, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const actor = await this.session.requireActor(request, MEMBERS);
    return reply.view('my-calendar', {
      ...(await this.session.context(request, reply)),
      ...PAGE_FORMATS,
      title: 'Mijn agenda',
      enhance: true,
      feed: await this.feeds.linkFor(actor.organisationId),
      fresh: fresh === '1',
    });
  }

  /** Makes the first link, or replaces one that leaked; the old one stops working at once. */
  @Post('agenda')
  async makeLink(@Body() body: Record<string, unknown>, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const actor = await this.session.requireActor(request, MEMBERS);
    this.session.assertCsrf(request, body);
    await this.feeds.rotate(actor.organisationId);
    return reply.redirect('/mijn/agenda?nieuw=1', 303);
  }
}
