import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../accounts/access.decorators.js';
import { Role } from '../accounts/role.js';
import { asFile } from '../common/http/rendered-document.js';
import { ProgrammeExportService } from './programme-export.service.js';

/** Admin only: why the public programme is not exported for everyone is in docs/year-report.md. */
@ApiTags('programma')
@ApiBearerAuth()
@Authenticated(Role.Admin)
@Controller('api/seasons')
export class ProgrammeExportController {
  constructor(private readonly exports: ProgrammeExportService) {}

  @Get(':code/programme.pdf')
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'Het programma van een seizoen als afdrukbare A4-pdf, met inschrijflinks (admin).' })
  async pdf(@Param('code') code: string) {
    return asFile(await this.exports.pdf(code));
  }

  @Get(':code/programme.html')
  @ApiProduces('text/html')
  @ApiOperation({
    summary:
      'Het programma van een seizoen als HTML-fragment voor een nieuwsbrief: tabellen, enkel inline stijlen, geen script of afbeeldingen (admin).',
  })
  async html(@Param('code') code: string) {
    return asFile(await this.exports.html(code));
  }
}
