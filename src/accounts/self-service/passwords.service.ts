import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../../common/config/app-config.js';
import { PasswordHasher } from '../password-hasher.js';
import { CommonProblems, ProblemException } from '../../common/errors/problem.js';
import { MailDeliveries } from '../../mail/mail-deliveries.js';
import { AccountProblems } from '../accounts.errors.js';
import { AuthService } from '../auth.service.js';
import type { AuthenticatedUser } from '../authenticated-user.js';
import type { SessionView } from '../dto/auth.dto.js';
import { UsersRepository } from '../users.repository.js';
import { AccountLinkPurpose } from './account-link.entity.js';
import { AccountLinksRepository } from './account-links.repository.js';
import { passwordResetMail } from './account-mails.js';

export const RESET_VALID_MINUTES = 60;
/** One reset mail per account per this many minutes, whatever the rate of requests. */
const RESET_MAIL_INTERVAL_MINUTES = 2;

export const RESET_REQUESTED_MESSAGE =
  'Als dit e-mailadres bij Satelliet bekend is, krijgt u binnen enkele minuten een mail met een link om een nieuw wachtwoord te kiezen.';

/** Changing a password and resetting a forgotten one. Both end every other session of the account. */
@Injectable()
export class PasswordsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly users: UsersRepository,
    private readonly auth: AuthService,
    private readonly links: AccountLinksRepository,
    private readonly deliveries: MailDeliveries,
    private readonly hasher: PasswordHasher,
  ) {}

  /** Returns a fresh session: this device stays signed in, every other one is signed out. */
  async change(actor: AuthenticatedUser, currentPassword: string, newPassword: string): Promise<SessionView> {
    const user = await this.users.findForLogin(actor.email);
    if (!user || !(await this.hasher.verify(user.passwordHash, currentPassword))) {
      throw new ProblemException(CommonProblems.validation, 'Het huidige wachtwoord klopt niet.', {
        errors: [{ field: 'currentPassword', message: 'klopt niet' }],
      });
    }
    await this.setPassword(this.dataSource.manager, user.id, newPassword);
    return this.auth.sessionFor(user.id);
  }

  /**
   * The same answer whether the address exists or not, so the form cannot be used to learn who
   * has an account. A mail goes only to an active account, at most once per few minutes.
   */
  async requestReset(email: string): Promise<{ message: string }> {
    const user = await this.users.findForLogin(email);
    if (user?.active && user.organisation.active) {
      await this.dataSource.transaction(async (manager) => {
        if (await this.links.recentlyCreatedFor(manager, user.id, RESET_MAIL_INTERVAL_MINUTES)) return;
        const token = await this.links.create(manager, {
          purpose: AccountLinkPurpose.PasswordReset,
          email: user.email,
          userId: user.id,
          validMinutes: RESET_VALID_MINUTES,
        });
        const url = `${this.config.PUBLIC_BASE_URL.replace(/\/$/, '')}/wachtwoord-herstellen/${token}`;
        await this.deliveries.record(manager, [
          {
            dedupeKey: `password-reset:${randomUUID()}`,
            kind: 'password_reset',
            to: { name: user.fullName, email: user.email },
            content: passwordResetMail({ name: user.fullName, url, validMinutes: RESET_VALID_MINUTES }),
          },
        ]);
      });
    }
    return { message: RESET_REQUESTED_MESSAGE };
  }

  /** Whether the link in the mail still works (the page asks for a password only then). */
  async resetLinkWorks(token: string): Promise<boolean> {
    return (await this.links.peek(this.dataSource.manager, AccountLinkPurpose.PasswordReset, token)) !== undefined;
  }

  async reset(token: string, newPassword: string): Promise<SessionView> {
    const hash = await this.hasher.hash(newPassword);
    const userId = await this.dataSource.transaction(async (manager) => {
      const link = await this.links.use(manager, AccountLinkPurpose.PasswordReset, token);
      if (!link?.userId) throw invalidResetLink();
      await this.storeHash(manager, link.userId, hash);
      return link.userId;
    });
    return this.auth.sessionFor(userId);
  }

  private async setPassword(manager: EntityManager, userId: string, password: string): Promise<void> {
    await this.storeHash(manager, userId, await this.hasher.hash(password));
  }

  /** A new password also lifts a lock-out and ends every session made with the old one. */
  private async storeHash(manager: EntityManager, userId: string, hash: string): Promise<void> {
    await manager.query(
      `UPDATE users SET password_hash = $2, session_version = session_version + 1, failed_login_count = 0, locked_until = NULL
        WHERE id = $1`,
      [userId, hash],
    );
  }
}

export const invalidResetLink = () =>
  new ProblemException(
    AccountProblems.linkInvalid,
    'Deze link werkt niet meer: ze is al gebruikt of verlopen. Vraag een nieuwe aan via "Wachtwoord vergeten".',
  );
