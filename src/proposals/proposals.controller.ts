import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser } from '../accounts/access.decorators.js';
import type { AuthenticatedUser } from '../accounts/authenticated-user.js';
import { Role } from '../accounts/role.js';
import { ParseIdPipe } from '../common/http/parse-id.pipe.js';
import {
  AcceptProposalDto,
  DeclineProposalDto,
  MarkInterestDto,
  ProposalWhatIfDto,
  UpdateProposalDto,
} from './dto/proposal.dto.js';
import { ProposalView } from './dto/proposal.view.js';
import { ProposalDecisionsService } from './proposal-decisions.service.js';
import { ProposalFinanceService } from './proposal-finance.service.js';
import { ProposalsService } from './proposals.service.js';

@ApiTags('oproepen')
@ApiBearerAuth()
@Controller('api/proposals')
export class ProposalsController {
  constructor(
    private readonly proposals: ProposalsService,
    private readonly decisions: ProposalDecisionsService,
    private readonly finance: ProposalFinanceService,
  ) {}

  @Get('mine')
  @Authenticated(Role.Member)
  @ApiOperation({ summary: 'De voorstellen van mijn cultuurhuis, over alle oproepen.' })
  @ApiOkResponse({ type: [ProposalView] })
  async mine(@CurrentUser() user: AuthenticatedUser) {
    const items = await this.proposals.mine(user);
    return { items, total: items.length };
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({ summary: 'Eén voorstel.' })
  @ApiOkResponse({ type: ProposalView })
  get(@Param('id', ParseIdPipe) id: string, @CurrentUser() user: AuthenticatedUser) {
    return this.proposals.get(id, user);
  }

  @Patch(':id')
  @Authenticated(Role.Member)
  @ApiOperation({ summary: 'Het eigen voorstel aanpassen, zolang de oproep loopt en er niet over beslist is.' })
  @ApiOkResponse({ type: ProposalView })
  update(@Param('id', ParseIdPipe) id: string, @Body() changes: UpdateProposalDto, @CurrentUser() user: AuthenticatedUser) {
    return this.proposals.update(id, changes, user);
  }

  @Put(':id/interest')
  @Authenticated(Role.Member)
  @ApiOperation({ summary: 'Vrijblijvend interesse tonen (satelliet); geen intekening. Opnieuw zetten past de aantallen aan.' })
  @ApiOkResponse({ type: ProposalView })
  markInterest(@Param('id', ParseIdPipe) id: string, @Body() input: MarkInterestDto, @CurrentUser() user: AuthenticatedUser) {
    return this.proposals.markInterest(id, input, user);
  }

  @Delete(':id/interest')
  @Authenticated(Role.Member)
  @ApiOperation({ summary: 'De interesse intrekken.' })
  @ApiOkResponse({ type: ProposalView })
  unmarkInterest(@Param('id', ParseIdPipe) id: string, @CurrentUser() user: AuthenticatedUser) {
    return this.proposals.unmarkInterest(id, user);
  }

  @Get(':id/planned-result')
  @Authenticated(Role.Finance, Role.Admin)
  @ApiOperation({
    summary: 'Gepland resultaat, verwachte satellieten en break-even (tarief of aantal satellieten) van een voorstel.',
  })
  plannedResult(@Param('id', ParseIdPipe) id: string) {
    return this.finance.whatIf(id);
  }

  @Post(':id/what-if')
  @HttpCode(200)
  @Authenticated(Role.Finance, Role.Admin)
  @ApiOperation({ summary: 'Wat als: een ander tarief, plan of extra kosten voor een voorstel; schrijft niets weg.' })
  whatIf(@Param('id', ParseIdPipe) id: string, @Body() changes: ProposalWhatIfDto) {
    return this.finance.whatIf(id, changes);
  }

  @Post(':id/accept')
  @HttpCode(200)
  @Authenticated(Role.Admin)
  @ApiOperation({
    summary: 'Aanvaarden (admin): wordt een ontwerpvoorstelling met kostenlijnen en plan; de indiener krijgt een mail.',
  })
  accept(@Param('id', ParseIdPipe) id: string, @Body() input: AcceptProposalDto, @CurrentUser() user: AuthenticatedUser) {
    return this.decisions.accept(id, input, user.id);
  }

  @Post(':id/decline')
  @HttpCode(200)
  @Authenticated(Role.Admin)
  @ApiOperation({ summary: 'Afwijzen (admin), met een reden naar keuze; de indiener krijgt een mail.' })
  decline(@Param('id', ParseIdPipe) id: string, @Body() input: DeclineProposalDto, @CurrentUser() user: AuthenticatedUser) {
    return this.decisions.decline(id, input, user.id);
  }
}
