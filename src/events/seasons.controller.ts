import { Controller, Get, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EtagInterceptor } from '../common/http/etag.interceptor.js';
import { SeasonView } from './dto/event.dto.js';
import { EventsRepository } from './events.repository.js';

@ApiTags('programma')
@Controller('api/seasons')
export class SeasonsController {
  constructor(private readonly events: EventsRepository) {}

  @Get()
  @UseInterceptors(EtagInterceptor)
  @ApiOperation({ summary: 'Alle seizoenen, oudste eerst.' })
  @ApiOkResponse({ type: [SeasonView] })
  async list(): Promise<{ items: SeasonView[]; total: number }> {
    const items = await this.events.listSeasons();
    return { items, total: items.length };
  }
}
