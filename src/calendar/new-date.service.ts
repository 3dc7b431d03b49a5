import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ProblemException } from '../common/errors/problem.js';
import type { AdminEventView, CreateEventDto } from '../events/dto/event.dto.js';
import { EventStatus } from '../events/event-status.js';
import { EventsRepository } from '../events/events.repository.js';
import { eventNotFound, EventsService } from '../events/events.service.js';
import { CalendarProblems } from './calendar.errors.js';
import type { NewDateDto } from './dto/new-date.dto.js';
import { priorityWindowProblems } from './new-date-rules.js';

/**
 * The Adamo case: a cancelled stream gets a new date as a new event linked to it. Publishing
 * that event (now or later) writes `event.new_date`, which invites the former satellites.
 */
@Injectable()
export class NewDateService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventsRepository,
    private readonly eventsService: EventsService,
  ) {}

  async create(cancelledId: string, input: NewDateDto, now = new Date()): Promise<AdminEventView> {
    const cancelled = await this.events.findById(cancelledId);
    if (!cancelled) throw eventNotFound(cancelledId);
    if (cancelled.status !== EventStatus.Cancelled) {
      throw new ProblemException(
        CalendarProblems.notCancelled,
        'Een nieuwe datum kan enkel voor een afgelaste voorstelling. Verplaats deze voorstelling gewoon.',
        { currentStatus: cancelled.status },
      );
    }
    const [existing] = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM events WHERE previous_event_id = $1 AND status <> 'cancelled' LIMIT 1`,
      [cancelledId],
    );
    if (existing) {
      throw new ProblemException(CalendarProblems.newDateExists, 'Deze afgelaste voorstelling heeft al een nieuwe datum.', {
        newEventId: existing.id,
      });
    }
    const problems = priorityWindowProblems(input, now);
    if (problems.length > 0) {
      throw new ProblemException(
        CalendarProblems.invalidPriorityWindow,
        'De voorrangsperiode voor de vorige satellieten klopt niet.',
        {
          errors: problems,
        },
      );
    }
    const { priorityUntil, publish, startsAt, endsAt, signOnDeadline, ...given } = input;
    // The show is the same; only its schedule is new. The stream link is not copied: a new date is a new stream.
    const event: CreateEventDto = {
      seasonCode: cancelled.seasonCode,
      title: cancelled.title,
      performers: cancelled.performers,
      description: cancelled.description,
      launchCentreId: cancelled.launchCentreId,
      capacity: cancelled.capacity,
      cultureHouseTariffCents: cancelled.cultureHouseTariffCents,
      careCentreTariffCents: cancelled.careCentreTariffCents,
      vatRatePercent: cancelled.vatRatePercent,
      ...withoutUndefined(given),
      startsAt,
      endsAt,
      signOnDeadline,
    };
    const created = await this.eventsService.create(event, { previousEventId: cancelledId, priorityUntil });
    return publish === false ? created : this.eventsService.publish(created.id);
  }
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;
}
