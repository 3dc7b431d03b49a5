import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '../accounts/authenticated-user.js';
import { ProblemException } from '../common/errors/problem.js';
import type { RenderedDocument } from '../common/http/rendered-document.js';
import { maySeeInvoice } from './invoice-access.js';
import type { InvoiceDocument } from './invoice-document.js';
import { InvoicesRepository, type InvoiceRow } from './invoices.repository.js';
import { InvoicingProblems } from './invoicing.errors.js';
import { renderInvoicePdf } from './pdf/invoice-pdf.js';
import { renderUbl } from './ubl/ubl-document.js';

export type DocumentFormat = 'pdf' | 'xml';

/**
 * Renders stored invoices and credit notes again on request. The parties are the snapshots taken
 * at issue, and the totals come from the stored lines, so a re-render shows what was sent.
 */
@Injectable()
export class InvoiceDocumentsService {
  constructor(private readonly invoices: InvoicesRepository) {}

  async invoice(id: string, format: DocumentFormat, user: AuthenticatedUser): Promise<RenderedDocument> {
    const invoice = await this.invoices.findById(id);
    if (!invoice || !maySeeInvoice(user, invoice.buyerOrganisationId)) {
      throw new ProblemException(InvoicingProblems.invoiceNotFound, 'Deze factuur bestaat niet of is niet aan u gericht.');
    }
    const document: InvoiceDocument = {
      kind: 'invoice',
      ...(await this.common(invoice)),
      number: invoice.number,
      issueDate: invoice.issueDate,
      dueDate: invoice.dueDate,
      structuredCommunication: invoice.structuredCommunication,
      ...(invoice.paidOnlineOn ? { paidOnline: { paidOn: invoice.paidOnlineOn } } : {}),
    };
    return render(document, format, `factuur-${invoice.number}`);
  }

  async creditNote(id: string, format: DocumentFormat, user: AuthenticatedUser): Promise<RenderedDocument> {
    const creditNote = await this.invoices.findCreditNote(id);
    const invoice = creditNote && (await this.invoices.findById(creditNote.invoiceId));
    if (!creditNote || !invoice || !maySeeInvoice(user, invoice.buyerOrganisationId)) {
      throw new ProblemException(InvoicingProblems.creditNoteNotFound, 'Deze creditnota bestaat niet of is niet aan u gericht.');
    }
    const document: InvoiceDocument = {
      kind: 'credit-note',
      ...(await this.common(invoice)),
      number: creditNote.number,
      issueDate: creditNote.issueDate,
      structuredCommunication: creditNote.structuredCommunication,
      creditedInvoice: { number: invoice.number, issueDate: invoice.issueDate },
    };
    return render(document, format, `creditnota-${creditNote.number}`);
  }

  private async common(invoice: InvoiceRow) {
    return {
      seller: invoice.seller,
      sellerIban: invoice.sellerIban,
      buyer: invoice.buyer,
      lines: await this.invoices.lines(invoice.id),
    };
  }
}

async function render(document: InvoiceDocument, format: DocumentFormat, baseName: string): Promise<RenderedDocument> {
  return format === 'pdf'
    ? { fileName: `${baseName}.pdf`, contentType: 'application/pdf', body: await renderInvoicePdf(document) }
    : { fileName: `${baseName}.xml`, contentType: 'application/xml; charset=utf-8', body: await renderUbl(document) };
}
