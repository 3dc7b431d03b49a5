import { Body, Controller, Get, Header, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiExcludeEndpoint, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { ProblemException } from '../common/errors/problem.js';
import { ParseIdPipe } from '../common/http/parse-id.pipe.js';
import { SubscriptionStatus } from '../subscriptions/subscription-status.js';
import { type SignOnAgainPage, renderSignOnAgainPage } from './sign-on-again-page.js';
import { SignOnAgainService } from './sign-on-again.service.js';

export class SignOnAgainDto {
  @ApiProperty({ description: 'Het token uit de link in de mail over de nieuwe datum.' })
  @IsString()
  @MaxLength(200)
  token: string;
}

export class SignedOnAgainView {
  @ApiProperty({ description: 'De intekening op de nieuwe datum.' }) subscriptionId: string;
  @ApiProperty({ enum: SubscriptionStatus, enumName: 'SubscriptionStatus' }) status: SubscriptionStatus;
  @ApiProperty({ description: 'Waar: de link was al eerder gebruikt (of de organisatie tekende zelf al in).' })
  alreadySignedOn: boolean;
}

const HTML = 'text/html; charset=utf-8';

/** The one click from the new-date mail, as a page and for API clients. The signed token is the only credential. */
@ApiTags('intekeningen')
@Controller()
export class SignOnAgainController {
  constructor(private readonly signOnAgain: SignOnAgainService) {}

  @Get('opnieuw-intekenen/:token')
  @ApiExcludeEndpoint()
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  async page(@Param('token') token: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    return this.render(reply, async () => {
      const offer = await this.signOnAgain.offer(token);
      return offer.existing
        ? { kind: 'done', ...offer, status: offer.existing.status, alreadySignedOn: true }
        : { kind: 'offer', token, ...offer };
    });
  }

  @Post('opnieuw-intekenen/:token')
  @HttpCode(200)
  @ApiExcludeEndpoint()
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  async signOnFromPage(@Param('token') token: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    return this.render(reply, async () => ({ kind: 'done', ...(await this.signOnAgain.signOn(token)) }));
  }

  @Post('api/events/:id/subscriptions/again')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Een vorige satelliet tekent met één klik opnieuw in op de nieuwe datum van een afgelaste voorstelling, met het token uit de mail. Nog eens versturen geeft dezelfde intekening terug.',
  })
  @ApiOkResponse({ type: SignedOnAgainView })
  async signOnFromApi(@Param('id', ParseIdPipe) eventId: string, @Body() input: SignOnAgainDto): Promise<SignedOnAgainView> {
    const result = await this.signOnAgain.signOn(input.token, eventId);
    return { subscriptionId: result.subscriptionId, status: result.status, alreadySignedOn: result.alreadySignedOn };
  }

  /** Refusals (a closed event, the deadline, a bad link) become a page with the Dutch explanation. */
  private async render(reply: FastifyReply, page: () => Promise<SignOnAgainPage>): Promise<string> {
    try {
      return renderSignOnAgainPage(await page());
    } catch (error) {
      if (!(error instanceof ProblemException)) throw error;
      reply.status(error.kind.status);
      return renderSignOnAgainPage({ kind: 'refused', detail: error.detail });
    }
  }
}
