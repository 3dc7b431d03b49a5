import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ProblemException } from '../common/errors/problem.js';
import { sqlState } from '../common/errors/to-problem.js';
import { normaliseOrganisationInput } from '../organisations/dto/organisation.dto.js';
import { OrganisationsRepository } from '../organisations/organisations.repository.js';
import { assertSubKindFits } from '../organisations/organisations.service.js';
import { AccountProblems } from './accounts.errors.js';
import { SessionView, UserView, type LoginDto, type RegisterDto } from './dto/auth.dto.js';
import { PasswordHasher } from './password-hasher.js';
import { Role } from './role.js';
import { Sessions } from './sessions.js';
import { TokenService } from './token.service.js';
import { UsersRepository } from './users.repository.js';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsRepository,
    private readonly users: UsersRepository,
    private readonly tokens: TokenService,
    private readonly sessions: Sessions,
    private readonly passwords: PasswordHasher,
  ) {}

  /** An organisation and its first user, both or neither. */
  async register(input: RegisterDto): Promise<SessionView> {
    const userId = await this.dataSource.transaction((manager) => this.registerWithin(manager, input));
    return this.sessionFor(userId);
  }

  /** Registers inside the caller's transaction (an invitation accepted in the same step); returns the user id. */
  async registerWithin(manager: EntityManager, input: RegisterDto): Promise<string> {
    assertSubKindFits(input.organisation.kind, input.organisation.subKind, 'organisation.subKind');
    const passwordHash = await this.passwords.hash(input.user.password);
    try {
      const organisation = await this.organisations.insert(manager, normaliseOrganisationInput(input.organisation));
      const user = await this.users.insert(manager, {
        organisationId: organisation.id,
        email: input.user.email,
        fullName: input.user.fullName,
        passwordHash,
        role: Role.Member,
      });
      return user.id;
    } catch (error) {
      throw this.explainUniqueViolation(error);
    }
  }

  /** A fresh token for a user who just registered or signed in. */
  async sessionFor(userId: string): Promise<SessionView> {
    const user = await this.users.findWithOrganisation(userId);
    if (!user) throw this.badCredentials();
    const { accessToken, expiresAt } = await this.tokens.issue(user);
    return { accessToken, expiresAt: expiresAt.toISOString(), user: UserView.of(user) };
  }

  async login(input: LoginDto): Promise<SessionView> {
    const user = await this.users.findForLogin(input.email);
    if (!user) {
      await this.passwords.verifyUnknownUser(input.password);
      throw this.badCredentials();
    }
    if (user.lockedUntil && user.lockedUntil > new Date()) throw this.lockedOut(user.lockedUntil);
    if (!(await this.passwords.verify(user.passwordHash, input.password))) {
      const { lockedUntil } = await this.users.recordFailedLogin(user.id);
      throw lockedUntil ? this.lockedOut(lockedUntil) : this.badCredentials();
    }
    await this.users.resetFailedLogins(user.id);
    if (!user.active || !user.organisation.active) {
      throw new ProblemException(
        AccountProblems.accountInactive,
        'Dit account of deze organisatie is gedeactiveerd. Neem contact op met Satelliet.',
      );
    }
    return this.sessionFor(user.id);
  }

  /** Logging out ends the session everywhere: every token of this user, on every device. */
  async logout(userId: string): Promise<void> {
    await this.sessions.endAll(this.dataSource.manager, userId);
  }

  private badCredentials() {
    return new ProblemException(AccountProblems.badCredentials, 'E-mailadres of wachtwoord klopt niet.');
  }

  private lockedOut(until: Date) {
    const seconds = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000));
    return new ProblemException(
      AccountProblems.lockedOut,
      `Te veel foute wachtwoorden na elkaar. Probeer het over ${Math.ceil(seconds / 60)} minuten opnieuw.`,
      {},
      { 'retry-after': String(seconds) },
    );
  }

  private explainUniqueViolation(error: unknown): unknown {
    if (sqlState(error) !== '23505') return error;
    const constraint = String((error as { driverError?: { constraint?: string } }).driverError?.constraint ?? '');
    return constraint === 'users_email_key'
      ? new ProblemException(AccountProblems.emailTaken, 'Er bestaat al een account met dit e-mailadres. Meld u aan.', {
          errors: [{ field: 'user.email', message: 'is al in gebruik' }],
        })
      : new ProblemException(
          AccountProblems.enterpriseNumberTaken,
          'Deze organisatie (ondernemingsnummer) heeft al een account. Vraag een collega om u toe te voegen.',
          { errors: [{ field: 'organisation.enterpriseNumber', message: 'heeft al een account' }] },
        );
  }
}
