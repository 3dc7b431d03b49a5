import { Controller, Get, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Role } from '../accounts/role.js';
import { PaymentReviewsService } from '../payments/payment-reviews.service.js';
import { PAGE_FORMATS } from './format.js';
import { WebPageFilter } from './web-page.filter.js';
import { WebSession } from './web-session.js';

const PER_PAGE = 50;

/** Online payments that Stripe charged differently from what was due: the same list as GET /api/payments/to-review. */
@ApiExcludeController()
@UseFilters(WebPageFilter)
@Controller('financien/te-controleren')
export class FinancePaymentReviewPagesController {
  constructor(
    private readonly reviews: PaymentReviewsService,
    private readonly session: WebSession,
  ) {}

  @Get()
  async list(@Query('pagina') rawPage: unknown, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    await this.session.requireActor(request, [Role.Finance, Role.Admin]);
    const page = typeof rawPage === 'string' && /^[1-9]\d{0,5}$/.test(rawPage) ? Number(rawPage) : 1;
    const { items, total } = await this.reviews.list(PER_PAGE, (page - 1) * PER_PAGE);
    return reply.view('finance-payments-to-review', {
      ...(await this.session.context(request, reply)),
      ...PAGE_FORMATS,
      title: 'Te controleren betalingen',
      items,
      page,
      pages: Math.max(1, Math.ceil(total / PER_PAGE)),
      total,
    });
  }
}
