import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../accounts/access.decorators.js';
import { Role } from '../accounts/role.js';
import { ParseIdPipe } from '../common/http/parse-id.pipe.js';
import { EventImpactView } from './dto/event-impact.view.js';
import { ImpactService } from './impact.service.js';

/** Beside the event's money, for the same people: finance and admin. */
@ApiTags('financiën')
@ApiBearerAuth()
@Authenticated(Role.Finance, Role.Admin)
@Controller('api/finance/events/:id/impact')
export class ImpactController {
  constructor(private readonly impact: ImpactService) {}

  @Get()
  @ApiOperation({
    summary:
      'Impact van een voorstelling: satellieten per doelgroep, gemelde kijkers (en hoeveel satellieten antwoordden), tevredenheid met verdeling, opmerkingen, technische problemen en kost per gemelde kijker.',
  })
  @ApiOkResponse({ type: EventImpactView })
  event(@Param('id', ParseIdPipe) id: string): Promise<EventImpactView> {
    return this.impact.event(id);
  }
}
