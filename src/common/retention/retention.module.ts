import { Module } from '@nestjs/common';
import { MailModule } from '../../mail/mail.module.js';
import { Retention } from './retention.js';

/** The hourly clean-up of bookkeeping rows past their keeping time; it runs on the mail module's pg-boss. */
@Module({ imports: [MailModule], providers: [Retention], exports: [Retention] })
export class RetentionModule {}
