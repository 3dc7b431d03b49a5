import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FinanceModule } from '../finance/finance.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { SubscriptionsModule } from '../subscriptions/subscriptions.module.js';
import { LivestreamEvent } from './entities/livestream-event.entity.js';
import { Season } from './entities/season.entity.js';
import { EventsController } from './events.controller.js';
import { EventsRepository } from './events.repository.js';
import { EventsService } from './events.service.js';
import { SeasonsController } from './seasons.controller.js';
import { SeasonsService } from './seasons.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([LivestreamEvent, Season]), OrganisationsModule, SubscriptionsModule, FinanceModule],
  controllers: [EventsController, SeasonsController],
  providers: [EventsRepository, EventsService, SeasonsService],
  exports: [EventsRepository, EventsService, SeasonsService],
})
export class EventsModule {}
