import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { User } from './entities/user.entity.js';
import { TokenService } from './token.service.js';
import { UsersRepository } from './users.repository.js';

export type SessionLookup = { kind: 'signed_in'; user: User } | { kind: 'invalid' } | { kind: 'inactive' };

/**
 * Turns a token (bearer header or page cookie) into the user it belongs to, in the one query the
 * request needed anyway: the user row carries both the active flags and the session version.
 */
@Injectable()
export class Sessions {
  constructor(
    private readonly tokens: TokenService,
    private readonly users: UsersRepository,
  ) {}

  async lookup(token: string): Promise<SessionLookup> {
    const claim = await this.tokens.verify(token);
    const user = claim ? await this.users.findWithOrganisation(claim.userId) : null;
    if (!claim || !user || user.sessionVersion !== claim.sessionVersion) return { kind: 'invalid' };
    if (!user.active || !user.organisation.active) return { kind: 'inactive' };
    return { kind: 'signed_in', user };
  }

  /** Every token this user holds stops working: logging out, a new password, deactivation. */
  async endAll(manager: EntityManager, userId: string): Promise<void> {
    await manager.query('UPDATE users SET session_version = session_version + 1 WHERE id = $1', [userId]);
  }
}
