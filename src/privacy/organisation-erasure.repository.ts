import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OrganisationKind } from '../organisations/organisation-kinds.js';
import type { ErasureFacts } from './erasure-rules.js';
import { ANONYMISED_EMAIL, ANONYMISED_NAME } from './sign-on-contact-retention.js';

export const ERASED_ORGANISATION_NAME = 'Gewiste organisatie';
export const ERASED_USER_NAME = 'Gewiste gebruiker';

export interface LockedOrganisation {
  name: string;
  facts: ErasureFacts;
}

export interface ErasureCounts {
  users: number;
  signOns: number;
  invitations: number;
  mails: number;
  invoicesKept: number;
}

/** The statements of one erasure, all on the caller's transaction. */
@Injectable()
export class OrganisationErasureRepository {
  /**
   * FOR UPDATE conflicts with the key-share lock every new sign-on, invitation or user takes on
   * the organisation row through its foreign key: none can slip in between these checks and the
   * commit, and one already under way is committed (and seen) before the checks run.
   */
  async lock(manager: EntityManager, id: string): Promise<LockedOrganisation | undefined> {
    const [organisation] = await manager.query<{ name: string; kind: OrganisationKind; erased_at: Date | null }[]>(
      `SELECT name, kind, erased_at FROM organisations WHERE id = $1 FOR UPDATE`,
      [id],
    );
    if (!organisation) return undefined;
    const unpaid = await manager.query<{ number: string }[]>(
      `SELECT number FROM invoices WHERE buyer_organisation_id = $1 AND status IN ('open', 'partially_paid') ORDER BY year, sequence`,
      [id],
    );
    const upcoming = await manager.query<{ title: string }[]>(
      `SELECT e.title FROM events e
        WHERE e.ends_at > now() AND e.status <> 'cancelled'
          AND (e.launch_centre_id = $1
               OR EXISTS (SELECT 1 FROM subscriptions s
                           WHERE s.event_id = e.id AND (s.organisation_id = $1 OR s.sponsor_organisation_id = $1)
                             AND s.status IN ('confirmed', 'pending_payment', 'waitlisted')))
        ORDER BY e.starts_at`,
      [id],
    );
    return {
      name: organisation.name,
      facts: {
        isOperator: organisation.kind === OrganisationKind.Operator,
        erasedAt: organisation.erased_at,
        unpaidInvoiceNumbers: unpaid.map((row) => row.number),
        upcomingEventTitles: upcoming.map((row) => row.title),
      },
    };
  }

  /**
   * Replaces every name, address and phone of the organisation's people. Invoices and credit
   * notes are not touched: their buyer is the snapshot taken at issue, kept for the legal 7 years.
   * Users keep their row (sign-on history points at them) but no way in: a new password hash of
   * a secret nobody knows, and deactivated.
   */
  async anonymise(manager: EntityManager, id: string, unusablePasswordHash: string): Promise<ErasureCounts> {
    // First, while its users still have their addresses: mails to its users or about its sign-ons.
    // One not sent yet is not sent any more (the worker skips a missing row); a sent one keeps only
    // that it went. An address alone may be shared with another organisation: it never selects a mail.
    const itsMails = `(recipient_email IN (SELECT email FROM users WHERE organisation_id = $1)
                       OR EXISTS (SELECT 1 FROM subscriptions s WHERE s.organisation_id = $1 AND strpos(dedupe_key, s.id::text) > 0))`;
    const [, unsent]: [unknown, number] = await manager.query(
      `DELETE FROM mail_deliveries WHERE sent_at IS NULL AND ${itsMails}`,
      [id],
    );
    const [, sent]: [unknown, number] = await manager.query(
      `UPDATE mail_deliveries SET recipient_name = $2, recipient_email = $3,
              content = jsonb_build_object('subject', $2::text, 'text', '', 'html', '')
        WHERE ${itsMails}`,
      [id, ANONYMISED_NAME, ANONYMISED_EMAIL],
    );
    await manager.query(
      `UPDATE organisations SET name = $2, email = $3, phone = '', street = '', erased_at = now() WHERE id = $1`,
      [id, ERASED_ORGANISATION_NAME, ANONYMISED_EMAIL],
    );
    const [, users]: [unknown, number] = await manager.query(
      `UPDATE users SET email = 'gewist-' || id || '@satelliet.invalid', full_name = $2, password_hash = $3, active = false,
                        failed_login_count = 0, locked_until = NULL
        WHERE organisation_id = $1`,
      [id, ERASED_USER_NAME, unusablePasswordHash],
    );
    const [, signOns]: [unknown, number] = await manager.query(
      `UPDATE subscriptions SET contact_name = $2, contact_email = $3, contact_phone = '', notes = '' WHERE organisation_id = $1`,
      [id, ANONYMISED_NAME, ANONYMISED_EMAIL],
    );
    // A comment after a stream is free text and may name people; the counts and scores stay for the year report.
    await manager.query(
      `UPDATE stream_feedback SET comment = '' WHERE subscription_id IN (SELECT id FROM subscriptions WHERE organisation_id = $1)`,
      [id],
    );
    const [, invitations]: [unknown, number] = await manager.query(
      `UPDATE invitations
          SET invitee_email = CASE WHEN inviter_organisation_id = $1 AND invitee_email IS NOT NULL THEN $2 ELSE invitee_email END,
              message = CASE WHEN inviter_organisation_id = $1 THEN '' ELSE message END,
              status = CASE WHEN status = 'open' THEN 'revoked'::invitation_status ELSE status END
        WHERE inviter_organisation_id = $1 OR invitee_organisation_id = $1`,
      [id, ANONYMISED_EMAIL],
    );
    await manager.query(
      `DELETE FROM account_links WHERE organisation_id = $1 OR user_id IN (SELECT id FROM users WHERE organisation_id = $1)`,
      [id],
    );
    // Stored answers of its users' requests repeat what they typed.
    await manager.query(
      `DELETE FROM idempotency_keys WHERE scope IN (SELECT 'user:' || id FROM users WHERE organisation_id = $1)`,
      [id],
    );
    const [{ kept }] = await manager.query<{ kept: number }[]>(
      `SELECT count(*)::int AS kept FROM invoices WHERE buyer_organisation_id = $1`,
      [id],
    );
    return { users, signOns, invitations, mails: unsent + sent, invoicesKept: kept };
  }
}
