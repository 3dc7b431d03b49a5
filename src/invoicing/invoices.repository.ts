import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { DocumentParty } from './invoice-document.js';
import type { InvoiceLine } from './invoice-maths.js';
import type { InvoiceStatus } from './invoice-status.js';

export interface InvoiceRow {
  id: string;
  number: string;
  year: number;
  structuredCommunication: string;
  subscriptionId: string;
  buyerOrganisationId: string;
  seller: DocumentParty;
  sellerIban: string;
  buyer: DocumentParty;
  issueDate: string;
  dueDate: string;
  status: InvoiceStatus;
  netCents: number;
  vatCents: number;
  grossCents: number;
  paidCents: number;
  overpaidCents: number;
  creditNoteId: string | null;
  creditNoteNumber: string | null;
  /** YYYY-MM-DD (Brussels) when a Stripe payment paid it before issue; null for an invoice paid by transfer. */
  paidOnlineOn: string | null;
  /** What Stripe already paid back of that online payment, VAT included. */
  refundedCents: number;
}

export interface CreditNoteRow {
  id: string;
  invoiceId: string;
  number: string;
  structuredCommunication: string;
  issueDate: string;
  grossCents: number;
}

export interface InvoiceFilter {
  year?: number;
  status?: InvoiceStatus;
  buyerOrganisationId?: string;
  /** Only due dates before this YYYY-MM-DD, for open and partly paid invoices. */
  overdueOn?: string;
}

// Dates as text: node-pg would turn a date into a Date at local midnight, which shifts with the server's zone.
const INVOICE_COLUMNS = `
  i.id, i.number, i.year, i.structured_communication AS "structuredCommunication", i.subscription_id AS "subscriptionId",
  i.buyer_organisation_id AS "buyerOrganisationId", i.seller, i.seller_iban AS "sellerIban", i.buyer,
  i.issue_date::text AS "issueDate", i.due_date::text AS "dueDate", i.status, i.net_cents AS "netCents",
  i.vat_cents AS "vatCents", i.gross_cents AS "grossCents", i.paid_cents AS "paidCents",
  i.overpaid_cents AS "overpaidCents", c.id AS "creditNoteId", c.number AS "creditNoteNumber",
  (p.paid_at AT TIME ZONE 'Europe/Brussels')::date::text AS "paidOnlineOn",
  CASE WHEN p.status = 'refunded' THEN p.gross_cents ELSE 0 END AS "refundedCents"
  FROM invoices i LEFT JOIN credit_notes c ON c.invoice_id = i.id LEFT JOIN payments p ON p.id = i.online_payment_id`;

@Injectable()
export class InvoicesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(filter: InvoiceFilter): Promise<InvoiceRow[]> {
    const conditions: string[] = [];
    const parameters: unknown[] = [];
    const where = (sql: string, value: unknown) => {
      parameters.push(value);
      conditions.push(sql.replace('?', `$${parameters.length}`));
    };
    if (filter.year !== undefined) where('i.year = ?', filter.year);
    if (filter.status !== undefined) where('i.status = ?', filter.status);
    if (filter.buyerOrganisationId !== undefined) where('i.buyer_organisation_id = ?', filter.buyerOrganisationId);
    if (filter.overdueOn !== undefined) where(`i.status IN ('open', 'partially_paid') AND i.due_date < ?`, filter.overdueOn);
    const clause = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
    return this.dataSource.query(`SELECT ${INVOICE_COLUMNS} ${clause} ORDER BY i.year DESC, i.sequence DESC`, parameters);
  }

  async findById(id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<InvoiceRow | undefined> {
    const rows = await manager.query<InvoiceRow[]>(`SELECT ${INVOICE_COLUMNS} WHERE i.id = $1 ${lock ? 'FOR UPDATE OF i' : ''}`, [
      id,
    ]);
    return rows[0];
  }

  lines(invoiceId: string): Promise<InvoiceLine[]> {
    return this.dataSource.query(
      `SELECT description, quantity, unit_price_cents AS "unitPriceCents", vat_rate_percent AS "vatRatePercent"
         FROM invoice_lines WHERE invoice_id = $1 ORDER BY position`,
      [invoiceId],
    );
  }

  async findCreditNote(id: string): Promise<CreditNoteRow | undefined> {
    const rows = await this.dataSource.query<CreditNoteRow[]>(
      `SELECT id, invoice_id AS "invoiceId", number, structured_communication AS "structuredCommunication",
              issue_date::text AS "issueDate", gross_cents AS "grossCents"
         FROM credit_notes WHERE id = $1`,
      [id],
    );
    return rows[0];
  }

  async addPayment(
    manager: EntityManager,
    payment: {
      invoiceId: string;
      amountCents: number;
      overpaymentCents: number;
      paidOn: string;
      communication: string;
      bankReference: string | null;
      userId: string;
    },
  ): Promise<string> {
    const [row] = await manager.query<{ id: string }[]>(
      `INSERT INTO invoice_payments (invoice_id, amount_cents, overpayment_cents, paid_on, communication, bank_reference, registered_by_user_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        payment.invoiceId,
        payment.amountCents,
        payment.overpaymentCents,
        payment.paidOn,
        payment.communication,
        payment.bankReference,
        payment.userId,
      ],
    );
    return row.id;
  }

  async paymentByBankReference(
    manager: EntityManager,
    bankReference: string,
  ): Promise<{ invoiceId: string; amountCents: number } | undefined> {
    const [row] = await manager.query<{ invoiceId: string; amountCents: number }[]>(
      `SELECT invoice_id AS "invoiceId", amount_cents AS "amountCents" FROM invoice_payments WHERE bank_reference = $1`,
      [bankReference],
    );
    return row;
  }

  /** Adds in SQL, so the CHECK on the invoice judges the stored total, not a copy read earlier. */
  async addToPaid(
    manager: EntityManager,
    invoiceId: string,
    amounts: { paidCents: number; overpaidCents: number },
    status: InvoiceStatus,
  ): Promise<void> {
    await manager.query(
      'UPDATE invoices SET paid_cents = paid_cents + $2, overpaid_cents = overpaid_cents + $3, status = $4 WHERE id = $1',
      [invoiceId, amounts.paidCents, amounts.overpaidCents, status],
    );
  }

  /** False when the invoice already had a reminder on that (Brussels) day. */
  async claimReminderDay(manager: EntityManager, invoiceId: string, day: string): Promise<boolean> {
    const claimed = await manager.query<unknown[]>(
      `INSERT INTO invoice_reminders (invoice_id, sent_on) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1`,
      [invoiceId, day],
    );
    return claimed.length > 0;
  }

  /** Where a reminder goes: the buyer organisation's own address. */
  async buyerContact(organisationId: string): Promise<{ name: string; email: string } | undefined> {
    const rows = await this.dataSource.query<{ name: string; email: string }[]>(
      'SELECT name, email FROM organisations WHERE id = $1',
      [organisationId],
    );
    return rows[0];
  }
}
