import { Controller, Get, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PROGRAMME_SCOPE } from '../common/database/change-versions.js';
import { EtagFromVersion, VersionedEtagInterceptor } from '../common/http/versioned-etag.interceptor.js';
import { SeasonView } from './dto/event.dto.js';
import { EventsRepository } from './events.repository.js';

@ApiTags('programma')
@Controller('api/seasons')
export class SeasonsController {
  constructor(private readonly events: EventsRepository) {}

  @Get()
  @UseInterceptors(VersionedEtagInterceptor)
  @EtagFromVersion(PROGRAMME_SCOPE)
  @ApiOperation({ summary: 'Alle seizoenen, oudste eerst.' })
  @ApiOkResponse({ type: [SeasonView] })
  async list(): Promise<{ items: SeasonView[]; total: number }> {
    const items = await this.events.listSeasons();
    return { items, total: items.length };
  }
}
