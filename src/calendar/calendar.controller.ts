import { Controller, Delete, Get, Header, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { Authenticated, CurrentUser } from '../accounts/access.decorators.js';
import type { AuthenticatedUser } from '../accounts/authenticated-user.js';
import { Role } from '../accounts/role.js';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ProblemException } from '../common/errors/problem.js';
import { answeredNotModified } from '../common/http/conditional-get.js';
import { ParseIdPipe } from '../common/http/parse-id.pipe.js';
import { CalendarProblems } from './calendar.errors.js';
import { CalendarFeedsService } from './calendar-feeds.service.js';
import { SignOnInviteService } from './sign-on-invite.service.js';

const ICS = 'text/calendar; charset=utf-8';

export class FeedLinkView {
  @ApiPropertyOptional({
    description: 'Het geheime adres om in een agenda-app te abonneren; null als er (nog) geen is.',
    nullable: true,
  })
  url: string | null;

  @ApiProperty({ description: 'Sinds wanneer dit adres geldt.', nullable: true, type: String, format: 'date-time' })
  createdAt: Date | null;
}

/** `abc.ics` → `abc`; anything else is not a calendar. */
function stripIcs(file: string): string {
  if (!file.endsWith('.ics')) throw new ProblemException(CalendarProblems.feedNotFound, 'Deze agenda bestaat niet (meer).');
  return file.slice(0, -'.ics'.length);
}

@ApiTags('agenda')
@Controller()
export class CalendarController {
  constructor(
    private readonly feeds: CalendarFeedsService,
    private readonly invites: SignOnInviteService,
  ) {}

  @Get('api/subscriptions/:id/invite.ics')
  @Authenticated()
  @ApiBearerAuth()
  @Header('content-type', ICS)
  @Header('content-disposition', 'attachment; filename="uitnodiging.ics"')
  @ApiProduces('text/calendar')
  @ApiOperation({ summary: 'De huidige agenda-uitnodiging van een intekening; de streamlink enkel als ze bevestigd is.' })
  invite(@Param('id', ParseIdPipe) id: string, @CurrentUser() user: AuthenticatedUser) {
    return this.invites.inviteFor(id, user);
  }

  @Get('api/subscriptions/:id/test-slot.ics')
  @Authenticated()
  @ApiBearerAuth()
  @Header('content-type', ICS)
  @Header('content-disposition', 'attachment; filename="technische-test.ics"')
  @ApiProduces('text/calendar')
  @ApiOperation({
    summary:
      'De agenda-uitnodiging voor het technische testmoment van een intekening: een apart bestand, want Outlook bewaart maar één afspraak per uitnodiging.',
  })
  testSlotInvite(@Param('id', ParseIdPipe) id: string, @CurrentUser() user: AuthenticatedUser) {
    return this.invites.inviteFor(id, user, 'test-slot');
  }

  @Get('api/calendar/feed')
  @Authenticated(Role.Member)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Het geheime agenda-adres van mijn organisatie.' })
  @ApiOkResponse({ type: FeedLinkView })
  feedLink(@CurrentUser() user: AuthenticatedUser): Promise<FeedLinkView> {
    return this.feeds.linkFor(user.organisationId);
  }

  @Post('api/calendar/feed/rotate')
  @HttpCode(200)
  @Authenticated(Role.Member)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Een nieuw agenda-adres maken; het vorige werkt meteen niet meer.' })
  @ApiOkResponse({ type: FeedLinkView })
  rotateFeed(@CurrentUser() user: AuthenticatedUser): Promise<FeedLinkView> {
    return this.feeds.rotate(user.organisationId);
  }

  @Delete('api/calendar/feed')
  @HttpCode(204)
  @Authenticated(Role.Member)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Het agenda-adres intrekken.' })
  revokeFeed(@CurrentUser() user: AuthenticatedUser): Promise<void> {
    return this.feeds.revoke(user.organisationId);
  }

  @Get('calendar/seizoen/:file')
  @Header('content-type', ICS)
  @ApiProduces('text/calendar')
  @ApiOperation({ summary: 'Publieke agenda van een seizoen (bv. /calendar/seizoen/2026-2027.ics), zonder streamlinks.' })
  async seasonFeed(
    @Param('file') file: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string | undefined> {
    const code = stripIcs(file);
    if (answeredNotModified(request, reply, await this.feeds.seasonFeedVersion(code))) return undefined;
    return this.feeds.seasonFeed(code);
  }

  @Get('calendar/:file')
  @Header('content-type', ICS)
  @ApiProduces('text/calendar')
  @ApiOperation({ summary: 'De privé-agenda van een organisatie: /calendar/<token>.ics.' })
  async privateFeed(
    @Param('file') file: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string | undefined> {
    // Calendar apps poll every feed; an unchanged one costs one lookup and no rebuild.
    const feed = await this.feeds.privateFeedVersion(stripIcs(file));
    if (answeredNotModified(request, reply, feed.etag)) return undefined;
    return this.feeds.privateFeed(feed);
  }
}
