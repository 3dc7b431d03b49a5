import { Body, Controller, Get, Header, Param, Put, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RateLimited, RateLimitGuard } from '../common/rate-limit/rate-limit.guard.js';
import { FeedbackDto, FeedbackView } from './dto/feedback.dto.js';
import { FeedbackService } from './feedback.service.js';

/** The feedback link for API clients; the signed token from the mail is the only credential. */
@ApiTags('impact')
@Controller('api/feedback')
export class FeedbackController {
  constructor(private readonly feedback: FeedbackService) {}

  @Get(':token')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary:
      'Wat de feedbacklink na een stream toont: de satelliet, de voorstelling, tot wanneer het antwoord kan wijzigen, en het bewaarde antwoord. Een verlopen link geeft 410, een vervalste 404.',
  })
  @ApiOkResponse({ type: FeedbackView })
  view(@Param('token') token: string): Promise<FeedbackView> {
    return this.feedback.view(token);
  }

  @Put(':token')
  @RateLimited('feedback')
  @UseGuards(RateLimitGuard)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary:
      'Bewaart het antwoord van een satelliet na de stream: één per intekening, opnieuw versturen overschrijft het tot de link verloopt.',
  })
  @ApiOkResponse({ type: FeedbackView })
  save(@Param('token') token: string, @Body() input: FeedbackDto): Promise<FeedbackView> {
    return this.feedback.save(token, input);
  }
}
