import { Body, Controller, Get, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { isUUID } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Role } from '../accounts/role.js';
import { ProblemException } from '../common/errors/problem.js';
import { sendDocument } from '../common/http/rendered-document.js';
import { InvoiceDocumentsService } from '../invoicing/invoice-documents.service.js';
import { InvoicesService } from '../invoicing/invoices.service.js';
import { InvoicingProblems } from '../invoicing/invoicing.errors.js';
import { CheckoutService } from '../payments/checkout.service.js';
import { SubscriptionProblems } from '../subscriptions/subscriptions.errors.js';
import { PAGE_FORMATS } from './format.js';
import { INVOICE_STATUS_LABELS } from './labels.js';
import { WebPageFilter } from './web-page.filter.js';
import { WebSession } from './web-session.js';

/** What a satellite pays: online for a held place (Stripe's page), or by transfer on the invoice. */
@ApiExcludeController()
@UseFilters(WebPageFilter)
@Controller('mijn')
export class BillingPagesController {
  constructor(
    private readonly checkout: CheckoutService,
    private readonly invoices: InvoicesService,
    private readonly documents: InvoiceDocumentsService,
    private readonly session: WebSession,
  ) {}

  /** The held place is paid on Stripe's page; Stripe sends the browser back and the webhook confirms. */
  @Post('intekeningen/:id/betalen')
  async pay(
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const actor = await this.session.requireActor(request, [Role.Member]);
    this.session.assertCsrf(request, body);
    if (!isUUID(id)) throw new ProblemException(SubscriptionProblems.notFound, 'Deze intekening bestaat niet.');
    const { checkoutUrl } = await this.checkout.start(id, actor);
    return reply.redirect(checkoutUrl, 303);
  }

  @Get('facturen')
  async list(@Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const actor = await this.session.requireActor(request);
    return reply.view('my-invoices', {
      ...(await this.session.context(request, reply)),
      ...PAGE_FORMATS,
      INVOICE_STATUS_LABELS,
      title: 'Mijn facturen',
      invoices: await this.invoices.list(actor, {}),
    });
  }

  @Get('facturen/:id/pdf')
  async pdf(@Param('id') id: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const actor = await this.session.requireActor(request);
    if (!isUUID(id)) throw new ProblemException(InvoicingProblems.invoiceNotFound, 'Deze factuur bestaat niet.');
    return sendDocument(reply, await this.documents.invoice(id, 'pdf', actor));
  }

  /** The same access rule as the API: only the buyer (and finance, admin) gets a credit note. */
  @Get('creditnotas/:id/pdf')
  async creditNotePdf(@Param('id') id: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const actor = await this.session.requireActor(request);
    if (!isUUID(id)) throw new ProblemException(InvoicingProblems.creditNoteNotFound, 'Deze creditnota bestaat niet.');
    return sendDocument(reply, await this.documents.creditNote(id, 'pdf', actor));
  }
}
