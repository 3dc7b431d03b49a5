import { Body, Controller, Get, Param, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SessionView } from '../accounts/dto/auth.dto.js';
import { Role } from '../accounts/role.js';
import { ColleaguesService } from '../accounts/self-service/colleagues.service.js';
import { PasswordsService } from '../accounts/self-service/passwords.service.js';
import {
  AcceptColleagueInvitationDto,
  ChangePasswordDto,
  ColleagueInvitationDto,
  PasswordResetDto,
  PasswordResetRequestDto,
} from '../accounts/self-service/self-service.dto.js';
import { createValidationPipe } from '../common/http/validation-pipe.js';
import { RateLimited, RateLimitGuard } from '../common/rate-limit/rate-limit.guard.js';
import {
  CHANGE_PASSWORD_FIELDS,
  FORGOT_PASSWORD_FIELDS,
  INVITE_COLLEAGUE_FIELDS,
  JOIN_FIELDS,
  RESET_PASSWORD_FIELDS,
} from './account-self-service-form.js';
import { formStateFor, readForm, type FormField, type FormValues } from './form-fields.js';
import { WebPageFilter } from './web-page.filter.js';
import { WebSession } from './web-session.js';

const validation = createValidationPipe();
const validated = async <T>(value: object, metatype: new () => T) =>
  (await validation.transform(value, { type: 'body', metatype })) as T;

/** What a page of the account form shows besides its fields. */
interface AccountForm {
  title: string;
  action: string;
  button: string;
  fields: readonly FormField[];
  intro?: string;
  notice?: string;
  after?: { href: string; label: string };
}

/** Password change and reset, and a colleague's invitation: the pages call the same services as the API. */
@ApiExcludeController()
@UseFilters(WebPageFilter)
@Controller()
export class AccountSelfServicePagesController {
  constructor(
    private readonly passwords: PasswordsService,
    private readonly colleagues: ColleaguesService,
    private readonly session: WebSession,
  ) {}

  @Get('mijn/wachtwoord')
  async changeForm(@Query('gewijzigd') changed: unknown, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    await this.session.requireUser(request);
    return this.render(request, reply, this.changePage(changed === '1' ? 'Uw wachtwoord is gewijzigd.' : undefined));
  }

  @Post('mijn/wachtwoord')
  async change(@Body() body: Record<string, unknown>, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    this.session.assertCsrf(request, body);
    const actor = await this.session.requireActor(request);
    const values = readForm(CHANGE_PASSWORD_FIELDS, body);
    return this.attempt(request, reply, this.changePage(), {}, async () => {
      const input = await validated(values, ChangePasswordDto);
      this.session.signIn(reply, await this.passwords.change(actor, input.currentPassword, input.newPassword));
      return '/mijn/wachtwoord?gewijzigd=1';
    });
  }

  @Get('wachtwoord-vergeten')
  async forgotForm(@Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    return this.render(request, reply, this.forgotPage());
  }

  @Post('wachtwoord-vergeten')
  @RateLimited('password-reset')
  @UseGuards(RateLimitGuard)
  async forgot(@Body() body: Record<string, unknown>, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    this.session.assertCsrf(request, body);
    const values = readForm(FORGOT_PASSWORD_FIELDS, body);
    return this.attempt(request, reply, this.forgotPage(), values, async () => {
      const { message } = await this.passwords.requestReset((await validated(values, PasswordResetRequestDto)).email);
      return this.render(request, reply, { ...this.forgotPage(), fields: [], notice: message, intro: undefined });
    });
  }

  @Get('wachtwoord-herstellen/:token')
  async resetForm(@Param('token') token: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    if (!(await this.passwords.resetLinkWorks(token))) return this.render(request, reply, expiredResetPage(), 404);
    return this.render(request, reply, resetPage(token));
  }

  @Post('wachtwoord-herstellen/:token')
  @RateLimited('password-reset')
  @UseGuards(RateLimitGuard)
  async reset(
    @Param('token') token: string,
    @Body() body: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    this.session.assertCsrf(request, body);
    const values = readForm(RESET_PASSWORD_FIELDS, body);
    return this.attempt(request, reply, resetPage(token), {}, async () => {
      const input = await validated({ ...values, token }, PasswordResetDto);
      return this.signedIn(reply, await this.passwords.reset(input.token, input.newPassword));
    });
  }

  @Get('mijn/collega')
  async inviteForm(@Query('uitgenodigd') invited: unknown, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    await this.session.requireActor(request, [Role.Member]);
    const notice = typeof invited === 'string' && invited ? `We stuurden een uitnodiging naar ${invited}.` : undefined;
    return this.render(request, reply, { ...invitePage(), notice });
  }

  @Post('mijn/collega')
  async invite(@Body() body: Record<string, unknown>, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    this.session.assertCsrf(request, body);
    const actor = await this.session.requireActor(request, [Role.Member]);
    const values = readForm(INVITE_COLLEAGUE_FIELDS, body);
    return this.attempt(request, reply, invitePage(), values, async () => {
      const { email } = await this.colleagues.invite(actor, (await validated(values, ColleagueInvitationDto)).email);
      return `/mijn/collega?uitgenodigd=${encodeURIComponent(email)}`;
    });
  }

  @Get('collega-worden/:token')
  async joinForm(@Param('token') token: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const invitation = await this.colleagues.invitationFor(token);
    if (!invitation) return this.render(request, reply, expiredInvitationPage(), 404);
    return this.render(request, reply, joinPage(token, invitation));
  }

  @Post('collega-worden/:token')
  @RateLimited('auth')
  @UseGuards(RateLimitGuard)
  async join(
    @Param('token') token: string,
    @Body() body: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    this.session.assertCsrf(request, body);
    const values = readForm(JOIN_FIELDS, body);
    const invitation = await this.colleagues.invitationFor(token);
    if (!invitation) return this.render(request, reply, expiredInvitationPage(), 404);
    return this.attempt(request, reply, joinPage(token, invitation), { fullName: values.fullName }, async () => {
      const input = await validated({ ...values, token }, AcceptColleagueInvitationDto);
      return this.signedIn(reply, await this.colleagues.accept(input.token, input.fullName, input.password));
    });
  }

  private changePage(notice?: string): AccountForm {
    return {
      title: 'Wachtwoord wijzigen',
      action: '/mijn/wachtwoord',
      button: 'Wachtwoord wijzigen',
      fields: CHANGE_PASSWORD_FIELDS,
      intro: 'Na de wijziging wordt u op elk ander toestel afgemeld.',
      notice,
    };
  }

  private forgotPage(): AccountForm {
    return {
      title: 'Wachtwoord vergeten',
      action: '/wachtwoord-vergeten',
      button: 'Stuur mij een link',
      fields: FORGOT_PASSWORD_FIELDS,
      intro: 'Vul uw e-mailadres in. U krijgt een mail met een link om een nieuw wachtwoord te kiezen.',
      after: { href: '/aanmelden', label: 'Terug naar aanmelden' },
    };
  }

  private signedIn(reply: FastifyReply, session: SessionView): string {
    this.session.signIn(reply, session);
    return '/mijn';
  }

  /** POST-redirect-GET on success (or the page the action rendered); on a problem the form comes back with Dutch errors. */
  private async attempt(
    request: FastifyRequest,
    reply: FastifyReply,
    page: AccountForm,
    keep: FormValues,
    action: () => Promise<string | FastifyReply>,
  ) {
    try {
      const next = await action();
      return typeof next === 'string' ? reply.redirect(next, 303) : next;
    } catch (error) {
      const { errors, summary, status } = formStateFor(error, page.fields);
      return this.render(request, reply, page, status, { values: keep, errors, summary });
    }
  }

  private async render(
    request: FastifyRequest,
    reply: FastifyReply,
    page: AccountForm,
    status = 200,
    state: { values?: FormValues; errors?: Record<string, string>; summary?: string } = {},
  ) {
    return reply.status(status).view('account-form', {
      ...(await this.session.context(request, reply)),
      ...page,
      values: state.values ?? {},
      errors: state.errors ?? {},
      summary: state.summary ?? '',
    });
  }
}

const resetPage = (token: string): AccountForm => ({
  title: 'Nieuw wachtwoord kiezen',
  action: `/wachtwoord-herstellen/${encodeURIComponent(token)}`,
  button: 'Wachtwoord opslaan',
  fields: RESET_PASSWORD_FIELDS,
  intro: 'Kies een nieuw wachtwoord. Daarna bent u meteen aangemeld, en overal elders afgemeld.',
});

const expiredResetPage = (): AccountForm => ({
  title: 'Link werkt niet meer',
  action: '',
  button: '',
  fields: [],
  intro: 'Deze link is al gebruikt of verlopen. Vraag een nieuwe aan.',
  after: { href: '/wachtwoord-vergeten', label: 'Wachtwoord vergeten' },
});

const invitePage = (): AccountForm => ({
  title: 'Een collega uitnodigen',
  action: '/mijn/collega',
  button: 'Uitnodiging versturen',
  fields: INVITE_COLLEAGUE_FIELDS,
  intro: 'Werkt een collega mee aan de livestreams? Nodig die uit: uw collega krijgt een eigen account bij uw organisatie.',
});

const joinPage = (token: string, invitation: { email: string; organisationName: string }): AccountForm => ({
  title: `Account bij ${invitation.organisationName}`,
  action: `/collega-worden/${encodeURIComponent(token)}`,
  button: 'Account aanmaken',
  fields: JOIN_FIELDS,
  intro: `U bent uitgenodigd om mee te werken voor ${invitation.organisationName}. U meldt aan met ${invitation.email}.`,
});

const expiredInvitationPage = (): AccountForm => ({
  title: 'Uitnodiging werkt niet meer',
  action: '',
  button: '',
  fields: [],
  intro: 'Deze uitnodiging is al gebruikt of verlopen. Vraag uw collega om een nieuwe.',
});
