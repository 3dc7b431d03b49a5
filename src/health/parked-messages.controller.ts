import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser } from '../accounts/access.decorators.js';
import type { AuthenticatedUser } from '../accounts/authenticated-user.js';
import { Role } from '../accounts/role.js';
import { PaginationQuery } from '../common/http/pagination.dto.js';
import { ParseIntInRangePipe } from '../common/http/parse-int-in-range.pipe.js';
import { ParkedMessages, ParkedMessagesPage } from '../common/outbox/parked-messages.js';

@ApiTags('beheer')
@ApiBearerAuth()
@Controller('api/outbox/parked-messages')
export class ParkedMessagesController {
  constructor(private readonly parked: ParkedMessages) {}

  @Get()
  @Authenticated(Role.Admin)
  @ApiOperation({
    summary:
      'Outbox-berichten die na hun laatste poging vastzitten, oudste eerst (admin). Zolang er een is, is /health/ready niet klaar.',
  })
  @ApiOkResponse({ type: ParkedMessagesPage })
  list(@Query() page: PaginationQuery) {
    return this.parked.list(page.limit, page.offset);
  }

  @Post(':id/retry')
  @HttpCode(202)
  @Authenticated(Role.Admin)
  @ApiOperation({
    summary:
      'Een vastgelopen bericht opnieuw in de wachtrij zetten voor één nieuwe poging (admin). Het blijft vóór de latere berichten van zijn voorstelling en intekening. 409 als het niet (meer) vastzit.',
  })
  // Outbox ids are a bigint identity; ten digits is more than Satelliet will write in its lifetime.
  async retry(@Param('id', new ParseIntInRangePipe(1, 9_999_999_999)) id: number, @CurrentUser() user: AuthenticatedUser) {
    await this.parked.retry(String(id), user.id);
    return { id: String(id), queued: true };
  }
}
