import { Body, Controller, Get, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Role } from '../accounts/role.js';
import { createValidationPipe } from '../common/http/validation-pipe.js';
import { CreateSeasonDto, UpdateSeasonDto } from '../events/dto/season.dto.js';
import type { Season } from '../events/entities/season.entity.js';
import { SeasonsService } from '../events/seasons.service.js';
import { sendDocument } from '../common/http/rendered-document.js';
import { ProgrammeExportService } from '../programme-export/programme-export.service.js';
import { formStateFor, readForm, type FormField, type FormState, type FormValues } from './form-fields.js';
import { PAGE_FORMATS } from './format.js';
import { WebPageFilter } from './web-page.filter.js';
import { WebSession } from './web-session.js';

const validation = createValidationPipe();
const ADMIN = [Role.Admin];

export const SEASON_FIELDS: readonly FormField[] = [
  { name: 'code', label: 'Code', help: 'Twee opeenvolgende jaren, bv. 2027-2028. Kan daarna niet meer veranderen.' },
  { name: 'name', label: 'Naam', help: 'Zoals ze in het programma staat. Leeg laten voor "Seizoen" en de code.', optional: true },
  { name: 'startsOn', label: 'Eerste dag', help: 'In het eerste jaar van de code, bv. 1 september.', type: 'date' },
  { name: 'endsOn', label: 'Laatste dag', help: 'In het tweede jaar, na de eerste dag, bv. 30 juni.', type: 'date' },
];
const EDIT_FIELDS = SEASON_FIELDS.filter((field) => field.name !== 'code');
const NOTICES: Record<string, string> = {
  aangemaakt: 'Het seizoen is aangemaakt. U kunt er nu voorstellingen in plannen.',
  opgeslagen: 'Het seizoen is opgeslagen.',
};

/** Only filled-in fields go to the DTO, so an empty name means "the default". */
const filled = (values: FormValues) => Object.fromEntries(Object.entries(values).filter(([, value]) => value.trim() !== ''));

/** Seasons as data: the admin creates them, moves their first and last day, and shares their programme. */
@ApiExcludeController()
@UseFilters(WebPageFilter)
@Controller('beheer/seizoenen')
export class AdminSeasonPagesController {
  constructor(
    private readonly seasons: SeasonsService,
    private readonly programmes: ProgrammeExportService,
    private readonly session: WebSession,
  ) {}

  @Get()
  async list(@Query('bericht') notice: unknown, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    await this.session.requireActor(request, ADMIN);
    return this.renderList(
      request,
      reply,
      {},
      { errors: {}, summary: '', status: 200 },
      typeof notice === 'string' ? (NOTICES[notice] ?? '') : '',
    );
  }

  @Post()
  async create(@Body() body: Record<string, unknown>, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const actor = await this.session.requireActor(request, ADMIN);
    this.session.assertCsrf(request, body);
    const values = readForm(SEASON_FIELDS, body);
    try {
      const dto = (await validation.transform(filled(values), { type: 'body', metatype: CreateSeasonDto })) as CreateSeasonDto;
      await this.seasons.create(dto, actor.id);
      return reply.redirect('/beheer/seizoenen?bericht=aangemaakt', 303);
    } catch (error) {
      return this.renderList(request, reply, values, formStateFor(error, SEASON_FIELDS));
    }
  }

  @Get(':code/bewerken')
  async editForm(@Param('code') code: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    await this.session.requireActor(request, ADMIN);
    const season = await this.seasons.get(code);
    return this.renderEdit(request, reply, season, { ...season }, { errors: {}, summary: '', status: 200 });
  }

  @Post(':code/bewerken')
  async edit(
    @Param('code') code: string,
    @Body() body: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const actor = await this.session.requireActor(request, ADMIN);
    this.session.assertCsrf(request, body);
    const season = await this.seasons.get(code);
    const values = readForm(EDIT_FIELDS, body);
    try {
      const dto = (await validation.transform(filled(values), { type: 'body', metatype: UpdateSeasonDto })) as UpdateSeasonDto;
      await this.seasons.update(season.code, dto, actor.id);
      return reply.redirect('/beheer/seizoenen?bericht=opgeslagen', 303);
    } catch (error) {
      return this.renderEdit(request, reply, season, values, formStateFor(error, EDIT_FIELDS));
    }
  }

  private async renderList(request: FastifyRequest, reply: FastifyReply, values: FormValues, state: FormState, notice = '') {
    return reply.status(state.status).view('admin-seasons', {
      ...(await this.session.context(request, reply)),
      ...PAGE_FORMATS,
      title: 'Seizoenen beheren',
      seasons: await this.seasons.list(),
      fields: SEASON_FIELDS,
      values,
      errors: state.errors,
      summary: state.summary,
      notice,
    });
  }

  @Get(':code/programma.pdf')
  async programmePdf(@Param('code') code: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    await this.session.requireActor(request, ADMIN);
    return sendDocument(reply, await this.programmes.pdf(code));
  }

  @Get(':code/programma.html')
  async programmeHtml(@Param('code') code: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    await this.session.requireActor(request, ADMIN);
    return sendDocument(reply, await this.programmes.html(code));
  }

  private async renderEdit(request: FastifyRequest, reply: FastifyReply, season: Season, values: FormValues, state: FormState) {
    return reply.status(state.status).view('admin-season-form', {
      ...(await this.session.context(request, reply)),
      newsletterHtml: (await this.programmes.html(season.code)).body,
      enhance: true,
      title: `Seizoen ${season.code} bewerken`,
      season,
      fields: EDIT_FIELDS,
      values,
      errors: state.errors,
      summary: state.summary,
    });
  }
}
