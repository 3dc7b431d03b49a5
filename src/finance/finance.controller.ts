import { Body, Controller, Delete, Get, Header, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser } from '../accounts/access.decorators.js';
import type { AuthenticatedUser } from '../accounts/authenticated-user.js';
import { Role } from '../accounts/role.js';
import { PaginationQuery } from '../common/http/pagination.dto.js';
import { ParseIdPipe } from '../common/http/parse-id.pipe.js';
import { ParseIntInRangePipe } from '../common/http/parse-int-in-range.pipe.js';
import { RecordDecisionDto, SetMarginDto } from './dto/budget-decision.dto.js';
import { CreateCostLineDto, CreateOtherIncomeDto, UpdateCostLineDto, UpdateOtherIncomeDto } from './dto/cost-line.dto.js';
import { RecordCorrectionDto, SetPlanDto } from './dto/plan.dto.js';
import { ScenarioRequestDto } from './dto/scenario.dto.js';
import { eventCsv, seasonCsv, yearCsv } from './finance-csv.js';
import { FinanceLedgerService } from './finance-ledger.service.js';
import { FinanceViewsService } from './finance-views.service.js';

const CSV = 'text/csv; charset=utf-8';
/** The same span a what-if accepts; year 0 or 99999999999999999999 is a typo, not a budget year. */
const BUDGET_YEAR = new ParseIntInRangePipe(2000, 2100);

/** Finance figures are for operator staff only: finance and admin. */
@ApiTags('financiën')
@ApiBearerAuth()
@Authenticated(Role.Finance, Role.Admin)
@Controller('api/finance')
export class FinanceController {
  constructor(
    private readonly views: FinanceViewsService,
    private readonly ledger: FinanceLedgerService,
  ) {}

  @Get('events/:id')
  @ApiOperation({ summary: 'Resultaat van een voorstelling: huidig, prognose, nog nodige satellieten en status.' })
  event(@Param('id', ParseIdPipe) id: string) {
    return this.views.event(id);
  }

  @Get('events/:id/report.csv')
  @Header('content-type', CSV)
  @Header('content-disposition', 'attachment; filename="voorstelling.csv"')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'Hetzelfde als CSV voor Excel.' })
  async eventExport(@Param('id', ParseIdPipe) id: string) {
    return eventCsv(await this.views.event(id));
  }

  @Get('years/:year')
  @ApiOperation({ summary: 'Een budgetjaar: elke voorstelling met resultaat en status, totaal, gebruikte en resterende marge.' })
  year(@Param('year', BUDGET_YEAR) year: number) {
    return this.views.year(year);
  }

  @Get('years/:year/report.csv')
  @Header('content-type', CSV)
  @Header('content-disposition', 'attachment; filename="budgetjaar.csv"')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'Hetzelfde als CSV voor Excel.' })
  async yearExport(@Param('year', BUDGET_YEAR) year: number) {
    return yearCsv(await this.views.year(year));
  }

  @Put('years/:year/margin')
  @ApiOperation({ summary: 'De goedgekeurde marge van een budgetjaar vastleggen, met verwijzing naar de beslissing.' })
  setMargin(@Param('year', BUDGET_YEAR) year: number, @Body() input: SetMarginDto, @CurrentUser() user: AuthenticatedUser) {
    return this.ledger.setMargin(year, input, user);
  }

  @Get('seasons/:season')
  @ApiOperation({ summary: 'Een seizoen, met beide budgetjaren die het raakt.' })
  season(@Param('season') season: string) {
    return this.views.season(season);
  }

  @Get('seasons/:season/report.csv')
  @Header('content-type', CSV)
  @Header('content-disposition', 'attachment; filename="seizoen.csv"')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'Beide budgetjaren van het seizoen als CSV voor Excel.' })
  async seasonExport(@Param('season') season: string) {
    return seasonCsv(await this.views.season(season));
  }

  @Post('scenarios')
  @HttpCode(200)
  @ApiOperation({ summary: 'Wat als: dezelfde cijfers met hypothetische tarieven, kosten of aantallen; schrijft niets weg.' })
  scenario(@Body() request: ScenarioRequestDto) {
    return this.views.scenario(request);
  }

  @Get('audit')
  @ApiOperation({
    summary:
      'Elke wijziging aan kosten, inkomsten, marges en beslissingen, en elke programmabeslissing (publiceren, verplaatsen, afgelasten, nieuwe datum, afsluiten, plan, seizoen): wie, wanneer, voor en na. Nieuwste eerst.',
  })
  audit(@Query() page: PaginationQuery) {
    return this.ledger.audit(page.limit, page.offset);
  }

  @Post('events/:id/decision')
  @ApiOperation({ summary: 'Een principebeslissing vastleggen: het aanvaarde tekort, de redenen en wie besliste.' })
  recordDecision(@Param('id', ParseIdPipe) id: string, @Body() input: RecordDecisionDto, @CurrentUser() user: AuthenticatedUser) {
    return this.ledger.recordDecision(id, input, user);
  }

  @Put('events/:id/plan')
  @ApiOperation({
    summary:
      'Het plan van een voorstelling: het verwachte aantal satellieten per doelgroep. Na publicatie beoordeeld door dezelfde budgetregel als publiceren.',
  })
  setPlan(@Param('id', ParseIdPipe) id: string, @Body() input: SetPlanDto, @CurrentUser() user: AuthenticatedUser) {
    return this.ledger.setPlan(id, input, user);
  }

  @Post('events/:id/close')
  @HttpCode(200)
  @ApiOperation({
    summary: 'De boeken van een gestreamde of afgelaste voorstelling afsluiten; elke lijn moet een werkelijk bedrag hebben.',
  })
  close(@Param('id', ParseIdPipe) id: string, @CurrentUser() user: AuthenticatedUser) {
    return this.ledger.close(id, user);
  }

  @Get('events/:id/corrections')
  @ApiOperation({ summary: 'De correcties op het eindresultaat van een afgesloten voorstelling.' })
  corrections(@Param('id', ParseIdPipe) id: string) {
    return this.ledger.listCorrections(id);
  }

  @Post('events/:id/corrections')
  @ApiOperation({ summary: 'Een correctie op een afgesloten eindresultaat, als aparte, geauditeerde boeking.' })
  recordCorrection(
    @Param('id', ParseIdPipe) id: string,
    @Body() input: RecordCorrectionDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.ledger.recordCorrection(id, input, user);
  }

  @Get('events/:id/cost-lines')
  @ApiOperation({ summary: 'De kostenlijnen van een voorstelling.' })
  costLines(@Param('id', ParseIdPipe) id: string) {
    return this.ledger.listLines('cost_line', id);
  }

  @Post('events/:id/cost-lines')
  @ApiOperation({ summary: 'Een kostenlijn toevoegen.' })
  addCostLine(@Param('id', ParseIdPipe) id: string, @Body() input: CreateCostLineDto, @CurrentUser() user: AuthenticatedUser) {
    return this.ledger.addCostLine(id, input, user);
  }

  @Patch('events/:id/cost-lines/:lineId')
  @ApiOperation({ summary: 'Een kostenlijn aanpassen, bijvoorbeeld het werkelijke bedrag invullen.' })
  updateCostLine(
    @Param('id', ParseIdPipe) id: string,
    @Param('lineId', ParseIdPipe) lineId: string,
    @Body() changes: UpdateCostLineDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.ledger.updateCostLine(id, lineId, changes, user);
  }

  @Delete('events/:id/cost-lines/:lineId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Een kostenlijn schrappen.' })
  removeCostLine(
    @Param('id', ParseIdPipe) id: string,
    @Param('lineId', ParseIdPipe) lineId: string,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.ledger.removeLine('cost_line', id, lineId, user);
  }

  @Get('events/:id/other-income')
  @ApiOperation({ summary: 'Andere inkomsten van een voorstelling (subsidie, sponsor).' })
  otherIncome(@Param('id', ParseIdPipe) id: string) {
    return this.ledger.listLines('other_income', id);
  }

  @Post('events/:id/other-income')
  @ApiOperation({ summary: 'Een andere inkomst toevoegen.' })
  addOtherIncome(
    @Param('id', ParseIdPipe) id: string,
    @Body() input: CreateOtherIncomeDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.ledger.addOtherIncome(id, input, user);
  }

  @Patch('events/:id/other-income/:lineId')
  @ApiOperation({ summary: 'Een andere inkomst aanpassen.' })
  updateOtherIncome(
    @Param('id', ParseIdPipe) id: string,
    @Param('lineId', ParseIdPipe) lineId: string,
    @Body() changes: UpdateOtherIncomeDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.ledger.updateOtherIncome(id, lineId, changes, user);
  }

  @Delete('events/:id/other-income/:lineId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Een andere inkomst schrappen.' })
  removeOtherIncome(
    @Param('id', ParseIdPipe) id: string,
    @Param('lineId', ParseIdPipe) lineId: string,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.ledger.removeLine('other_income', id, lineId, user);
  }
}
