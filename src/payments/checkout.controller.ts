import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser } from '../accounts/access.decorators.js';
import type { AuthenticatedUser } from '../accounts/authenticated-user.js';
import { Role } from '../accounts/role.js';
import { ParseIdPipe } from '../common/http/parse-id.pipe.js';
import { CheckoutService } from './checkout.service.js';
import { CheckoutView } from './dto/checkout.view.js';

@ApiTags('betalingen')
@ApiBearerAuth()
@Controller('api/subscriptions')
export class CheckoutController {
  constructor(private readonly checkout: CheckoutService) {}

  @Post(':id/checkout')
  @HttpCode(200)
  @Authenticated(Role.Member)
  @ApiOperation({
    summary:
      'Online betalen (Bancontact of kaart) voor een intekening die haar plaats vasthoudt; geeft steeds dezelfde open betaalpagina.',
  })
  @ApiOkResponse({ type: CheckoutView })
  start(@Param('id', ParseIdPipe) id: string, @CurrentUser() user: AuthenticatedUser) {
    return this.checkout.start(id, user);
  }
}
