import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { AccountLinkPurpose } from './account-link.entity.js';

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

export interface UsedLink {
  userId: string | null;
  organisationId: string | null;
  email: string;
}

@Injectable()
export class AccountLinksRepository {
  /** A new link; the token goes into the mail, only its hash into the database. */
  async create(
    manager: EntityManager,
    link: {
      purpose: AccountLinkPurpose;
      email: string;
      userId?: string;
      organisationId?: string;
      createdByUserId?: string;
      validMinutes: number;
    },
  ): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await manager.query(
      `INSERT INTO account_links (purpose, token_hash, user_id, organisation_id, email, created_by_user_id, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(mins => $7))`,
      [
        link.purpose,
        hashOf(token),
        link.userId ?? null,
        link.organisationId ?? null,
        link.email,
        link.createdByUserId ?? null,
        link.validMinutes,
      ],
    );
    return token;
  }

  /** Marks the link used and returns it, in one statement: of two clicks at once, one wins. */
  async use(manager: EntityManager, purpose: AccountLinkPurpose, token: string): Promise<UsedLink | undefined> {
    const [rows]: [{ user_id: string | null; organisation_id: string | null; email: string }[], number] = await manager.query(
      `UPDATE account_links SET used_at = now()
        WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()
      RETURNING user_id, organisation_id, email`,
      [hashOf(token), purpose],
    );
    const row = rows[0];
    return row ? { userId: row.user_id, organisationId: row.organisation_id, email: row.email } : undefined;
  }

  /** The link, without using it: the page that asks for a new password or a name shows it first. */
  async peek(manager: EntityManager, purpose: AccountLinkPurpose, token: string): Promise<UsedLink | undefined> {
    const rows: { user_id: string | null; organisation_id: string | null; email: string }[] = await manager.query(
      `SELECT user_id, organisation_id, email FROM account_links
        WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()`,
      [hashOf(token), purpose],
    );
    const row = rows[0];
    return row ? { userId: row.user_id, organisationId: row.organisation_id, email: row.email } : undefined;
  }

  /** Whether a reset was already mailed to this account in the last minutes: a mailbox is not flooded. */
  async recentlyCreatedFor(manager: EntityManager, userId: string, minutes: number): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM account_links WHERE user_id = $1 AND created_at > now() - make_interval(mins => $2) LIMIT 1`,
      [userId, minutes],
    );
    return rows.length > 0;
  }
}
