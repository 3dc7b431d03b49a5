import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../accounts/authenticated-user.js';
import { recordAudit } from '../common/audit/audit.js';
import { CommonProblems, ProblemException } from '../common/errors/problem.js';
import { toExcelCsv } from '../common/http/excel-csv.js';
import { addToOutbox, OutboxTopic } from '../common/outbox/outbox.js';
import { decimalAmount } from './money.js';
import type { InvoiceQuery } from './dto/invoice-query.dto.js';
import { InvoiceView, type ReminderView } from './dto/invoice.view.js';
import type { RegisterPaymentDto } from './dto/register-payment.dto.js';
import { isFinanceStaff, maySeeInvoice } from './invoice-access.js';
import { brusselsDate } from './invoice-dates.js';
import { invoiceStatus, openAmountCents, overpaymentCents, refusePayment, type PaymentRefusal } from './invoice-status.js';
import { InvoicesRepository, type InvoiceRow } from './invoices.repository.js';
import { InvoicingProblems } from './invoicing.errors.js';
import { formatStructuredCommunication, parseStructuredCommunication } from './structured-communication.js';

const REFUSALS: Record<PaymentRefusal, string> = {
  credited: 'Deze factuur is gecrediteerd; een ontvangen bedrag wordt terugbetaald, niet geboekt.',
  'already-paid': 'Deze factuur is al volledig betaald.',
  overpayment:
    'Het bedrag is groter dan wat nog openstaat. Boek het met overpayment: true als te veel betaald, of boek het openstaande bedrag en stort het verschil terug.',
};

@Injectable()
export class InvoicesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly invoices: InvoicesRepository,
  ) {}

  /** Finance and admin filter freely; a member always sees only the invoices addressed to its organisation. */
  async list(user: AuthenticatedUser, query: InvoiceQuery): Promise<InvoiceView[]> {
    const buyerOrganisationId = isFinanceStaff(user) ? query.organisationId : user.organisationId;
    const rows = await this.invoices.list({ year: query.year, status: query.status, buyerOrganisationId });
    return rows.map((row) => InvoiceView.of(row));
  }

  async overdue(now = new Date()): Promise<InvoiceView[]> {
    return (await this.invoices.list({ overdueOn: brusselsDate(now) })).map((row) => InvoiceView.of(row));
  }

  async get(id: string, user: AuthenticatedUser): Promise<InvoiceView> {
    return InvoiceView.of(await this.visible(id, user));
  }

  /** For the accountant: one row per invoice, amounts in euros with a decimal comma as Dutch Excel reads them. */
  async exportCsv(user: AuthenticatedUser, query: InvoiceQuery): Promise<string> {
    const euros = (cents: number) => decimalAmount(cents).replace('.', ',');
    const rows = (await this.list(user, query)).map((invoice) => [
      invoice.number,
      invoice.issueDate,
      invoice.dueDate,
      invoice.buyerName,
      invoice.status,
      euros(invoice.netCents),
      euros(invoice.vatCents),
      euros(invoice.grossCents),
      euros(invoice.paidCents),
      euros(invoice.refundDueCents),
      invoice.structuredCommunication,
      invoice.creditNote?.number ?? null,
    ]);
    return toExcelCsv(
      [
        'Factuurnummer',
        'Factuurdatum',
        'Vervaldatum',
        'Klant',
        'Status',
        'Excl. btw',
        'Btw',
        'Incl. btw',
        'Betaald',
        'Terug te betalen',
        'Mededeling',
        'Creditnota',
      ],
      rows,
    );
  }

  /**
   * A repeat of a payment already booked (same bank reference, same invoice and amount) books
   * nothing and answers as the first did; the Idempotency-Key does the same for repeats without one.
   */
  async registerPayment(id: string, user: AuthenticatedUser, input: RegisterPaymentDto): Promise<InvoiceView> {
    await this.dataSource.transaction(async (manager) => {
      const invoice = await this.invoices.findById(id, manager, true);
      if (!invoice) throw notFound();
      const given = parseStructuredCommunication(input.communication);
      if (given !== null && given !== invoice.structuredCommunication) {
        throw new ProblemException(CommonProblems.validation, 'Deze gestructureerde mededeling hoort bij een ander document.', {
          errors: [
            { field: 'communication', message: `verwacht ${formatStructuredCommunication(invoice.structuredCommunication)}` },
          ],
        });
      }
      if (input.bankReference && (await this.alreadyBooked(manager, id, input.bankReference, input.amountCents))) return;
      const balance = { grossCents: invoice.grossCents, paidCents: invoice.paidCents, credited: invoice.creditNoteId !== null };
      const refusal = refusePayment(balance, input.amountCents, input.overpayment);
      if (refusal) {
        throw new ProblemException(InvoicingProblems.paymentRefused, REFUSALS[refusal], {
          reason: refusal,
          openCents: openAmountCents(balance),
        });
      }
      const overpaidCents = overpaymentCents(balance, input.amountCents);
      const paidCents = invoice.paidCents + input.amountCents - overpaidCents;
      const status = invoiceStatus({ ...balance, paidCents });
      const paymentId = await this.invoices.addPayment(manager, {
        invoiceId: id,
        amountCents: input.amountCents,
        overpaymentCents: overpaidCents,
        paidOn: input.date,
        communication: input.communication,
        bankReference: input.bankReference ?? null,
        userId: user.id,
      });
      await this.invoices.addToPaid(manager, id, { paidCents: input.amountCents - overpaidCents, overpaidCents }, status);
      await recordAudit(manager, {
        actorUserId: user.id,
        action: 'invoice.payment_registered',
        subjectType: 'invoice',
        subjectId: id,
        before: { paidCents: invoice.paidCents, status: invoice.status },
        after: { paidCents, status, paymentId, amountCents: input.amountCents, overpaidCents, date: input.date },
      });
    });
    return this.get(id, user);
  }

  /** True when this bank transaction is already booked here; a 409 when it was booked differently. */
  private async alreadyBooked(manager: EntityManager, invoiceId: string, bankReference: string, amountCents: number) {
    const booked = await this.invoices.paymentByBankReference(manager, bankReference);
    if (!booked) return false;
    if (booked.invoiceId === invoiceId && booked.amountCents === amountCents) return true;
    throw new ProblemException(
      InvoicingProblems.bankReferenceUsed,
      'Deze bankverrichting werd al geboekt, op een andere factuur of met een ander bedrag.',
      { errors: [{ field: 'bankReference', message: 'werd al geboekt' }] },
    );
  }

  /**
   * Queues a reminder as an outbox message; the mail capability sends it after commit with
   * invoiceReminderMail. Everything the mail shows travels in the payload, as it was when asked.
   */
  async queueReminder(id: string, user: AuthenticatedUser, now = new Date()): Promise<ReminderView> {
    return this.dataSource.transaction(async (manager) => {
      const invoice = await this.invoices.findById(id, manager, true);
      if (!invoice) throw notFound();
      const openCents = openAmountCents({
        grossCents: invoice.grossCents,
        paidCents: invoice.paidCents,
        credited: invoice.creditNoteId !== null,
      });
      if (openCents === 0) {
        throw new ProblemException(InvoicingProblems.reminderRefused, 'Op deze factuur staat niets meer open.');
      }
      const contact = await this.invoices.buyerContact(invoice.buyerOrganisationId);
      if (!contact) throw notFound();
      if (!(await this.invoices.claimReminderDay(manager, id, brusselsDate(now)))) {
        throw new ProblemException(
          InvoicingProblems.reminderRefused,
          'Voor deze factuur werd vandaag al een herinnering verstuurd. Morgen kan het opnieuw.',
        );
      }
      const payload = {
        invoiceId: id,
        organisationId: invoice.buyerOrganisationId,
        contact: { name: contact.name, email: contact.email },
        organisationName: invoice.buyer.name,
        invoiceNumber: invoice.number,
        openAmountCents: openCents,
        dueDate: invoice.dueDate,
        iban: invoice.sellerIban,
        structuredCommunication: formatStructuredCommunication(invoice.structuredCommunication),
      };
      await addToOutbox(manager, OutboxTopic.InvoiceReminder, payload);
      await recordAudit(manager, {
        actorUserId: user.id,
        action: 'invoice.reminder_queued',
        subjectType: 'invoice',
        subjectId: id,
        after: { recipient: contact.email, openAmountCents: openCents },
      });
      return { invoiceId: id, recipient: contact.email, openCents };
    });
  }

  private async visible(id: string, user: AuthenticatedUser): Promise<InvoiceRow> {
    const invoice = await this.invoices.findById(id);
    if (!invoice || !maySeeInvoice(user, invoice.buyerOrganisationId)) throw notFound();
    return invoice;
  }
}

function notFound(): ProblemException {
  return new ProblemException(InvoicingProblems.invoiceNotFound, 'Deze factuur bestaat niet of is niet aan u gericht.');
}
