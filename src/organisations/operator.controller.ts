import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser } from '../accounts/access.decorators.js';
import type { AuthenticatedUser } from '../accounts/authenticated-user.js';
import { Role } from '../accounts/role.js';
import { OperatorView, UpdateOperatorDto } from './dto/operator.dto.js';
import { OperatorService } from './operator.service.js';

@ApiTags('organisaties')
@ApiBearerAuth()
@Controller('api/operator')
export class OperatorController {
  constructor(private readonly operator: OperatorService) {}

  @Get()
  @Authenticated(Role.Admin, Role.Finance)
  @ApiOperation({ summary: 'De gegevens van de operator op de facturen, en wat nog ontbreekt (admin, finance).' })
  @ApiOkResponse({ type: OperatorView })
  get() {
    return this.operator.view();
  }

  @Put()
  @Authenticated(Role.Admin)
  @ApiOperation({ summary: 'Naam, ondernemingsnummer, btw-nummer en IBAN van de operator instellen (admin).' })
  @ApiOkResponse({ type: OperatorView })
  update(@Body() input: UpdateOperatorDto, @CurrentUser() actor: AuthenticatedUser) {
    return this.operator.update(input, actor.id);
  }
}
