import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RateLimited, RateLimitGuard } from '../../common/rate-limit/rate-limit.guard.js';
import { Authenticated, CurrentUser } from '../access.decorators.js';
import type { AuthenticatedUser } from '../authenticated-user.js';
import { SessionView } from '../dto/auth.dto.js';
import { Role } from '../role.js';
import { ColleaguesService } from './colleagues.service.js';
import { PasswordsService } from './passwords.service.js';
import {
  AcceptColleagueInvitationDto,
  AcknowledgedView,
  ChangePasswordDto,
  ColleagueInvitationDto,
  ColleagueInvitedView,
  PasswordResetDto,
  PasswordResetRequestDto,
} from './self-service.dto.js';

@ApiTags('accounts')
@Controller('api')
export class SelfServiceController {
  constructor(
    private readonly passwords: PasswordsService,
    private readonly colleagues: ColleaguesService,
  ) {}

  @Post('me/password')
  @HttpCode(200)
  @Authenticated()
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Het eigen wachtwoord wijzigen; elke andere sessie wordt afgemeld, dit antwoord geeft een nieuw token.',
  })
  @ApiOkResponse({ type: SessionView })
  changePassword(@CurrentUser() user: AuthenticatedUser, @Body() input: ChangePasswordDto): Promise<SessionView> {
    return this.passwords.change(user, input.currentPassword, input.newPassword);
  }

  @Post('auth/password-reset')
  @HttpCode(202)
  @RateLimited('password-reset')
  @UseGuards(RateLimitGuard)
  @ApiOperation({
    summary:
      'Wachtwoord vergeten: mailt een link die één keer en een uur werkt. Hetzelfde antwoord of het adres bestaat of niet.',
  })
  @ApiAcceptedResponse({ type: AcknowledgedView })
  requestReset(@Body() input: PasswordResetRequestDto): Promise<AcknowledgedView> {
    return this.passwords.requestReset(input.email);
  }

  @Post('auth/password-reset/confirm')
  @HttpCode(200)
  @RateLimited('password-reset')
  @UseGuards(RateLimitGuard)
  @ApiOperation({ summary: 'Een nieuw wachtwoord kiezen met het token uit de mail; elke sessie wordt afgemeld.' })
  @ApiOkResponse({ type: SessionView })
  reset(@Body() input: PasswordResetDto): Promise<SessionView> {
    return this.passwords.reset(input.token, input.newPassword);
  }

  @Post('colleagues')
  @Authenticated(Role.Member)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Een collega uitnodigen bij de eigen organisatie; de link in de mail werkt één keer en 7 dagen.' })
  @ApiCreatedResponse({ type: ColleagueInvitedView })
  invite(@CurrentUser() user: AuthenticatedUser, @Body() input: ColleagueInvitationDto): Promise<ColleagueInvitedView> {
    return this.colleagues.invite(user, input.email);
  }

  @Post('colleagues/accept')
  @RateLimited('auth')
  @UseGuards(RateLimitGuard)
  @ApiOperation({ summary: 'Met de link uit de uitnodiging een account aanmaken bij de organisatie van de collega.' })
  @ApiCreatedResponse({ type: SessionView })
  accept(@Body() input: AcceptColleagueInvitationDto): Promise<SessionView> {
    return this.colleagues.accept(input.token, input.fullName, input.password);
  }
}
