import { Body, Controller, Get, Param, Put, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser } from '../accounts/access.decorators.js';
import type { AuthenticatedUser } from '../accounts/authenticated-user.js';
import { ParseIdPipe } from '../common/http/parse-id.pipe.js';
import { StreamReportDto, StreamReportView } from './dto/stream-report.dto.js';
import { StreamReportAccessGuard } from './stream-report-access.guard.js';
import { StreamReportsService } from './stream-reports.service.js';

/** The launch centre's notes on its stream: for its own members and for admins. */
@ApiTags('impact')
@ApiBearerAuth()
@Authenticated()
@UseGuards(StreamReportAccessGuard)
@Controller('api/events/:id/stream-report')
export class StreamReportsController {
  constructor(private readonly reports: StreamReportsService) {}

  @Get()
  @ApiOperation({ summary: 'De notities van het lanceercentrum: werkelijk begin en einde, technische incidenten.' })
  @ApiOkResponse({ type: StreamReportView })
  get(@Param('id', ParseIdPipe) id: string, @CurrentUser() actor: AuthenticatedUser): Promise<StreamReportView> {
    return this.reports.get(id, actor);
  }

  @Put()
  @ApiOperation({
    summary:
      'Bewaart de notities van het lanceercentrum na de stream (vervangt de vorige). Alleen leden van het lanceercentrum en admins; het einde na het begin.',
  })
  @ApiOkResponse({ type: StreamReportView })
  save(
    @Param('id', ParseIdPipe) id: string,
    @CurrentUser() actor: AuthenticatedUser,
    @Body() input: StreamReportDto,
  ): Promise<StreamReportView> {
    return this.reports.save(id, actor, input);
  }
}
