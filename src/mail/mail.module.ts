import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarModule } from '../calendar/calendar.module.js';
import { SubscriptionsModule } from '../subscriptions/subscriptions.module.js';
import { MailDelivery } from './entities/mail-delivery.entity.js';
import { InvitationMails } from './invitation-mail.planner.js';
import { MailDeliveries } from './mail-deliveries.js';
import { MailOutboxHandler } from './mail-outbox.handler.js';
import { MailQueue } from './mail-queue.js';
import { mailTransportProvider } from './mail-transport.js';
import { MailWorker } from './mail-worker.js';
import { Reminders } from './reminders.js';
import { SignOnAgainTokens } from './sign-on-again-tokens.js';
import { SignOnAgainController } from './sign-on-again.controller.js';
import { SignOnAgainService } from './sign-on-again.service.js';

/** Mail decided from the outbox, queued in pg-boss and sent by the worker over SMTP (or to .eml files). */
@Module({
  imports: [TypeOrmModule.forFeature([MailDelivery]), CalendarModule, SubscriptionsModule],
  controllers: [SignOnAgainController],
  providers: [
    mailTransportProvider,
    MailQueue,
    MailDeliveries,
    InvitationMails,
    SignOnAgainTokens,
    SignOnAgainService,
    MailOutboxHandler,
    MailWorker,
    Reminders,
  ],
  exports: [MailQueue, MailWorker, Reminders, SignOnAgainTokens],
})
export class MailModule {}
