import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, type Repository } from 'typeorm';
import { LivestreamEvent } from './entities/livestream-event.entity.js';
import { Season } from './entities/season.entity.js';
import type { EventStatus } from './event-status.js';
import type { ListEventsQuery } from './dto/event.dto.js';

@Injectable()
export class EventsRepository {
  constructor(
    @InjectRepository(LivestreamEvent) private readonly events: Repository<LivestreamEvent>,
    @InjectRepository(Season) private readonly seasons: Repository<Season>,
  ) {}

  /** Filters run in SQL; `visibleStatuses` keeps drafts out of non-admin reads. */
  list(query: ListEventsQuery, visibleStatuses: readonly EventStatus[]): Promise<[LivestreamEvent[], number]> {
    const builder = this.events
      .createQueryBuilder('event')
      .innerJoinAndSelect('event.launchCentre', 'launchCentre')
      .where('event.status IN (:...visibleStatuses)', { visibleStatuses })
      .orderBy('event.startsAt', 'ASC')
      .addOrderBy('event.id', 'ASC')
      .take(query.limit)
      .skip(query.offset);
    if (query.season) builder.andWhere('event.seasonCode = :season', { season: query.season });
    if (query.status) builder.andWhere('event.status = :status', { status: query.status });
    if (query.province) builder.andWhere('launchCentre.province = :province', { province: query.province });
    if (query.from || query.to) {
      builder.andWhere(
        new Brackets((range) => {
          if (query.from) range.andWhere('event.startsAt >= :from', { from: query.from });
          if (query.to) range.andWhere('event.startsAt < :to', { to: query.to });
        }),
      );
    }
    return builder.getManyAndCount();
  }

  findById(id: string): Promise<LivestreamEvent | null> {
    return this.events.findOne({ where: { id }, relations: { launchCentre: true } });
  }

  create(fields: Partial<LivestreamEvent>): LivestreamEvent {
    return this.events.create(fields);
  }

  listSeasons(): Promise<Season[]> {
    return this.seasons.find({ order: { startsOn: 'ASC' } });
  }
}
