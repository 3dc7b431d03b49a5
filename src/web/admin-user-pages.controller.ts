import { Body, Controller, Get, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Role } from '../accounts/role.js';
import { UsersService } from '../accounts/users.service.js';
import { ParseIdPipe } from '../common/http/parse-id.pipe.js';
import { ListUsersQuery } from '../accounts/dto/list-users.query.js';
import { UpdateUserDto } from '../accounts/dto/auth.dto.js';
import { createValidationPipe } from '../common/http/validation-pipe.js';
import { formStateFor } from './form-fields.js';
import { KIND_LABELS } from './labels.js';
import { WebPageFilter } from './web-page.filter.js';
import { WebSession } from './web-session.js';

const validation = createValidationPipe();
const ADMIN = [Role.Admin];
const PER_PAGE = 50;

export const ROLE_LABELS: Record<Role, string> = {
  [Role.Admin]: 'Beheerder (admin)',
  [Role.Finance]: 'Financiën (finance)',
  [Role.Member]: 'Lid van de organisatie',
};

const NOTICES: Record<string, string> = {
  rol: 'De rol is aangepast. De gebruiker heeft de nieuwe rechten bij de volgende pagina die hij opent.',
  gedeactiveerd: 'De gebruiker is gedeactiveerd en overal afgemeld.',
  geactiveerd: 'De gebruiker kan weer aanmelden, met zijn eigen wachtwoord.',
};

const pageOf = (raw: unknown) => (typeof raw === 'string' && /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : 1);

/** Users and roles for the admin: the same UsersService as PATCH /api/users/:id, with its last-admin rule. */
@ApiExcludeController()
@UseFilters(WebPageFilter)
@Controller('beheer/gebruikers')
export class AdminUserPagesController {
  constructor(
    private readonly users: UsersService,
    private readonly session: WebSession,
  ) {}

  @Get()
  async list(
    @Query('pagina') rawPage: unknown,
    @Query('bericht') notice: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    await this.session.requireActor(request, ADMIN);
    const text = typeof notice === 'string' ? (NOTICES[notice] ?? '') : '';
    return this.render(request, reply, pageOf(rawPage), { notice: text, summary: '', status: 200 });
  }

  @Post(':id/rol')
  async changeRole(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return this.change(request, reply, id, body, { role: body.role }, 'rol');
  }

  @Post(':id/actief')
  async changeActive(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const active = body.active === 'true';
    return this.change(request, reply, id, body, { active }, active ? 'geactiveerd' : 'gedeactiveerd');
  }

  private async change(
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    body: Record<string, unknown>,
    changes: { role?: unknown; active?: boolean },
    notice: string,
  ) {
    await this.session.requireActor(request, ADMIN);
    this.session.assertCsrf(request, body);
    const page = pageOf(body.pagina);
    try {
      const dto = (await validation.transform(changes, { type: 'body', metatype: UpdateUserDto })) as UpdateUserDto;
      await this.users.update(id, dto);
      return reply.redirect(`/beheer/gebruikers?pagina=${page}&bericht=${notice}`, 303);
    } catch (error) {
      const state = formStateFor(error, []);
      return this.render(request, reply, page, { notice: '', summary: state.summary, status: state.status });
    }
  }

  private async render(
    request: FastifyRequest,
    reply: FastifyReply,
    page: number,
    state: { notice: string; summary: string; status: number },
  ) {
    const query = Object.assign(new ListUsersQuery(), { limit: PER_PAGE, offset: (page - 1) * PER_PAGE });
    const { items, total } = await this.users.list(query);
    return reply.status(state.status).view('admin-users', {
      ...(await this.session.context(request, reply)),
      title: 'Gebruikers beheren',
      users: items,
      roleLabels: ROLE_LABELS,
      kindLabels: KIND_LABELS,
      staffRoles: [Role.Admin, Role.Finance],
      page,
      pages: Math.max(1, Math.ceil(total / PER_PAGE)),
      total,
      errors: {},
      ...state,
    });
  }
}
