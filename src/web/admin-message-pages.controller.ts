import { Body, Controller, Get, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Role } from '../accounts/role.js';
import { ProblemException } from '../common/errors/problem.js';
import { OutboxProblems, ParkedMessages } from '../common/outbox/parked-messages.js';
import { PAGE_FORMATS } from './format.js';
import { OUTBOX_TOPIC_LABELS } from './labels.js';
import { WebPageFilter } from './web-page.filter.js';
import { WebSession } from './web-session.js';

const ADMIN = [Role.Admin];
/** Parked messages are rare; far more than this means one cause, and the first page shows it. */
const PAGE_LIMIT = 100;
const NOTICES: Record<string, string> = {
  opnieuw:
    'Het bericht staat opnieuw in de wachtrij en wordt binnen enkele seconden verwerkt. Lukt het weer niet, dan staat het hier opnieuw met de nieuwe fout.',
};

/** Outbox messages that gave up after their last try, for the admin to look at and put back in the queue. */
@ApiExcludeController()
@UseFilters(WebPageFilter)
@Controller('beheer/berichten')
export class AdminMessagePagesController {
  constructor(
    private readonly parked: ParkedMessages,
    private readonly session: WebSession,
  ) {}

  @Get()
  async list(@Query('bericht') notice: unknown, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    await this.session.requireActor(request, ADMIN);
    const page = await this.parked.list(PAGE_LIMIT, 0);
    return reply.view('admin-messages', {
      ...(await this.session.context(request, reply)),
      ...PAGE_FORMATS,
      OUTBOX_TOPIC_LABELS,
      title: 'Vastgelopen berichten',
      messages: page.items,
      total: page.total,
      notice: typeof notice === 'string' ? (NOTICES[notice] ?? '') : '',
    });
  }

  @Post(':id/opnieuw')
  async retry(
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const actor = await this.session.requireActor(request, ADMIN);
    this.session.assertCsrf(request, body);
    if (!/^\d{1,10}$/.test(id)) throw new ProblemException(OutboxProblems.notFound, 'Dit bericht bestaat niet.');
    await this.parked.retry(id, actor.id);
    return reply.redirect('/beheer/berichten?bericht=opnieuw', 303);
  }
}
