import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../../common/config/app-config.js';
import { PasswordHasher } from '../password-hasher.js';
import { ProblemException } from '../../common/errors/problem.js';
import { sqlState } from '../../common/errors/to-problem.js';
import { MailDeliveries } from '../../mail/mail-deliveries.js';
import { AccountProblems } from '../accounts.errors.js';
import { AuthService } from '../auth.service.js';
import type { AuthenticatedUser } from '../authenticated-user.js';
import type { SessionView } from '../dto/auth.dto.js';
import { Role } from '../role.js';
import { UsersRepository } from '../users.repository.js';
import { AccountLinkPurpose } from './account-link.entity.js';
import { AccountLinksRepository } from './account-links.repository.js';
import { colleagueInvitationMail } from './account-mails.js';

export const COLLEAGUE_INVITATION_DAYS = 7;

const emailTaken = () =>
  new ProblemException(AccountProblems.emailTaken, 'Er bestaat al een account met dit e-mailadres.', {
    errors: [{ field: 'email', message: 'heeft al een account' }],
  });

const invalidInvitation = () =>
  new ProblemException(
    AccountProblems.linkInvalid,
    'Deze uitnodiging werkt niet meer: ze is al gebruikt of verlopen. Vraag uw collega om een nieuwe.',
  );

/** A member of a culture house or care centre brings a colleague into the same organisation. */
@Injectable()
export class ColleaguesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly users: UsersRepository,
    private readonly auth: AuthService,
    private readonly links: AccountLinksRepository,
    private readonly deliveries: MailDeliveries,
    private readonly hasher: PasswordHasher,
  ) {}

  async invite(actor: AuthenticatedUser, email: string): Promise<{ email: string; expiresAt: string }> {
    if (await this.users.findForLogin(email)) throw emailTaken();
    const inviter = await this.users.findWithOrganisation(actor.id);
    if (!inviter) throw invalidInvitation();
    await this.dataSource.transaction(async (manager) => {
      const token = await this.links.create(manager, {
        purpose: AccountLinkPurpose.ColleagueInvitation,
        email: email.toLowerCase(),
        organisationId: actor.organisationId,
        createdByUserId: actor.id,
        validMinutes: COLLEAGUE_INVITATION_DAYS * 24 * 60,
      });
      const url = `${this.config.PUBLIC_BASE_URL.replace(/\/$/, '')}/collega-worden/${token}`;
      await this.deliveries.record(manager, [
        {
          dedupeKey: `colleague-invitation:${randomUUID()}`,
          kind: 'colleague_invitation',
          to: { name: email, email },
          content: colleagueInvitationMail({
            inviterName: inviter.fullName,
            organisationName: inviter.organisation.name,
            url,
            validDays: COLLEAGUE_INVITATION_DAYS,
          }),
        },
      ]);
    });
    return { email, expiresAt: new Date(Date.now() + COLLEAGUE_INVITATION_DAYS * 86_400_000).toISOString() };
  }

  /** The organisation's name for the page behind the link, or undefined when the link no longer works. */
  async invitationFor(token: string): Promise<{ email: string; organisationName: string } | undefined> {
    const link = await this.links.peek(this.dataSource.manager, AccountLinkPurpose.ColleagueInvitation, token);
    if (!link?.organisationId) return undefined;
    const [organisation] = await this.dataSource.query<{ name: string }[]>(
      'SELECT name FROM organisations WHERE id = $1 AND active',
      [link.organisationId],
    );
    return organisation ? { email: link.email, organisationName: organisation.name } : undefined;
  }

  async accept(token: string, fullName: string, password: string): Promise<SessionView> {
    const passwordHash = await this.hasher.hash(password);
    const userId = await this.dataSource.transaction(async (manager) => {
      const link = await this.links.use(manager, AccountLinkPurpose.ColleagueInvitation, token);
      if (!link?.organisationId) throw invalidInvitation();
      const [organisation] = await manager.query<unknown[]>('SELECT 1 FROM organisations WHERE id = $1 AND active', [
        link.organisationId,
      ]);
      if (!organisation) throw invalidInvitation();
      try {
        const user = await this.users.insert(manager, {
          organisationId: link.organisationId,
          email: link.email,
          fullName,
          passwordHash,
          role: Role.Member,
        });
        return user.id;
      } catch (error) {
        throw sqlState(error) === '23505' ? emailTaken() : error;
      }
    });
    return this.auth.sessionFor(userId);
  }
}
