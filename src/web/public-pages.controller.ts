import { Controller, Get, Param, Query, Redirect, Res, Req, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isUUID } from 'class-validator';
import { EventStatus } from '../events/event-status.js';
import { SeasonsService } from '../events/seasons.service.js';
import { eventNotFound, EventsService } from '../events/events.service.js';
import { PAGE_FORMATS, usualTestSlotExample } from './format.js';
import { EVENT_STATUS_LABELS, PROVINCE_LABELS } from './labels.js';
import { programmeQuery, PROGRAMME_LIMIT, seasonMonths } from './programme-filter.js';
import { signOnOpen } from './sign-on-open.js';
import { WebPageFilter } from './web-page.filter.js';
import { WebSession } from './web-session.js';

/** Helpers every template may call. */
export const FORMAT = { ...PAGE_FORMATS, PROVINCE_LABELS, EVENT_STATUS_LABELS };

@ApiExcludeController()
@UseFilters(WebPageFilter)
@Controller()
export class PublicPagesController {
  constructor(
    private readonly events: EventsService,
    private readonly seasons: SeasonsService,
    private readonly session: WebSession,
  ) {}

  @Get()
  @Redirect('/programma', 302)
  home(): void {}

  @Get('programma')
  async programme(@Query() raw: Record<string, unknown>, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const seasons = await this.seasons.list();
    const { filter, query } = programmeQuery(raw, seasons);
    const page = await this.events.list(query);
    return reply.view('programme', {
      ...(await this.session.context(request, reply)),
      ...FORMAT,
      title: 'Programma',
      seasons,
      months: seasonMonths(seasons, filter.seizoen),
      filter,
      events: page.items,
      total: page.total,
      limit: PROGRAMME_LIMIT,
    });
  }

  @Get('programma/:id')
  async event(@Param('id') id: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    // A mistyped address is a missing page to a visitor, not a validation error.
    if (!isUUID(id)) throw eventNotFound(id);
    const event = await this.events.get(id);
    const newDate = event.status === EventStatus.Cancelled ? await this.events.findPublicNewDateOf(id) : null;
    return reply.view('event', {
      ...(await this.session.context(request, reply)),
      ...FORMAT,
      title: event.title,
      event,
      newDate,
      signOnOpen: signOnOpen(event),
    });
  }

  @Get('hoe-werkt-het')
  async howItWorks(@Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    return reply.view('how-it-works', {
      ...(await this.session.context(request, reply)),
      title: 'Hoe werkt het?',
      testSlot: usualTestSlotExample(),
    });
  }
}
