import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser } from '../accounts/access.decorators.js';
import type { AuthenticatedUser } from '../accounts/authenticated-user.js';
import { Role } from '../accounts/role.js';
import { ParseIdPipe } from '../common/http/parse-id.pipe.js';
import { CallsService } from './calls.service.js';
import { CallView, CloseCallDto, OpenCallDto } from './dto/call.dto.js';
import { SubmitProposalDto } from './dto/proposal.dto.js';
import { ProposalView } from './dto/proposal.view.js';
import { ProposalFinanceService } from './proposal-finance.service.js';
import { ProposalsService } from './proposals.service.js';

@ApiTags('oproepen')
@ApiBearerAuth()
@Controller('api/calls')
export class CallsController {
  constructor(
    private readonly calls: CallsService,
    private readonly proposals: ProposalsService,
    private readonly finance: ProposalFinanceService,
  ) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'Alle oproepen, nieuwste eerst.' })
  @ApiOkResponse({ type: [CallView] })
  async list(): Promise<{ items: CallView[]; total: number }> {
    const items = await this.calls.list();
    return { items, total: items.length };
  }

  @Post()
  @Authenticated(Role.Admin)
  @ApiOperation({ summary: 'Een oproep openen voor een seizoen (admin); 409 als er voor dat seizoen al een open oproep is.' })
  @ApiCreatedResponse({ type: CallView })
  open(@Body() input: OpenCallDto, @CurrentUser() user: AuthenticatedUser) {
    return this.calls.open(input, user.id);
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({ summary: 'Eén oproep.' })
  @ApiOkResponse({ type: CallView })
  get(@Param('id', ParseIdPipe) id: string) {
    return this.calls.get(id);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Authenticated(Role.Admin)
  @ApiOperation({ summary: 'De oproep afsluiten (admin): geen nieuwe voorstellen of wijzigingen meer.' })
  @ApiOkResponse({ type: CallView })
  close(@Param('id', ParseIdPipe) id: string, @Body() _input: CloseCallDto, @CurrentUser() user: AuthenticatedUser) {
    return this.calls.close(id, user.id);
  }

  @Get(':id/proposals')
  @Authenticated()
  @ApiOperation({ summary: 'De voorstellen van een oproep; de kosten enkel voor het eigen cultuurhuis, admin en financiën.' })
  @ApiOkResponse({ type: [ProposalView] })
  async proposalsOfCall(@Param('id', ParseIdPipe) id: string, @CurrentUser() user: AuthenticatedUser) {
    const items = await this.proposals.listOfCall(id, user);
    return { items, total: items.length };
  }

  @Post(':id/proposals')
  @Authenticated(Role.Member)
  @ApiOperation({
    summary: 'Een voorstelling voorstellen (cultuurhuis) tot de deadline; na de deadline of het afsluiten een 409.',
  })
  @ApiCreatedResponse({ type: ProposalView })
  submit(@Param('id', ParseIdPipe) id: string, @Body() input: SubmitProposalDto, @CurrentUser() user: AuthenticatedUser) {
    return this.proposals.submit(id, input, user);
  }

  @Get(':id/planned-results')
  @Authenticated(Role.Finance, Role.Admin)
  @ApiOperation({ summary: 'Elk voorstel van de oproep met zijn geplande resultaat en break-even (financiën, admin).' })
  async plannedResults(@Param('id', ParseIdPipe) id: string) {
    await this.calls.require(id);
    const items = await this.finance.ofCall(id);
    return { items, total: items.length };
  }
}
