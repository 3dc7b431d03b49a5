import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../accounts/access.decorators.js';
import { Role } from '../accounts/role.js';
import { PaginationQuery } from '../common/http/pagination.dto.js';
import { PaymentsToReviewPage } from './dto/payment-to-review.view.js';
import { PaymentReviewsService } from './payment-reviews.service.js';

@ApiTags('betalingen')
@ApiBearerAuth()
@Controller('api/payments')
export class PaymentReviewsController {
  constructor(private readonly reviews: PaymentReviewsService) {}

  @Get('to-review')
  @Authenticated(Role.Finance, Role.Admin)
  @ApiOperation({
    summary:
      'Online betalingen die te controleren zijn: Stripe rekende een ander bedrag of een andere munt aan dan verschuldigd, dus de intekening werd niet bevestigd (financiën, admin).',
  })
  @ApiOkResponse({ type: PaymentsToReviewPage })
  list(@Query() page: PaginationQuery): Promise<PaymentsToReviewPage> {
    return this.reviews.list(page.limit, page.offset);
  }
}
