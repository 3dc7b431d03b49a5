import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { Invitation } from './entities/invitation.entity.js';
import { SubscriptionStatusChange } from './entities/subscription-status-change.entity.js';
import { Subscription } from './entities/subscription.entity.js';
import { InvitationsController } from './invitations.controller.js';
import { InvitationsService } from './invitations.service.js';
import { OnlinePaymentPolicy } from './online-payment.policy.js';
import { SeasonSignOnService } from './season-sign-on.service.js';
import { SignOnService } from './sign-on.service.js';
import { SubscriptionsController } from './subscriptions.controller.js';
import { SubscriptionsRepository } from './subscriptions.repository.js';
import { SubscriptionsService } from './subscriptions.service.js';
import { WaitlistService } from './waitlist.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Subscription, SubscriptionStatusChange, Invitation]), OrganisationsModule, AccountsModule],
  controllers: [SubscriptionsController, InvitationsController],
  providers: [
    SubscriptionsRepository,
    OnlinePaymentPolicy,
    SignOnService,
    WaitlistService,
    SubscriptionsService,
    SeasonSignOnService,
    InvitationsService,
  ],
  exports: [SubscriptionsRepository, WaitlistService, SubscriptionsService, InvitationsService, SignOnService],
})
export class SubscriptionsModule {}
