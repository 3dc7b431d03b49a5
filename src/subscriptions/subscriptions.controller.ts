import { Body, Controller, Get, Header, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser } from '../accounts/access.decorators.js';
import type { AuthenticatedUser } from '../accounts/authenticated-user.js';
import { Role } from '../accounts/role.js';
import { PaginationQuery } from '../common/http/pagination.dto.js';
import { ParseIdPipe } from '../common/http/parse-id.pipe.js';
import { CancelSubscriptionDto } from './dto/cancel-subscription.dto.js';
import { SignOnDto } from './dto/sign-on.dto.js';
import { EventSubscriptionsView, StatusChangeView, SubscriptionView } from './dto/subscription.view.js';
import { SeasonSignOnReport, SeasonSignOnService } from './season-sign-on.service.js';
import { SubscriptionsService } from './subscriptions.service.js';

@ApiTags('intekeningen')
@ApiBearerAuth()
@Controller('api')
export class SubscriptionsController {
  constructor(
    private readonly subscriptions: SubscriptionsService,
    private readonly seasons: SeasonSignOnService,
  ) {}

  @Post('events/:id/subscriptions')
  @Authenticated(Role.Member)
  @ApiOperation({
    summary:
      'Mijn organisatie intekenen op een voorstelling: bevestigd, op de wachtlijst als ze vol is, of wachtend op online betaling (pending_payment, met checkoutPath).',
  })
  @ApiCreatedResponse({ type: SubscriptionView })
  signOn(@Param('id', ParseIdPipe) eventId: string, @CurrentUser() user: AuthenticatedUser, @Body() details: SignOnDto) {
    return this.subscriptions.signOn(eventId, user, details);
  }

  @Get('events/:id/subscriptions')
  @Authenticated(Role.Admin)
  @ApiOperation({ summary: 'Alle satellieten van een voorstelling, met totalen (admin).' })
  @ApiOkResponse({ type: EventSubscriptionsView })
  listForEvent(@Param('id', ParseIdPipe) eventId: string) {
    return this.subscriptions.listForEvent(eventId);
  }

  @Get('events/:id/subscriptions.csv')
  @Authenticated(Role.Admin)
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="intekeningen.csv"')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'Dezelfde lijst als CSV voor Excel (puntkomma, UTF-8 met BOM) (admin).' })
  exportForEvent(@Param('id', ParseIdPipe) eventId: string) {
    return this.subscriptions.exportForEvent(eventId);
  }

  @Post('seasons/:code/subscriptions')
  @Authenticated(Role.Member)
  @ApiOperation({ summary: 'Een cultuurhuis tekent in op elke gepubliceerde voorstelling van een seizoen, alles of niets.' })
  @ApiCreatedResponse({ type: SeasonSignOnReport })
  signOnForSeason(@Param('code') season: string, @CurrentUser() user: AuthenticatedUser, @Body() details: SignOnDto) {
    return this.seasons.signOnForSeason(season, user, details);
  }

  @Get('subscriptions')
  @Authenticated()
  @ApiOperation({
    summary: 'De intekeningen van mijn organisatie, en voor een cultuurhuis ook die van de zorgcentra die het uitnodigde.',
  })
  listMine(@CurrentUser() user: AuthenticatedUser, @Query() page: PaginationQuery) {
    return this.subscriptions.listMine(user, page.limit, page.offset);
  }

  @Get('subscriptions/:id')
  @Authenticated()
  @ApiOperation({ summary: 'Eén intekening.' })
  @ApiOkResponse({ type: SubscriptionView })
  get(@Param('id', ParseIdPipe) id: string, @CurrentUser() user: AuthenticatedUser) {
    return this.subscriptions.get(id, user);
  }

  @Get('subscriptions/:id/history')
  @Authenticated()
  @ApiOperation({ summary: 'Elke statuswijziging van een intekening, met wie en wanneer.' })
  @ApiOkResponse({ type: [StatusChangeView] })
  history(@Param('id', ParseIdPipe) id: string, @CurrentUser() user: AuthenticatedUser) {
    return this.subscriptions.history(id, user);
  }

  @Post('subscriptions/:id/cancel')
  @HttpCode(200)
  @Authenticated(Role.Member, Role.Admin)
  @ApiOperation({
    summary: 'Annuleren: de satelliet tot de deadline, een admin altijd. De eerste op de wachtlijst schuift door.',
  })
  @ApiOkResponse({ type: SubscriptionView })
  cancel(@Param('id', ParseIdPipe) id: string, @CurrentUser() user: AuthenticatedUser, @Body() input: CancelSubscriptionDto) {
    return this.subscriptions.cancel(id, user, input);
  }
}
