import { Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxRelay } from '../common/outbox/outbox-relay.js';
import { CreditNotesController } from './credit-notes.controller.js';
import { CreditNote } from './entities/credit-note.entity.js';
import { DocumentNumberCounter } from './entities/document-number-counter.entity.js';
import { InvoiceLineRow } from './entities/invoice-line.entity.js';
import { InvoicePayment } from './entities/invoice-payment.entity.js';
import { InvoiceReminder } from './entities/invoice-reminder.entity.js';
import { Invoice } from './entities/invoice.entity.js';
import { InvoiceDocumentsService } from './invoice-documents.service.js';
import { InvoiceIssuingService } from './invoice-issuing.service.js';
import { InvoicesController } from './invoices.controller.js';
import { InvoicesRepository } from './invoices.repository.js';
import { InvoicesService } from './invoices.service.js';
import { creditOnCancellation, invoiceOnConfirmation } from './invoicing-outbox-handlers.js';

/** Invoices on confirmation, credit notes on cancellation, payments, reminders and the documents. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Invoice, InvoiceLineRow, CreditNote, InvoicePayment, InvoiceReminder, DocumentNumberCounter]),
  ],
  controllers: [InvoicesController, CreditNotesController],
  providers: [InvoicesRepository, InvoiceIssuingService, InvoicesService, InvoiceDocumentsService],
  exports: [InvoiceIssuingService, InvoicesService, InvoiceDocumentsService],
})
export class InvoicingModule implements OnModuleInit {
  constructor(
    private readonly relay: OutboxRelay,
    private readonly issuing: InvoiceIssuingService,
  ) {}

  onModuleInit(): void {
    this.relay.register(invoiceOnConfirmation(this.issuing));
    this.relay.register(creditOnCancellation(this.issuing));
  }
}
