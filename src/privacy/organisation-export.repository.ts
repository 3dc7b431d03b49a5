import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

type Row = Record<string, unknown>;

/** An invoice or credit note of the organisation, enough to render its documents again. */
export interface ExportedDocumentRef {
  kind: 'invoice' | 'credit-note';
  id: string;
  number: string;
}

/**
 * Reads everything Satelliet holds about one organisation, for its GDPR export. Every query is
 * bounded by the organisation's id, so nothing of another organisation comes along: sign-ons it
 * sponsors belong to the care centre, and staff who acted on its data are not named. No
 * password hash, session version, feed token or link token is read.
 */
@Injectable()
export class OrganisationExportRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async organisation(id: string): Promise<Row | undefined> {
    const [row] = await this.dataSource.query<Row[]>(
      `SELECT id, kind, sub_kind AS "subKind", name, trim(enterprise_number) AS "enterpriseNumber", vat_number AS "vatNumber",
              street, trim(postcode) AS postcode, municipality, province, email, phone, active,
              payment_method AS "paymentMethod", created_at AS "createdAt", erased_at AS "erasedAt"
         FROM organisations WHERE id = $1`,
      [id],
    );
    return row;
  }

  users(organisationId: string): Promise<Row[]> {
    return this.dataSource.query(
      `SELECT id, email, full_name AS "fullName", role, active, created_at AS "createdAt"
         FROM users WHERE organisation_id = $1 ORDER BY created_at, id`,
      [organisationId],
    );
  }

  signOns(organisationId: string): Promise<Row[]> {
    return this.dataSource.query(
      `SELECT s.id, s.event_id AS "eventId", e.title AS "eventTitle", e.starts_at AS "eventStartsAt", s.audience, s.status,
              s.contact_name AS "contactName", s.contact_email AS "contactEmail", s.contact_phone AS "contactPhone",
              s.screens, s.expected_viewers AS "expectedViewers", s.notes, s.tariff_cents AS "tariffCents",
              s.vat_rate_percent AS "vatRatePercent", s.sponsor_organisation_id AS "sponsorOrganisationId",
              s.sponsor_share_cents AS "sponsorShareCents", s.satellite_share_cents AS "satelliteShareCents",
              s.created_at AS "createdAt",
              (SELECT coalesce(json_agg(json_build_object('fromStatus', c.from_status, 'toStatus', c.to_status,
                                                          'reason', c.reason, 'changedAt', c.changed_at) ORDER BY c.id), '[]')
                 FROM subscription_status_changes c WHERE c.subscription_id = s.id) AS "statusHistory",
              (SELECT json_build_object('viewers', f.viewers, 'screens', f.screens, 'satisfaction', f.satisfaction,
                                        'pictureAndSound', f.picture_and_sound, 'comment', f.comment, 'updatedAt', f.updated_at)
                 FROM stream_feedback f WHERE f.subscription_id = s.id) AS "feedback"
         FROM subscriptions s JOIN events e ON e.id = s.event_id
        WHERE s.organisation_id = $1 ORDER BY e.starts_at, s.created_at`,
      [organisationId],
    );
  }

  /** Sent and received; the secret link token stays out. */
  invitations(organisationId: string): Promise<Row[]> {
    return this.dataSource.query(
      `SELECT i.id, CASE WHEN i.inviter_organisation_id = $1 THEN 'sent' ELSE 'received' END AS direction,
              i.event_id AS "eventId", e.title AS "eventTitle", i.inviter_organisation_id AS "inviterOrganisationId",
              i.invitee_organisation_id AS "inviteeOrganisationId", i.invitee_email AS "inviteeEmail",
              i.cost_sharing AS "costSharing", i.satellite_share_cents AS "satelliteShareCents", i.message, i.status,
              i.subscription_id AS "subscriptionId", i.created_at AS "createdAt"
         FROM invitations i JOIN events e ON e.id = i.event_id
        WHERE i.inviter_organisation_id = $1 OR i.invitee_organisation_id = $1 ORDER BY i.created_at, i.id`,
      [organisationId],
    );
  }

  /** Invoices addressed to it, each with its lines, bank payments and credit note, and the buyer data as issued. */
  invoices(organisationId: string): Promise<Row[]> {
    return this.dataSource.query(
      `SELECT i.id, i.number, i.issue_date::text AS "issueDate", i.due_date::text AS "dueDate",
              i.structured_communication AS "structuredCommunication", i.subscription_id AS "subscriptionId",
              i.buyer, i.status, i.net_cents AS "netCents", i.vat_cents AS "vatCents", i.gross_cents AS "grossCents",
              i.paid_cents AS "paidCents", i.overpaid_cents AS "overpaidCents",
              (SELECT coalesce(json_agg(json_build_object('description', l.description, 'quantity', l.quantity,
                                                          'unitPriceCents', l.unit_price_cents, 'vatRatePercent', l.vat_rate_percent,
                                                          'netCents', l.net_cents, 'vatCents', l.vat_cents, 'grossCents', l.gross_cents)
                                        ORDER BY l.position), '[]')
                 FROM invoice_lines l WHERE l.invoice_id = i.id) AS lines,
              (SELECT coalesce(json_agg(json_build_object('amountCents', p.amount_cents, 'overpaymentCents', p.overpayment_cents,
                                                          'paidOn', p.paid_on, 'communication', p.communication,
                                                          'bankReference', p.bank_reference) ORDER BY p.created_at), '[]')
                 FROM invoice_payments p WHERE p.invoice_id = i.id) AS payments,
              (SELECT json_build_object('id', c.id, 'number', c.number, 'issueDate', c.issue_date,
                                        'structuredCommunication', c.structured_communication, 'netCents', c.net_cents,
                                        'vatCents', c.vat_cents, 'grossCents', c.gross_cents, 'reason', c.reason)
                 FROM credit_notes c WHERE c.invoice_id = i.id) AS "creditNote"
         FROM invoices i WHERE i.buyer_organisation_id = $1 ORDER BY i.year, i.sequence`,
      [organisationId],
    );
  }

  /** Online (Stripe) payment tries for its own sign-ons. */
  onlinePayments(organisationId: string): Promise<Row[]> {
    return this.dataSource.query(
      `SELECT p.id, p.subscription_id AS "subscriptionId", p.status, p.net_cents AS "netCents", p.vat_cents AS "vatCents",
              p.gross_cents AS "grossCents", p.vat_rate_percent AS "vatRatePercent", p.paid_at AS "paidAt", p.created_at AS "createdAt"
         FROM payments p JOIN subscriptions s ON s.id = p.subscription_id
        WHERE s.organisation_id = $1 ORDER BY p.created_at, p.id`,
      [organisationId],
    );
  }

  /** Audit entries about it, its invoices and credit notes, or made by its own users (staff actors stay unnamed). */
  auditEntries(organisationId: string): Promise<Row[]> {
    return this.dataSource.query(
      `WITH own_users AS (SELECT id FROM users WHERE organisation_id = $1),
            own_documents AS (
              SELECT id::text FROM invoices WHERE buyer_organisation_id = $1
              UNION ALL SELECT c.id::text FROM credit_notes c JOIN invoices i ON i.id = c.invoice_id WHERE i.buyer_organisation_id = $1)
       SELECT a.id, a.action, a.subject_type AS "subjectType", a.subject_id AS "subjectId", a.before, a.after, a.at,
              CASE WHEN a.actor_user_id IN (SELECT id FROM own_users) THEN a.actor_user_id END AS "actorUserId"
         FROM audit_entries a
        WHERE (a.subject_type = 'organisation' AND a.subject_id = $1::text)
           OR (a.subject_type IN ('invoice', 'credit_note') AND a.subject_id IN (SELECT id FROM own_documents))
           OR a.actor_user_id IN (SELECT id FROM own_users)
        ORDER BY a.at, a.id`,
      [organisationId],
    );
  }

  async calendarFeed(organisationId: string): Promise<Row | null> {
    const [row] = await this.dataSource.query<Row[]>(
      `SELECT created_at AS "createdAt" FROM calendar_feeds WHERE organisation_id = $1`,
      [organisationId],
    );
    return row ?? null;
  }

  documents(organisationId: string): Promise<ExportedDocumentRef[]> {
    return this.dataSource.query(
      `SELECT 'invoice' AS kind, id, number FROM invoices WHERE buyer_organisation_id = $1
       UNION ALL
       SELECT 'credit-note', c.id, c.number FROM credit_notes c JOIN invoices i ON i.id = c.invoice_id WHERE i.buyer_organisation_id = $1
       ORDER BY number`,
      [organisationId],
    );
  }
}
