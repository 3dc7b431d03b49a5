import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { CommonProblems, ProblemException } from '../common/errors/problem.js';
import { ACCESS_KEY, type RequestWithUser } from './access.decorators.js';
import { AccountProblems } from './accounts.errors.js';
import type { Role } from './role.js';
import { Sessions } from './sessions.js';

/**
 * Resolves the bearer token on every request and enforces @Authenticated. The user and the
 * organisation are reloaded each time, so deactivating either, or ending the sessions, takes
 * effect at once.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: Sessions,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<RequestWithUser>();
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
    const header = request.headers.authorization;

    if (header) {
      const token = /^Bearer (.+)$/i.exec(header)?.[1];
      const session = token ? await this.sessions.lookup(token) : { kind: 'invalid' as const };
      if (session.kind === 'invalid') {
        throw new ProblemException(AccountProblems.tokenInvalid, 'Uw aanmelding is verlopen of ongeldig. Meld u opnieuw aan.');
      }
      if (session.kind === 'inactive') {
        throw new ProblemException(AccountProblems.accountInactive, 'Dit account of deze organisatie is gedeactiveerd.');
      }
      const user = session.user;
      request.user = {
        id: user.id,
        email: user.email,
        fullName: user.fullName,
        role: user.role,
        organisationId: user.organisationId,
        organisationKind: user.organisation.kind,
      };
    }

    if (roles === undefined) return true;
    if (!request.user) throw new ProblemException(CommonProblems.unauthenticated, 'Meld u aan om verder te gaan.');
    if (roles.length > 0 && !roles.includes(request.user.role)) {
      throw new ProblemException(CommonProblems.forbidden, 'U hebt geen toegang tot deze functie.');
    }
    return true;
  }
}
