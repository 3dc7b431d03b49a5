import { Body, Controller, Get, Param, Patch, Post, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser } from '../accounts/access.decorators.js';
import type { AuthenticatedUser } from '../accounts/authenticated-user.js';
import { Role } from '../accounts/role.js';
import { PROGRAMME_SCOPE } from '../common/database/change-versions.js';
import { EtagFromVersion, VersionedEtagInterceptor } from '../common/http/versioned-etag.interceptor.js';
import { SeasonView } from './dto/event.dto.js';
import { CreateSeasonDto, UpdateSeasonDto } from './dto/season.dto.js';
import { SeasonsService } from './seasons.service.js';

@ApiTags('programma')
@Controller('api/seasons')
export class SeasonsController {
  constructor(private readonly seasons: SeasonsService) {}

  @Get()
  @UseInterceptors(VersionedEtagInterceptor)
  @EtagFromVersion(PROGRAMME_SCOPE)
  @ApiOperation({ summary: 'Alle seizoenen, oudste eerst.' })
  @ApiOkResponse({ type: [SeasonView] })
  async list(): Promise<{ items: SeasonView[]; total: number }> {
    const items = await this.seasons.list();
    return { items, total: items.length };
  }

  @Get(':code')
  @ApiOperation({ summary: 'Eén seizoen.' })
  @ApiOkResponse({ type: SeasonView })
  get(@Param('code') code: string) {
    return this.seasons.get(code);
  }

  @Post()
  @Authenticated(Role.Admin)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Een seizoen aanmaken (admin). Een bestaande code geeft 409.' })
  @ApiCreatedResponse({ type: SeasonView })
  create(@Body() input: CreateSeasonDto, @CurrentUser() user: AuthenticatedUser) {
    return this.seasons.create(input, user.id);
  }

  @Patch(':code')
  @Authenticated(Role.Admin)
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Naam, eerste of laatste dag van een seizoen aanpassen (admin); 409 als een voorstelling er dan buiten valt.',
  })
  @ApiOkResponse({ type: SeasonView })
  update(@Param('code') code: string, @Body() changes: UpdateSeasonDto, @CurrentUser() user: AuthenticatedUser) {
    return this.seasons.update(code, changes, user.id);
  }
}
