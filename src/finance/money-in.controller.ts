import { Controller, Get, Param, ParseIntPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../accounts/access.decorators.js';
import { Role } from '../accounts/role.js';
import { ParseIdPipe } from '../common/http/parse-id.pipe.js';
import { EventMoneyInView, YearMoneyInView } from './dto/money-in.dto.js';
import { MoneyInService } from './money-in.service.js';

/** Money in beside the break-even figures: for finance and admin, like every finance figure. */
@ApiTags('financiën')
@ApiBearerAuth()
@Authenticated(Role.Finance, Role.Admin)
@Controller('api/finance')
export class MoneyInController {
  constructor(private readonly moneyIn: MoneyInService) {}

  @Get('events/:id/money-in')
  @ApiOperation({
    summary:
      'Geld binnen voor een voorstelling: gefactureerd, ontvangen en nog open (facturen, creditnota’s, overschrijvingen, online).',
  })
  @ApiOkResponse({ type: EventMoneyInView })
  event(@Param('id', ParseIdPipe) id: string) {
    return this.moneyIn.event(id);
  }

  @Get('years/:year/money-in')
  @ApiOperation({ summary: 'Geld binnen voor een budgetjaar, per voorstelling en in totaal.' })
  @ApiOkResponse({ type: YearMoneyInView })
  year(@Param('year', ParseIntPipe) year: number) {
    return this.moneyIn.year(year);
  }
}
