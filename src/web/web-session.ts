import { Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { Sessions } from '../accounts/sessions.js';
import type { AuthenticatedUser } from '../accounts/authenticated-user.js';
import type { User } from '../accounts/entities/user.entity.js';
import { Role } from '../accounts/role.js';
import { AppConfig } from '../common/config/app-config.js';
import { CommonProblems, ProblemException } from '../common/errors/problem.js';
import { OperatorService } from '../organisations/operator.service.js';

export const SESSION_COOKIE = 'satelliet_sessie';
export const CSRF_COOKIE = 'satelliet_csrf';
export const CSRF_FIELD = '_csrf';
/** A fresh random id per rendered form, so a repeat of one submission is recognised (repeated-form.interceptor.ts). */
export const FORM_ID_FIELD = '_form';

/** What every page's layout needs besides its own data. */
export interface PageContext {
  user: User | null;
  csrfToken: string;
  path: string;
  /** The hidden fields every POST form starts with: the CSRF token and a new form id on each call. */
  formFields: () => string;
  /** On staff pages: the operator details invoices still lack, so the layout can warn before invoicing stalls. */
  operatorMissing: string[];
}

const STAFF_PAGES = /^\/(beheer|financien)(\/|\?|$)/;

/**
 * The browser session is the API's bearer token in an httpOnly cookie, so pages and API share
 * one notion of "signed in" and the server keeps no session state. Forms carry a double-submit
 * CSRF token: another site can make the browser send the cookie but cannot read it to fill the field.
 */
@Injectable()
export class WebSession {
  constructor(
    private readonly sessions: Sessions,
    private readonly config: AppConfig,
    private readonly operator: OperatorService,
  ) {}

  /** The signed-in, active user, or null; an expired or unknown token simply means "not signed in". */
  async currentUser(request: FastifyRequest): Promise<User | null> {
    const token = request.cookies[SESSION_COOKIE];
    const session = token ? await this.sessions.lookup(token) : undefined;
    return session?.kind === 'signed_in' ? session.user : null;
  }

  async requireUser(request: FastifyRequest): Promise<User> {
    const user = await this.currentUser(request);
    if (!user) throw new ProblemException(CommonProblems.unauthenticated, 'Meld u aan om deze pagina te zien.');
    return user;
  }

  /**
   * The signed-in user as the services expect it. With `roles`, anyone else gets a 403 page:
   * the page exists, it is just not theirs.
   */
  async requireActor(request: FastifyRequest, roles: readonly Role[] = []): Promise<AuthenticatedUser> {
    const user = await this.requireUser(request);
    if (roles.length > 0 && !roles.includes(user.role)) {
      throw new ProblemException(CommonProblems.forbidden, 'Deze pagina is niet voor uw account bedoeld.');
    }
    return asActor(user);
  }

  async context(request: FastifyRequest, reply: FastifyReply): Promise<PageContext> {
    const user = await this.currentUser(request);
    const staff = user !== null && user.role !== Role.Member && STAFF_PAGES.test(request.url);
    const csrfToken = this.csrfToken(request, reply);
    const formFields = () =>
      `<input type="hidden" name="${CSRF_FIELD}" value="${csrfToken}">` +
      `<input type="hidden" name="${FORM_ID_FIELD}" value="${randomBytes(16).toString('base64url')}">`;
    return {
      user,
      csrfToken,
      path: request.url,
      formFields,
      operatorMissing: staff ? await this.operator.missing() : [],
    };
  }

  signIn(reply: FastifyReply, session: { accessToken: string; expiresAt: string }): void {
    void reply.setCookie(SESSION_COOKIE, session.accessToken, { ...this.cookieOptions(), expires: new Date(session.expiresAt) });
  }

  signOut(reply: FastifyReply): void {
    void reply.clearCookie(SESSION_COOKIE, this.cookieOptions());
  }

  csrfToken(request: FastifyRequest, reply: FastifyReply): string {
    const existing = request.cookies[CSRF_COOKIE];
    if (existing && /^[\w-]{32,}$/.test(existing)) return existing;
    const fresh = randomBytes(24).toString('base64url');
    void reply.setCookie(CSRF_COOKIE, fresh, this.cookieOptions());
    // A form rendered in this same response must see the new token too.
    request.cookies[CSRF_COOKIE] = fresh;
    return fresh;
  }

  assertCsrf(request: FastifyRequest, form: Record<string, unknown>): void {
    const expected = request.cookies[CSRF_COOKIE] ?? '';
    const given = typeof form[CSRF_FIELD] === 'string' ? form[CSRF_FIELD] : '';
    const same =
      expected.length > 0 && expected.length === given.length && timingSafeEqual(Buffer.from(expected), Buffer.from(given));
    if (!same) {
      throw new ProblemException(
        CommonProblems.forbidden,
        'Dit formulier is verlopen of kwam niet van Satelliet. Laad de pagina opnieuw en probeer nog eens.',
      );
    }
  }

  private cookieOptions() {
    return {
      path: '/',
      httpOnly: true,
      sameSite: 'lax' as const,
      secure: this.config.PUBLIC_BASE_URL.startsWith('https://'),
    };
  }
}

export function asActor(user: User): AuthenticatedUser {
  return {
    id: user.id,
    email: user.email,
    fullName: user.fullName,
    role: user.role,
    organisationId: user.organisationId,
    organisationKind: user.organisation.kind,
  };
}
