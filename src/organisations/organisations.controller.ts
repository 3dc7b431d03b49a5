import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ParseIdPipe } from '../common/http/parse-id.pipe.js';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser } from '../accounts/access.decorators.js';
import type { AuthenticatedUser } from '../accounts/authenticated-user.js';
import { Role } from '../accounts/role.js';
import { OrganisationView, UpdateOrganisationDto } from './dto/organisation.dto.js';
import { ListOrganisationsQuery } from './dto/list-organisations.query.js';
import { OrganisationsService } from './organisations.service.js';

@ApiTags('organisaties')
@ApiBearerAuth()
@Controller('api/organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get()
  @Authenticated(Role.Admin)
  @ApiOperation({ summary: 'Alle organisaties (admin).' })
  list(@Query() query: ListOrganisationsQuery) {
    return this.organisations.list(query);
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({ summary: 'Eén organisatie: admin ziet alle, een lid enkel de eigen.' })
  @ApiOkResponse({ type: OrganisationView })
  get(@Param('id', ParseIdPipe) id: string, @CurrentUser() user: AuthenticatedUser) {
    return this.organisations.get(id, user);
  }

  @Patch(':id')
  @Authenticated(Role.Admin)
  @ApiOperation({ summary: 'Gegevens van een organisatie aanpassen (admin).' })
  @ApiOkResponse({ type: OrganisationView })
  update(@Param('id', ParseIdPipe) id: string, @Body() changes: UpdateOrganisationDto) {
    return this.organisations.update(id, changes);
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  @Authenticated(Role.Admin)
  @ApiOperation({ summary: 'Organisatie deactiveren: haar gebruikers kunnen niet meer aanmelden (admin).' })
  @ApiOkResponse({ type: OrganisationView })
  deactivate(@Param('id', ParseIdPipe) id: string) {
    return this.organisations.setActive(id, false);
  }

  @Post(':id/activate')
  @HttpCode(200)
  @Authenticated(Role.Admin)
  @ApiOperation({ summary: 'Organisatie opnieuw activeren (admin).' })
  @ApiOkResponse({ type: OrganisationView })
  activate(@Param('id', ParseIdPipe) id: string) {
    return this.organisations.setActive(id, true);
  }
}
