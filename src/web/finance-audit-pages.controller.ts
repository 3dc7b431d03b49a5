import { Controller, Get, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Role } from '../accounts/role.js';
import { FinanceLedgerService } from '../finance/finance-ledger.service.js';
import { auditLine, type AuditRow } from './audit-entries.js';
import { PAGE_FORMATS } from './format.js';
import { WebPageFilter } from './web-page.filter.js';
import { WebSession } from './web-session.js';

const PER_PAGE = 50;

/** The audit trail for finance: money entries and programme decisions, newest first, the same list as the API. */
@ApiExcludeController()
@UseFilters(WebPageFilter)
@Controller('financien/audit')
export class FinanceAuditPagesController {
  constructor(
    private readonly ledger: FinanceLedgerService,
    private readonly session: WebSession,
  ) {}

  @Get()
  async list(@Query('pagina') rawPage: unknown, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    await this.session.requireActor(request, [Role.Finance, Role.Admin]);
    const page = typeof rawPage === 'string' && /^[1-9]\d{0,5}$/.test(rawPage) ? Number(rawPage) : 1;
    const { items, total } = await this.ledger.audit(PER_PAGE, (page - 1) * PER_PAGE);
    return reply.view('finance-audit', {
      ...(await this.session.context(request, reply)),
      ...PAGE_FORMATS,
      title: 'Logboek',
      lines: (items as unknown as AuditRow[]).map(auditLine),
      page,
      pages: Math.max(1, Math.ceil(total / PER_PAGE)),
      total,
    });
  }
}
