import { Body, Controller, Get, HttpCode, Param, Post, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser } from '../accounts/access.decorators.js';
import type { AuthenticatedUser } from '../accounts/authenticated-user.js';
import { Role } from '../accounts/role.js';
import { ParseIdPipe } from '../common/http/parse-id.pipe.js';
import { EraseOrganisationDto, ErasureView } from './dto/erase-organisation.dto.js';
import { OrganisationErasureService } from './organisation-erasure.service.js';
import { OrganisationExportService } from './organisation-export.service.js';

@ApiTags('privacy')
@ApiBearerAuth()
@Controller('api/organisations')
export class PrivacyController {
  constructor(
    private readonly exports: OrganisationExportService,
    private readonly erasure: OrganisationErasureService,
  ) {}

  @Get(':id/export')
  @Authenticated()
  @ApiProduces('application/zip')
  @ApiOperation({
    summary:
      'Alle gegevens van een organisatie als één JSON-bestand in een ZIP, met haar facturen als pdf en UBL (een lid van die organisatie, of admin).',
  })
  async export(@Param('id', ParseIdPipe) id: string, @CurrentUser() user: AuthenticatedUser) {
    const file = await this.exports.export(id, user);
    return new StreamableFile(file.body, { type: 'application/zip', disposition: `attachment; filename="${file.fileName}"` });
  }

  @Post(':id/erasure')
  @HttpCode(200)
  @Authenticated(Role.Admin)
  @ApiOperation({
    summary:
      'Organisatie wissen (admin): contactpersonen en gebruikers geanonimiseerd, facturen bewaard zoals uitgegeven. Onomkeerbaar; 409 zolang er openstaande facturen of komende intekeningen zijn.',
  })
  @ApiOkResponse({ type: ErasureView })
  erase(@Param('id', ParseIdPipe) id: string, @Body() body: EraseOrganisationDto, @CurrentUser() user: AuthenticatedUser) {
    return this.erasure.erase(id, body.confirmName, user);
  }
}
