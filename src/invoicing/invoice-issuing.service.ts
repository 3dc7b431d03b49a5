import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { recordAudit } from '../common/audit/audit.js';
import { ProblemException } from '../common/errors/problem.js';
import { AppConfig } from '../common/config/app-config.js';
import { ORGANISATION_PARTY_COLUMNS, organisationParty, type OrganisationRow } from './document-parties.js';
import type { DocumentParty } from './invoice-document.js';
import { brusselsDate, dueDate, yearOfDate } from './invoice-dates.js';
import { calculateInvoice } from './invoice-maths.js';
import { formatDocumentNumber, NEXT_DOCUMENT_SEQUENCE_SQL } from './invoice-numbering.js';
import { InvoiceStatus } from './invoice-status.js';
import type { DocumentKey, DocumentKind } from './invoicing-series.js';
import { debtsOf, type BillableSignOn, type Debt, type OnlineSettlement } from './sign-on-billing.js';
import { communicationForDocument } from './structured-communication.js';
import { InvoicingProblems } from './invoicing.errors.js';
import { missingOperatorDetails, missingOperatorSentence } from '../organisations/operator-details.js';

interface IssuedDocument {
  id: string;
  number: string;
}

/**
 * Issues invoices and credit notes inside the caller's transaction (the outbox relay's, in the
 * running app). Everything here is database work, so a handler retry can never issue twice: the
 * unique (subscription, buyer) pair and the one credit note per invoice guard the rest.
 */
@Injectable()
export class InvoiceIssuingService {
  constructor(private readonly config: AppConfig) {}

  /** Invoices whoever owes money for a confirmed sign-on and has no invoice for it yet. */
  async issueForSignOn(manager: EntityManager, subscriptionId: string, now = new Date()): Promise<IssuedDocument[]> {
    const signOn = await this.lockBillableSignOn(manager, subscriptionId);
    if (!signOn) return [];
    const issued: IssuedDocument[] = [];
    for (const debt of debtsOf(signOn)) {
      const existing = await manager.query<unknown[]>(
        'SELECT 1 FROM invoices WHERE subscription_id = $1 AND buyer_organisation_id = $2',
        [subscriptionId, debt.buyerOrganisationId],
      );
      if (existing.length === 0) issued.push(await this.issueInvoice(manager, subscriptionId, debt, now));
    }
    return issued;
  }

  /** One credit note for every invoice of the sign-on that is not yet credited. */
  creditSignOn(manager: EntityManager, subscriptionId: string, reason: string, now = new Date()): Promise<IssuedDocument[]> {
    return this.creditWhere(manager, 'i.subscription_id = $1', subscriptionId, reason, now);
  }

  creditEvent(manager: EntityManager, eventId: string, reason: string, now = new Date()): Promise<IssuedDocument[]> {
    return this.creditWhere(
      manager,
      'i.subscription_id IN (SELECT id FROM subscriptions WHERE event_id = $1)',
      eventId,
      reason,
      now,
    );
  }

  /**
   * Reads the sign-on under share locks, event first as the sign-on and cancel paths lock it: a
   * cancellation committing meanwhile either waits for this invoice (and then credits it) or
   * has already made the sign-on ineligible here.
   */
  private async lockBillableSignOn(manager: EntityManager, subscriptionId: string): Promise<BillableSignOn | undefined> {
    const [ref] = await manager.query<{ event_id: string }[]>('SELECT event_id FROM subscriptions WHERE id = $1', [
      subscriptionId,
    ]);
    if (!ref) return undefined;
    const [event] = await manager.query<{ title: string; starts_at: Date; status: string }[]>(
      'SELECT title, starts_at, status FROM events WHERE id = $1 FOR SHARE',
      [ref.event_id],
    );
    const [row] = await manager.query<Record<string, unknown>[]>(
      `SELECT s.status, s.vat_rate_percent, s.organisation_id, s.satellite_share_cents, s.sponsor_organisation_id,
              s.sponsor_share_cents, o.name
         FROM subscriptions s JOIN organisations o ON o.id = s.organisation_id
        WHERE s.id = $1 FOR SHARE OF s`,
      [subscriptionId],
    );
    if (event.status === 'cancelled' || row.status !== 'confirmed') return undefined;
    return {
      eventTitle: event.title,
      eventStartsAt: event.starts_at,
      vatRatePercent: row.vat_rate_percent as number,
      satellite: { organisationId: row.organisation_id as string, name: row.name as string },
      satelliteShareCents: row.satellite_share_cents as number,
      satellitePaidOnline: await this.onlinePaymentOf(manager, subscriptionId),
      sponsorOrganisationId: row.sponsor_organisation_id as string | null,
      sponsorShareCents: row.sponsor_share_cents as number,
    };
  }

  /** The Stripe payment that confirmed the sign-on, if it was paid online. */
  private async onlinePaymentOf(manager: EntityManager, subscriptionId: string): Promise<OnlineSettlement | null> {
    const [payment] = await manager.query<{ id: string; gross_cents: number; paid_at: Date; payment_intent_id: string | null }[]>(
      `SELECT id, gross_cents, paid_at, payment_intent_id FROM payments
        WHERE subscription_id = $1 AND status = 'paid' ORDER BY attempt DESC LIMIT 1`,
      [subscriptionId],
    );
    return payment
      ? { paymentId: payment.id, grossCents: payment.gross_cents, paidAt: payment.paid_at, reference: payment.payment_intent_id }
      : null;
  }

  private async issueInvoice(manager: EntityManager, subscriptionId: string, debt: Debt, now: Date): Promise<IssuedDocument> {
    const { seller, iban } = await this.seller(manager);
    const [buyerRow] = await manager.query<OrganisationRow[]>(
      `SELECT ${ORGANISATION_PARTY_COLUMNS} FROM organisations WHERE id = $1`,
      [debt.buyerOrganisationId],
    );
    const { lines, totals } = calculateInvoice(debt.lines);
    const issueDate = brusselsDate(now);
    const paid = debt.settledOnline;
    // Last before the insert: the counter row stays locked until commit, so keep that stretch short.
    const key = await this.nextKey(manager, 'invoice', yearOfDate(issueDate));
    const number = formatDocumentNumber(key);
    const [invoice] = await manager.query<{ id: string }[]>(
      `INSERT INTO invoices (number, year, sequence, structured_communication, subscription_id, buyer_organisation_id,
                             seller, seller_iban, buyer, issue_date, due_date, status, net_cents, vat_cents, gross_cents,
                             paid_cents, online_payment_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) RETURNING id`,
      [
        number,
        key.year,
        key.sequence,
        communicationForDocument(key),
        subscriptionId,
        debt.buyerOrganisationId,
        JSON.stringify(seller),
        iban,
        JSON.stringify(organisationParty(buyerRow)),
        issueDate,
        // Paid online before it was issued: nothing is left to fall due.
        paid ? issueDate : dueDate(issueDate, this.config.INVOICE_DUE_DAYS),
        paid ? InvoiceStatus.Paid : InvoiceStatus.Open,
        totals.netCents,
        totals.vatCents,
        totals.grossCents,
        paid?.grossCents ?? 0,
        paid?.paymentId ?? null,
      ],
    );
    for (const [index, line] of lines.entries()) {
      await manager.query(
        `INSERT INTO invoice_lines (invoice_id, position, description, quantity, unit_price_cents, vat_rate_percent,
                                    net_cents, vat_cents, gross_cents)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          invoice.id,
          index + 1,
          line.description,
          line.quantity,
          line.unitPriceCents,
          line.vatRatePercent,
          line.netCents,
          line.vatCents,
          line.grossCents,
        ],
      );
    }
    if (paid) await this.registerOnlinePayment(manager, invoice.id, paid);
    await recordAudit(manager, {
      actorUserId: null,
      action: 'invoice.issued',
      subjectType: 'invoice',
      subjectId: invoice.id,
      after: {
        number,
        subscriptionId,
        buyerOrganisationId: debt.buyerOrganisationId,
        grossCents: totals.grossCents,
        paidOnlineByPaymentId: paid?.paymentId ?? null,
      },
    });
    return { id: invoice.id, number };
  }

  /** The Stripe charge as the invoice's payment, beside bank transfers, so every balance sees it. */
  private async registerOnlinePayment(manager: EntityManager, invoiceId: string, paid: OnlineSettlement): Promise<void> {
    await manager.query(
      `INSERT INTO invoice_payments (invoice_id, amount_cents, paid_on, communication) VALUES ($1, $2, $3, $4)`,
      [
        invoiceId,
        paid.grossCents,
        brusselsDate(paid.paidAt),
        `Online betaald via Stripe${paid.reference ? ` (${paid.reference})` : ''}`,
      ],
    );
  }

  private async creditWhere(
    manager: EntityManager,
    where: string,
    id: string,
    reason: string,
    now: Date,
  ): Promise<IssuedDocument[]> {
    // Locked in number order, so that two cancellations touching the same invoices cannot deadlock.
    const invoices = await manager.query<
      { id: string; number: string; net_cents: number; vat_cents: number; gross_cents: number }[]
    >(
      `SELECT i.id, i.number, i.net_cents, i.vat_cents, i.gross_cents FROM invoices i
        WHERE ${where} AND i.status <> 'credited' ORDER BY i.year, i.sequence FOR UPDATE OF i`,
      [id],
    );
    const issued: IssuedDocument[] = [];
    for (const invoice of invoices) {
      const issueDate = brusselsDate(now);
      const key = await this.nextKey(manager, 'credit-note', yearOfDate(issueDate));
      const number = formatDocumentNumber(key);
      const [creditNote] = await manager.query<{ id: string }[]>(
        `INSERT INTO credit_notes (invoice_id, number, year, sequence, structured_communication, issue_date,
                                   net_cents, vat_cents, gross_cents, reason)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [
          invoice.id,
          number,
          key.year,
          key.sequence,
          communicationForDocument(key),
          issueDate,
          invoice.net_cents,
          invoice.vat_cents,
          invoice.gross_cents,
          reason,
        ],
      );
      await manager.query(`UPDATE invoices SET status = 'credited' WHERE id = $1`, [invoice.id]);
      await recordAudit(manager, {
        actorUserId: null,
        action: 'credit_note.issued',
        subjectType: 'credit_note',
        subjectId: creditNote.id,
        after: { number, invoiceId: invoice.id, invoiceNumber: invoice.number, grossCents: invoice.gross_cents, reason },
      });
      issued.push({ id: creditNote.id, number });
    }
    return issued;
  }

  private async nextKey(manager: EntityManager, kind: DocumentKind, year: number): Promise<DocumentKey> {
    const [row] = await manager.query<{ sequence: number }[]>(NEXT_DOCUMENT_SEQUENCE_SQL, [kind, year]);
    return { kind, year, sequence: row.sequence };
  }

  /** The operator as an admin registered it on /beheer/organisatie; an invoice without its VAT number or IBAN is refused. */
  private async seller(manager: EntityManager): Promise<{ seller: DocumentParty; iban: string }> {
    const [row] = await manager.query<(OrganisationRow & { iban: string | null })[]>(
      `SELECT ${ORGANISATION_PARTY_COLUMNS}, iban FROM organisations WHERE kind = 'operator' ORDER BY created_at LIMIT 1`,
    );
    const missing = missingOperatorDetails(
      row && { name: row.name, enterpriseNumber: row.enterprise_number, vatNumber: row.vat_number, iban: row.iban },
    );
    if (!row?.iban || missing.length > 0) {
      throw new ProblemException(InvoicingProblems.operatorIncomplete, missingOperatorSentence(missing));
    }
    return { seller: organisationParty(row), iban: row.iban };
  }
}
