import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module.js';
import { SignOnContactRetention } from './sign-on-contact-retention.js';

/** What the GDPR asks of Satelliet beyond access rules: personal data kept no longer than needed. */
@Module({ imports: [MailModule], providers: [SignOnContactRetention] })
export class PrivacyModule {}
