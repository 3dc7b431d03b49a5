import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarModule } from '../calendar/calendar.module.js';
import { StreamedEvents } from '../events/streamed-events.js';
import { SubscriptionsModule } from '../subscriptions/subscriptions.module.js';
import { MailDelivery } from './entities/mail-delivery.entity.js';
import { FeedbackTokens } from './feedback-tokens.js';
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

/** Mail decided from the outbox, queued in pg-boss and sent by the worker over SMTP (or to .eml files); also home of the other pg-boss jobs. */
@Module({
  imports: [TypeOrmModule.forFeature([MailDelivery]), CalendarModule, SubscriptionsModule],
  controllers: [SignOnAgainController],
  providers: [
    mailTransportProvider,
    MailQueue,
    MailDeliveries,
    InvitationMails,
    SignOnAgainTokens,
    FeedbackTokens,
    SignOnAgainService,
    MailOutboxHandler,
    MailWorker,
    Reminders,
    StreamedEvents,
  ],
  exports: [MailWorker, Reminders, SignOnAgainTokens, FeedbackTokens, StreamedEvents, MailDeliveries, MailQueue],
})
export class MailModule {}
