import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventsModule } from '../events/events.module.js';
import { CalendarController } from './calendar.controller.js';
import { CalendarFeedsService } from './calendar-feeds.service.js';
import { CalendarReader } from './calendar-reader.js';
import { CalendarFeed } from './entities/calendar-feed.entity.js';
import { InviteSequence } from './entities/invite-sequence.entity.js';
import { InviteSequences } from './invite-sequences.js';
import { NewDateController } from './new-date.controller.js';
import { NewDateService } from './new-date.service.js';
import { SignOnInviteService } from './sign-on-invite.service.js';

/** Invite downloads, calendar feeds, and new dates for cancelled events. */
@Module({
  imports: [TypeOrmModule.forFeature([CalendarFeed, InviteSequence]), EventsModule],
  controllers: [CalendarController, NewDateController],
  providers: [CalendarReader, CalendarFeedsService, SignOnInviteService, NewDateService, InviteSequences],
  exports: [CalendarReader, CalendarFeedsService, SignOnInviteService, NewDateService, InviteSequences],
})
export class CalendarModule {}
