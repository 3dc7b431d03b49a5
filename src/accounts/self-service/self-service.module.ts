import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailModule } from '../../mail/mail.module.js';
import { AccountsModule } from '../accounts.module.js';
import { AccountLink } from './account-link.entity.js';
import { AccountLinksRepository } from './account-links.repository.js';
import { ColleaguesService } from './colleagues.service.js';
import { PasswordsService } from './passwords.service.js';
import { SelfServiceController } from './self-service.controller.js';

/** What a user does for their own account by mail link: a new password, a colleague invited. */
@Module({
  imports: [TypeOrmModule.forFeature([AccountLink]), AccountsModule, MailModule],
  controllers: [SelfServiceController],
  providers: [AccountLinksRepository, PasswordsService, ColleaguesService],
  exports: [PasswordsService, ColleaguesService],
})
export class SelfServiceModule {}
