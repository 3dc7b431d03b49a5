import { Body, Controller, Get, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { isUUID } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Role } from '../accounts/role.js';
import { NewDateDto } from '../calendar/dto/new-date.dto.js';
import { NewDateService } from '../calendar/new-date.service.js';
import { createValidationPipe } from '../common/http/validation-pipe.js';
import type { AdminEventView } from '../events/dto/event.dto.js';
import { eventNotFound, EventsService } from '../events/events.service.js';
import { formStateFor, readForm, type FormState, type FormValues } from './form-fields.js';
import { PAGE_FORMATS } from './format.js';
import { NEW_DATE_ALIASES, NEW_DATE_FIELDS, newDateBody } from './new-date-form.js';
import { WebPageFilter } from './web-page.filter.js';
import { WebSession } from './web-session.js';

const validation = createValidationPipe();

/** A cancelled stream gets a new date: a new event linked to the old one, with a priority window for its satellites. */
@ApiExcludeController()
@UseFilters(WebPageFilter)
@Controller('beheer/voorstellingen')
export class AdminNewDatePagesController {
  constructor(
    private readonly events: EventsService,
    private readonly newDates: NewDateService,
    private readonly session: WebSession,
  ) {}

  @Get(':id/nieuwe-datum')
  async form(@Param('id') id: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const event = await this.cancelledEvent(request, id);
    const defaults = { startTime: '14:00', endTime: '15:30', deadlineTime: '23:59', priorityTime: '23:59', publish: 'ja' };
    return this.render(request, reply, event, defaults, { errors: {}, summary: '', status: 200 });
  }

  @Post(':id/nieuwe-datum')
  async create(
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const event = await this.cancelledEvent(request, id);
    this.session.assertCsrf(request, body);
    const values = readForm(NEW_DATE_FIELDS, body);
    const parsed = newDateBody(values);
    if (Object.keys(parsed.errors).length > 0) {
      return this.render(request, reply, event, values, { errors: parsed.errors, summary: '', status: 400 });
    }
    try {
      const dto = (await validation.transform(parsed.body, { type: 'body', metatype: NewDateDto })) as NewDateDto;
      await this.newDates.create(event.id, dto, (await this.session.requireActor(request)).id);
      return reply.redirect('/beheer/voorstellingen?bericht=nieuwe-datum', 303);
    } catch (error) {
      return this.render(request, reply, event, values, formStateFor(error, NEW_DATE_FIELDS, NEW_DATE_ALIASES));
    }
  }

  private async render(
    request: FastifyRequest,
    reply: FastifyReply,
    event: AdminEventView,
    values: FormValues,
    state: FormState,
  ) {
    return reply.status(state.status).view('admin-new-date', {
      ...(await this.session.context(request, reply)),
      ...PAGE_FORMATS,
      title: `Nieuwe datum: ${event.title}`,
      event,
      fields: NEW_DATE_FIELDS,
      values,
      errors: state.errors,
      summary: state.summary,
    });
  }

  private async cancelledEvent(request: FastifyRequest, id: string): Promise<AdminEventView> {
    const actor = await this.session.requireActor(request, [Role.Admin]);
    if (!isUUID(id)) throw eventNotFound(id);
    return (await this.events.get(id, actor)) as AdminEventView;
  }
}
