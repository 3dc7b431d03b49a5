import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser } from '../accounts/access.decorators.js';
import type { AuthenticatedUser } from '../accounts/authenticated-user.js';
import { Role } from '../accounts/role.js';
import { ParseIdPipe } from '../common/http/parse-id.pipe.js';
import { AdminEventView } from '../events/dto/event.dto.js';
import { NewDateDto } from './dto/new-date.dto.js';
import { NewDateService } from './new-date.service.js';

@ApiTags('programma')
@Controller('api/events')
export class NewDateController {
  constructor(private readonly newDates: NewDateService) {}

  @Post(':id/new-date')
  @Authenticated(Role.Admin)
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      'Een nieuwe datum voor een afgelaste voorstelling (admin). De satellieten van toen krijgen bij het publiceren een mail om met één klik opnieuw in te tekenen, voor iedereen anders.',
  })
  @ApiCreatedResponse({ type: AdminEventView })
  create(@Param('id', ParseIdPipe) id: string, @Body() input: NewDateDto, @CurrentUser() user: AuthenticatedUser) {
    return this.newDates.create(id, input, user.id);
  }
}
