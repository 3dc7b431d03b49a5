import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { LivestreamEvent } from './entities/livestream-event.entity.js';
import { EventStatus } from './event-status.js';
import type { ListEventsQuery } from './dto/event.dto.js';
import { programmeEventFromRow, programmeListSql, totalOf, type ProgrammeEvent } from './programme-sql.js';

@Injectable()
export class EventsRepository {
  constructor(@InjectRepository(LivestreamEvent) private readonly events: Repository<LivestreamEvent>) {}

  /** Filters run in SQL; `visibleStatuses` keeps drafts out of non-admin reads. */
  async list(query: ListEventsQuery, visibleStatuses: readonly EventStatus[]): Promise<[ProgrammeEvent[], number]> {
    const { text, values } = programmeListSql(query, visibleStatuses);
    const rows = await this.events.query<Record<string, unknown>[]>(text, values);
    const total = totalOf(rows) ?? (await this.count(query, visibleStatuses));
    return [rows.map(programmeEventFromRow), total];
  }

  private async count(query: ListEventsQuery, visibleStatuses: readonly EventStatus[]): Promise<number> {
    const { text, values } = programmeListSql({ ...query, limit: 1, offset: 0 }, visibleStatuses);
    return totalOf(await this.events.query<Record<string, unknown>[]>(text, values)) ?? 0;
  }

  findById(id: string): Promise<LivestreamEvent | null> {
    return this.events.findOne({ where: { id }, relations: { launchCentre: true } });
  }

  create(fields: Partial<LivestreamEvent>): LivestreamEvent {
    return this.events.create(fields);
  }

  /** The published new date of a cancelled event (the Adamo case), for its public page. */
  async findPublicNewDateOf(cancelledId: string): Promise<{ id: string; startsAt: Date } | null> {
    const next = await this.events.findOne({
      where: { previousEventId: cancelledId, status: In([EventStatus.Published, EventStatus.Streamed]) },
      select: { id: true, startsAt: true },
    });
    return next && { id: next.id, startsAt: next.startsAt };
  }
}
