import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarController } from './calendar.controller.js';
import { CalendarFeedsService } from './calendar-feeds.service.js';
import { CalendarReader } from './calendar-reader.js';
import { CalendarFeed } from './entities/calendar-feed.entity.js';
import { SignOnInviteService } from './sign-on-invite.service.js';

/** Invite downloads and calendar feeds. */
@Module({
  imports: [TypeOrmModule.forFeature([CalendarFeed])],
  controllers: [CalendarController],
  providers: [CalendarReader, CalendarFeedsService, SignOnInviteService],
  exports: [CalendarReader, CalendarFeedsService, SignOnInviteService],
})
export class CalendarModule {}
