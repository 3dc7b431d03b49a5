import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser } from '../accounts/access.decorators.js';
import type { AuthenticatedUser } from '../accounts/authenticated-user.js';
import { Role } from '../accounts/role.js';
import { ParseIdPipe } from '../common/http/parse-id.pipe.js';
import {
  AcceptedWithRegistrationView,
  AcceptWithRegistrationDto,
  CreatedInvitationView,
  CreateInvitationDto,
  InvitationView,
} from './dto/invitation.dto.js';
import { SignOnDto } from './dto/sign-on.dto.js';
import { SubscriptionView } from './dto/subscription.view.js';
import { InvitationsService } from './invitations.service.js';

@ApiTags('uitnodigingen')
@Controller('api')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Post('events/:id/invitations')
  @Authenticated(Role.Member)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Een cultuurhuis nodigt een zorgcentrum uit (account of e-mailadres) en kiest wie betaalt.' })
  @ApiCreatedResponse({ type: CreatedInvitationView })
  create(@Param('id', ParseIdPipe) eventId: string, @CurrentUser() user: AuthenticatedUser, @Body() input: CreateInvitationDto) {
    return this.invitations.create(eventId, user, input);
  }

  @Get('invitations')
  @Authenticated(Role.Member)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Uitnodigingen die mijn organisatie stuurde of kreeg.' })
  @ApiOkResponse({ type: [InvitationView] })
  listMine(@CurrentUser() user: AuthenticatedUser) {
    return this.invitations.listMine(user);
  }

  @Post('invitations/:id/accept')
  @Authenticated(Role.Member)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Een zorgcentrum met account aanvaardt een uitnodiging en tekent in.' })
  @ApiCreatedResponse({ type: SubscriptionView })
  accept(@Param('id', ParseIdPipe) id: string, @CurrentUser() user: AuthenticatedUser, @Body() details: SignOnDto) {
    return this.invitations.accept(id, user, details);
  }

  @Get('invitations/by-token/:token')
  @ApiOperation({ summary: 'Een uitnodiging via de link uit de e-mail bekijken.' })
  @ApiOkResponse({ type: InvitationView })
  findByToken(@Param('token') token: string) {
    return this.invitations.findByToken(token);
  }

  @Post('invitations/by-token/:token/accept')
  @ApiOperation({ summary: 'Via de link uit de e-mail: het zorgcentrum registreren en de uitnodiging aanvaarden, in één stap.' })
  @ApiCreatedResponse({ type: AcceptedWithRegistrationView })
  acceptWithRegistration(@Param('token') token: string, @Body() input: AcceptWithRegistrationDto) {
    return this.invitations.acceptWithRegistration(token, input);
  }
}
