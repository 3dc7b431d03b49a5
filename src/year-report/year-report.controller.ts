import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../accounts/access.decorators.js';
import { Role } from '../accounts/role.js';
import { ParseIntInRangePipe } from '../common/http/parse-int-in-range.pipe.js';
import { asFile } from '../common/http/rendered-document.js';
import { YearReportService } from './year-report.service.js';

/** The same span finance accepts for a budget year. */
const REPORT_YEAR = new ParseIntInRangePipe(2000, 2100);

/** The year in figures, for the operator's annual report: finance and admin. */
@ApiTags('jaarverslag')
@ApiBearerAuth()
@Authenticated(Role.Finance, Role.Admin)
@Controller('api/year-report')
export class YearReportController {
  constructor(private readonly reports: YearReportService) {}

  @Get(':year')
  @ApiOperation({
    summary:
      'Het jaar in cijfers: streams, cultuurpartners en zorgcentra (nieuw en teruggekeerd), kijkers, tevredenheid, ' +
      'resultaat tegenover de marge en principebeslissingen; elk cijfer tegenover het jaar ervoor, ook als zinnen.',
  })
  report(@Param('year', REPORT_YEAR) year: number) {
    return this.reports.report(year);
  }

  @Get(':year/report.csv')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'De tabel van het jaarverslag als CSV voor Excel.' })
  async csv(@Param('year', REPORT_YEAR) year: number) {
    return asFile(await this.reports.csv(year));
  }

  @Get(':year/report.pdf')
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'Het jaarverslag als pdf van één of twee A4-bladzijden.' })
  async pdf(@Param('year', REPORT_YEAR) year: number) {
    return asFile(await this.reports.pdf(year));
  }
}
