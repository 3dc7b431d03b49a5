import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser, OptionalUser } from '../accounts/access.decorators.js';
import type { AuthenticatedUser } from '../accounts/authenticated-user.js';
import { Role } from '../accounts/role.js';
import { PROGRAMME_SCOPE } from '../common/database/change-versions.js';
import { EtagFromVersion, VersionedEtagInterceptor } from '../common/http/versioned-etag.interceptor.js';
import { ParseIdPipe } from '../common/http/parse-id.pipe.js';
import {
  AdminEventView,
  CancelEventDto,
  CreateEventDto,
  ListEventsQuery,
  PublicEventView,
  UpdateEventDto,
} from './dto/event.dto.js';
import { EventsService } from './events.service.js';

@ApiTags('programma')
@Controller('api/events')
export class EventsController {
  constructor(private readonly events: EventsService) {}

  @Get()
  @UseInterceptors(VersionedEtagInterceptor)
  @EtagFromVersion(PROGRAMME_SCOPE)
  @ApiOperation({ summary: 'Het programma: gepubliceerde, afgelaste en gestreamde voorstellingen (admins zien ook ontwerpen).' })
  list(@Query() query: ListEventsQuery, @OptionalUser() viewer?: AuthenticatedUser) {
    return this.events.list(query, viewer);
  }

  @Get(':id')
  @UseInterceptors(VersionedEtagInterceptor)
  @EtagFromVersion(PROGRAMME_SCOPE)
  @ApiOperation({ summary: 'Eén voorstelling.' })
  @ApiOkResponse({ type: PublicEventView })
  get(@Param('id', ParseIdPipe) id: string, @OptionalUser() viewer?: AuthenticatedUser) {
    return this.events.get(id, viewer);
  }

  @Post()
  @Authenticated(Role.Admin)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Een voorstelling aanmaken, als ontwerp (admin).' })
  @ApiCreatedResponse({ type: AdminEventView })
  create(@Body() input: CreateEventDto) {
    return this.events.create(input);
  }

  @Patch(':id')
  @Authenticated(Role.Admin)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Een voorstelling aanpassen (admin).' })
  @ApiOkResponse({ type: AdminEventView })
  update(@Param('id', ParseIdPipe) id: string, @Body() changes: UpdateEventDto, @CurrentUser() user: AuthenticatedUser) {
    return this.events.update(id, changes, user.id);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Authenticated(Role.Admin)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Een ontwerp publiceren: vanaf nu kan iedereen het zien en intekenen (admin).' })
  @ApiOkResponse({ type: AdminEventView })
  publish(@Param('id', ParseIdPipe) id: string, @CurrentUser() user: AuthenticatedUser) {
    return this.events.publish(id, user.id);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Authenticated(Role.Admin)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Een voorstelling afgelasten, met reden (admin).' })
  @ApiOkResponse({ type: AdminEventView })
  cancel(@Param('id', ParseIdPipe) id: string, @Body() input: CancelEventDto, @CurrentUser() user: AuthenticatedUser) {
    return this.events.cancel(id, input, user.id);
  }
}
