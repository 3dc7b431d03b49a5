import { Body, Controller, Get, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Role } from '../accounts/role.js';
import { createValidationPipe } from '../common/http/validation-pipe.js';
import { UpdateOperatorDto } from '../organisations/dto/operator.dto.js';
import { OperatorService } from '../organisations/operator.service.js';
import { formStateFor, readForm, type FormField, type FormState, type FormValues } from './form-fields.js';
import { WebPageFilter } from './web-page.filter.js';
import { WebSession } from './web-session.js';

const validation = createValidationPipe();
const ADMIN = [Role.Admin];

export const OPERATOR_FIELDS: readonly FormField[] = [
  { name: 'name', label: 'Naam', help: 'De officiële naam, zoals ze op elke factuur staat, bv. Satelliet vzw.' },
  {
    name: 'enterpriseNumber',
    label: 'Ondernemingsnummer',
    help: 'Tien cijfers uit de Kruispuntbank van Ondernemingen, bv. 0799.000.183.',
    inputmode: 'numeric',
  },
  { name: 'vatNumber', label: 'Btw-nummer', help: 'BE gevolgd door het ondernemingsnummer, bv. BE0799000183.' },
  { name: 'iban', label: 'Rekeningnummer (IBAN)', help: 'Hierop betalen de partners hun facturen, bv. BE68 5390 0754 7034.' },
];

/** The operator's details that every invoice carries as seller; invoicing refuses until they are complete. */
@ApiExcludeController()
@UseFilters(WebPageFilter)
@Controller('beheer/organisatie')
export class AdminOperatorPagesController {
  constructor(
    private readonly operator: OperatorService,
    private readonly session: WebSession,
  ) {}

  @Get()
  async form(@Query('bericht') notice: unknown, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    await this.session.requireActor(request, ADMIN);
    const { name, enterpriseNumber, vatNumber, iban } = await this.operator.view();
    const values = { name, enterpriseNumber, vatNumber: vatNumber ?? '', iban: iban ?? '' };
    return this.render(request, reply, values, { errors: {}, summary: '', status: 200 }, notice === 'opgeslagen');
  }

  @Post()
  async save(@Body() body: Record<string, unknown>, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const actor = await this.session.requireActor(request, ADMIN);
    this.session.assertCsrf(request, body);
    const values = readForm(OPERATOR_FIELDS, body);
    try {
      const dto = (await validation.transform(values, { type: 'body', metatype: UpdateOperatorDto })) as UpdateOperatorDto;
      await this.operator.update(dto, actor.id);
      return reply.redirect('/beheer/organisatie?bericht=opgeslagen', 303);
    } catch (error) {
      return this.render(request, reply, values, formStateFor(error, OPERATOR_FIELDS));
    }
  }

  private async render(request: FastifyRequest, reply: FastifyReply, values: FormValues, state: FormState, saved = false) {
    return reply.status(state.status).view('admin-operator', {
      ...(await this.session.context(request, reply)),
      title: 'Gegevens van de operator',
      fields: OPERATOR_FIELDS,
      values,
      errors: state.errors,
      summary: state.summary,
      notice: saved ? 'De gegevens zijn opgeslagen. Nieuwe facturen gebruiken ze meteen.' : '',
    });
  }
}
