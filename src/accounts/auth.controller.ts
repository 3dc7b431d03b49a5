import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RateLimited, RateLimitGuard } from '../common/rate-limit/rate-limit.guard.js';
import { Authenticated, CurrentUser } from './access.decorators.js';
import type { AuthenticatedUser } from './authenticated-user.js';
import { AuthService } from './auth.service.js';
import { LoginDto, RegisterDto, SessionView, UserView } from './dto/auth.dto.js';
import { UsersService } from './users.service.js';

@ApiTags('accounts')
@Controller('api')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Post('auth/register')
  @RateLimited('auth')
  @UseGuards(RateLimitGuard)
  @ApiOperation({ summary: 'Een cultuurhuis of zorgcentrum registreren, met zijn eerste gebruiker.' })
  @ApiCreatedResponse({ type: SessionView })
  register(@Body() input: RegisterDto): Promise<SessionView> {
    return this.auth.register(input);
  }

  @Post('auth/login')
  @HttpCode(200)
  @RateLimited('auth')
  @UseGuards(RateLimitGuard)
  @ApiOperation({ summary: 'Aanmelden; geeft een bearer-token dat verloopt.' })
  @ApiOkResponse({ type: SessionView })
  login(@Body() input: LoginDto): Promise<SessionView> {
    return this.auth.login(input);
  }

  @Post('auth/logout')
  @HttpCode(204)
  @Authenticated()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Afmelden, overal: elk token van deze gebruiker werkt niet meer, op elk toestel.' })
  @ApiNoContentResponse()
  logout(@CurrentUser() user: AuthenticatedUser): Promise<void> {
    return this.auth.logout(user.id);
  }

  @Get('me')
  @Authenticated()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'De aangemelde gebruiker en zijn organisatie.' })
  @ApiOkResponse({ type: UserView })
  me(@CurrentUser() user: AuthenticatedUser): Promise<UserView> {
    return this.users.get(user.id);
  }
}
