import { Body, Controller, Get, Param, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createValidationPipe } from '../common/http/validation-pipe.js';
import { RateLimited, RateLimitGuard } from '../common/rate-limit/rate-limit.guard.js';
import { FeedbackDto, type FeedbackView } from '../impact/dto/feedback.dto.js';
import { FeedbackService } from '../impact/feedback.service.js';
import {
  FEEDBACK_FIELDS,
  feedbackBody,
  feedbackValues,
  missingFeedback,
  PICTURE_AND_SOUND_CHOICES,
  SATISFACTION_CHOICES,
} from './feedback-form.js';
import { formStateFor, readForm, type FormState, type FormValues } from './form-fields.js';
import { PAGE_FORMATS } from './format.js';
import { WebPageFilter } from './web-page.filter.js';
import { WebSession } from './web-session.js';

const validation = createValidationPipe();

/**
 * The page behind the link in the mail after a stream: five questions, no login, answered in
 * under a minute on a phone. The signed token is the key; a wrong or expired one gets the error
 * page with its Dutch explanation (404 or 410).
 */
@ApiExcludeController()
@UseFilters(WebPageFilter)
@Controller('feedback')
export class FeedbackPagesController {
  constructor(
    private readonly feedback: FeedbackService,
    private readonly session: WebSession,
  ) {}

  @Get(':token')
  async page(
    @Param('token') token: string,
    @Query('bedankt') thanked: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const view = await this.feedback.view(token);
    const state = { errors: {}, summary: '', status: 200 };
    return this.render(request, reply, token, view, feedbackValues(view), state, thanked === '1');
  }

  @Post(':token')
  @RateLimited('feedback')
  @UseGuards(RateLimitGuard)
  async save(
    @Param('token') token: string,
    @Body() body: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    this.session.assertCsrf(request, body);
    const view = await this.feedback.view(token);
    const values = readForm(FEEDBACK_FIELDS, body);
    try {
      const input = (await validation.transform(feedbackBody(values), { type: 'body', metatype: FeedbackDto })) as FeedbackDto;
      await this.feedback.save(token, input);
      return reply.redirect(`/feedback/${encodeURIComponent(token)}?bedankt=1`, 303);
    } catch (error) {
      // A question left open is said as such, not as "not a number".
      const state = formStateFor(error, FEEDBACK_FIELDS);
      const errors = { ...state.errors, ...missingFeedback(values) };
      return this.render(request, reply, token, view, values, { ...state, errors }, false);
    }
  }

  private async render(
    request: FastifyRequest,
    reply: FastifyReply,
    token: string,
    view: FeedbackView,
    values: FormValues,
    state: FormState,
    thanked: boolean,
  ) {
    // The token in the address is the key to this answer: never hand it to another site.
    void reply.header('referrer-policy', 'no-referrer').header('cache-control', 'no-store');
    return reply.status(state.status).view('feedback', {
      ...(await this.session.context(request, reply)),
      ...PAGE_FORMATS,
      title: `Hoe was ${view.eventTitle}?`,
      token,
      feedback: view,
      thanked,
      fields: Object.fromEntries(FEEDBACK_FIELDS.map((field) => [field.name, field])),
      satisfactionChoices: SATISFACTION_CHOICES,
      pictureAndSoundChoices: PICTURE_AND_SOUND_CHOICES,
      values,
      errors: state.errors,
      summary: state.summary,
    });
  }
}
