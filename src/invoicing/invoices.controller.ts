import { Body, Controller, Get, Header, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser } from '../accounts/access.decorators.js';
import type { AuthenticatedUser } from '../accounts/authenticated-user.js';
import { Role } from '../accounts/role.js';
import { ParseIdPipe } from '../common/http/parse-id.pipe.js';
import { InvoiceQuery } from './dto/invoice-query.dto.js';
import { InvoiceView, ReminderView } from './dto/invoice.view.js';
import { RegisterPaymentDto } from './dto/register-payment.dto.js';
import { asFile } from '../common/http/rendered-document.js';
import { InvoiceDocumentsService } from './invoice-documents.service.js';
import { InvoicesService } from './invoices.service.js';

@ApiTags('facturen')
@ApiBearerAuth()
@Controller('api')
export class InvoicesController {
  constructor(
    private readonly invoices: InvoicesService,
    private readonly documents: InvoiceDocumentsService,
  ) {}

  @Get('invoices')
  @Authenticated()
  @ApiOperation({
    summary: 'Facturen, te filteren op jaar, stand en organisatie; een lid ziet enkel die aan de eigen organisatie.',
  })
  @ApiOkResponse({ type: [InvoiceView] })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: InvoiceQuery) {
    return this.invoices.list(user, query);
  }

  @Get('invoices.csv')
  @Authenticated()
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="facturen.csv"')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'Dezelfde lijst als CSV voor de boekhouder (puntkomma, UTF-8 met BOM).' })
  exportCsv(@CurrentUser() user: AuthenticatedUser, @Query() query: InvoiceQuery) {
    return this.invoices.exportCsv(user, query);
  }

  @Get('invoices/overdue')
  @Authenticated(Role.Finance, Role.Admin)
  @ApiOperation({ summary: 'Vervallen facturen: open of deels betaald na de vervaldag (finance, admin).' })
  @ApiOkResponse({ type: [InvoiceView] })
  overdue() {
    return this.invoices.overdue();
  }

  @Get('invoices/:id.pdf')
  @Authenticated()
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'De factuur als pdf, in het Nederlands (finance, admin en de koper).' })
  async pdf(@Param('id', ParseIdPipe) id: string, @CurrentUser() user: AuthenticatedUser) {
    return asFile(await this.documents.invoice(id, 'pdf', user));
  }

  @Get('invoices/:id.xml')
  @Authenticated()
  @ApiProduces('application/xml')
  @ApiOperation({ summary: 'De factuur als Peppol BIS Billing 3.0 UBL (finance, admin en de koper).' })
  async xml(@Param('id', ParseIdPipe) id: string, @CurrentUser() user: AuthenticatedUser) {
    return asFile(await this.documents.invoice(id, 'xml', user));
  }

  @Get('invoices/:id')
  @Authenticated()
  @ApiOperation({ summary: 'Eén factuur met wat betaald, open en terug te betalen is.' })
  @ApiOkResponse({ type: InvoiceView })
  get(@Param('id', ParseIdPipe) id: string, @CurrentUser() user: AuthenticatedUser) {
    return this.invoices.get(id, user);
  }

  @Post('invoices/:id/payments')
  @Authenticated(Role.Finance, Role.Admin)
  @ApiOperation({ summary: 'Een ontvangen betaling boeken; deelbetalingen mogen, meer dan het openstaande bedrag niet.' })
  @ApiCreatedResponse({ type: InvoiceView })
  registerPayment(
    @Param('id', ParseIdPipe) id: string,
    @CurrentUser() user: AuthenticatedUser,
    @Body() input: RegisterPaymentDto,
  ) {
    return this.invoices.registerPayment(id, user, input);
  }

  @Post('invoices/:id/reminders')
  @HttpCode(202)
  @Authenticated(Role.Finance, Role.Admin)
  @ApiOperation({ summary: 'Een herinnering laten versturen naar de koper (via de mailwachtrij).' })
  @ApiOkResponse({ type: ReminderView })
  remind(@Param('id', ParseIdPipe) id: string, @CurrentUser() user: AuthenticatedUser) {
    return this.invoices.queueReminder(id, user);
  }
}
