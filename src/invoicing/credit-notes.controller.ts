import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser } from '../accounts/access.decorators.js';
import type { AuthenticatedUser } from '../accounts/authenticated-user.js';
import { ParseIdPipe } from '../common/http/parse-id.pipe.js';
import { InvoiceDocumentsService } from './invoice-documents.service.js';
import { asFile } from '../common/http/rendered-document.js';

@ApiTags('facturen')
@ApiBearerAuth()
@Controller('api/credit-notes')
export class CreditNotesController {
  constructor(private readonly documents: InvoiceDocumentsService) {}

  @Get(':id.pdf')
  @Authenticated()
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'De creditnota als pdf (finance, admin en de koper).' })
  async pdf(@Param('id', ParseIdPipe) id: string, @CurrentUser() user: AuthenticatedUser) {
    return asFile(await this.documents.creditNote(id, 'pdf', user));
  }

  @Get(':id.xml')
  @Authenticated()
  @ApiProduces('application/xml')
  @ApiOperation({ summary: 'De creditnota als Peppol BIS Billing 3.0 UBL CreditNote (finance, admin en de koper).' })
  async xml(@Param('id', ParseIdPipe) id: string, @CurrentUser() user: AuthenticatedUser) {
    return asFile(await this.documents.creditNote(id, 'xml', user));
  }
}
