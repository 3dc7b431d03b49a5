import { Body, Controller, Get, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Role } from '../accounts/role.js';
import { AuthService } from '../accounts/auth.service.js';
import { LoginDto, RegisterDto, type SessionView } from '../accounts/dto/auth.dto.js';
import { createValidationPipe } from '../common/http/validation-pipe.js';
import { RateLimited, RateLimitGuard } from '../common/rate-limit/rate-limit.guard.js';
import { formStateFor, readForm, toNested, type FormField, type FormValues } from './form-fields.js';
import { KIND_LABELS, kindOfSubKind, PROVINCE_LABELS, SUB_KIND_LABELS } from './labels.js';
import { LOGIN_FIELDS, REGISTER_FIELDS } from './register-form.js';
import { safeReturnPath } from './safe-return-path.js';
import { WebPageFilter } from './web-page.filter.js';
import { WebSession } from './web-session.js';

const validation = createValidationPipe();
const FORM_TITLES: Record<string, string> = { register: 'Registreren', login: 'Aanmelden' };

/** Where each role starts after logging in: its own work, not an account page written for satellites. */
export function startPageFor(role: Role): string {
  if (role === Role.Admin) return '/beheer/voorstellingen';
  if (role === Role.Finance) return '/financien';
  return '/mijn';
}

@ApiExcludeController()
@UseFilters(WebPageFilter)
@Controller()
export class AccountPagesController {
  constructor(
    private readonly auth: AuthService,
    private readonly session: WebSession,
  ) {}

  @Get('registreren')
  async registerForm(@Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    return this.renderForm(request, reply, 'register', REGISTER_FIELDS, {}, 200);
  }

  @Post('registreren')
  @RateLimited('auth')
  @UseGuards(RateLimitGuard)
  async register(@Body() body: Record<string, unknown>, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    this.session.assertCsrf(request, body);
    const values = readForm(REGISTER_FIELDS, body);
    const nested = toNested(REGISTER_FIELDS, values) as { organisation?: Record<string, unknown> };
    nested.organisation = { ...nested.organisation, kind: kindOfSubKind(values['organisation.subKind']) };
    return this.submit(request, reply, 'register', REGISTER_FIELDS, values, '/mijn', async () =>
      this.auth.register((await validation.transform(nested, { type: 'body', metatype: RegisterDto })) as RegisterDto),
    );
  }

  @Get('aanmelden')
  async loginForm(@Query('terug') back: unknown, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    return this.renderForm(request, reply, 'login', LOGIN_FIELDS, {}, 200, { back: safeReturnPath(back) });
  }

  @Post('aanmelden')
  @RateLimited('auth')
  @UseGuards(RateLimitGuard)
  async login(@Body() body: Record<string, unknown>, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    this.session.assertCsrf(request, body);
    const values = readForm(LOGIN_FIELDS, body);
    const back = safeReturnPath(body.terug);
    return this.submit(
      request,
      reply,
      'login',
      LOGIN_FIELDS,
      { email: values.email },
      back,
      async () => this.auth.login((await validation.transform(values, { type: 'body', metatype: LoginDto })) as LoginDto),
      { back },
    );
  }

  @Get('afmelden')
  async logoutForm(@Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    return reply.view('logout', { ...(await this.session.context(request, reply)), title: 'Afmelden' });
  }

  @Post('afmelden')
  async logout(@Body() body: Record<string, unknown>, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    this.session.assertCsrf(request, body);
    const user = await this.session.currentUser(request);
    if (user) await this.auth.logout(user.id);
    this.session.signOut(reply);
    return reply.redirect('/aanmelden?afgemeld=1', 303);
  }

  @Get('mijn')
  async mine(@Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    await this.session.requireUser(request);
    return reply.view('mine', {
      ...(await this.session.context(request, reply)),
      title: 'Mijn account',
      KIND_LABELS,
      SUB_KIND_LABELS,
      PROVINCE_LABELS,
    });
  }

  /** POST-redirect-GET on success; on a problem the same form comes back with the values and Dutch errors. */
  private async submit(
    request: FastifyRequest,
    reply: FastifyReply,
    view: string,
    fields: readonly FormField[],
    keep: FormValues,
    next: string,
    action: () => Promise<SessionView>,
    extra: Record<string, unknown> = {},
  ) {
    try {
      const session = await action();
      this.session.signIn(reply, session);
      return reply.redirect(next || startPageFor(session.user.role), 303);
    } catch (error) {
      const { errors, summary, status } = formStateFor(error, fields, { 'organisation.kind': 'organisation.subKind' });
      // Passwords are never sent back into the page.
      const values = Object.fromEntries(Object.entries(keep).filter(([name]) => !name.endsWith('password')));
      return this.renderForm(request, reply, view, fields, { values, errors, summary }, status, extra);
    }
  }

  private async renderForm(
    request: FastifyRequest,
    reply: FastifyReply,
    view: string,
    fields: readonly FormField[],
    state: { values?: FormValues; errors?: Record<string, string>; summary?: string },
    status: number,
    extra: Record<string, unknown> = {},
  ) {
    return reply.status(status).view(view, {
      ...(await this.session.context(request, reply)),
      title: FORM_TITLES[view],
      fields,
      values: state.values ?? {},
      errors: state.errors ?? {},
      summary: state.summary ?? '',
      signedOut: (request.query as Record<string, unknown>).afgemeld === '1',
      ...extra,
    });
  }
}
