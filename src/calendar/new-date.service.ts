import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../common/config/app-config.js';
import { lockingTransaction } from '../common/database/locked-transaction.js';
import { ProblemException } from '../common/errors/problem.js';
import { sqlState } from '../common/errors/to-problem.js';
import { AdminEventView, type CreateEventDto } from '../events/dto/event.dto.js';
import { LivestreamEvent } from '../events/entities/livestream-event.entity.js';
import { auditEvent } from '../events/event-audit.js';
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
    private readonly config: AppConfig,
  ) {}

  async create(
    cancelledId: string,
    input: NewDateDto,
    actorUserId: string | null = null,
    now = new Date(),
  ): Promise<AdminEventView> {
    const cancelled = await this.events.findById(cancelledId);
    if (!cancelled) throw eventNotFound(cancelledId);
    if (cancelled.status !== EventStatus.Cancelled) {
      throw new ProblemException(
        CalendarProblems.notCancelled,
        'Een nieuwe datum kan enkel voor een afgelaste voorstelling. Verplaats deze voorstelling gewoon.',
        { currentStatus: cancelled.status },
      );
    }
    const existing = await this.liveNewDateOf(cancelledId);
    if (existing) throw newDateExists(existing);
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
    // All or nothing: an admin who is told 409 (the budget refuses the publish) expects nothing to have
    // happened, and a left-behind draft would make the retry fail as "already has a new date".
    let id: string;
    try {
      id = await lockingTransaction(this.dataSource, this.config.LOCK_TIMEOUT_MS, async (manager) => {
        const draftId = await this.eventsService.insertDraft(manager, event, { previousEventId: cancelledId, priorityUntil });
        const draft = await manager.findOneByOrFail(LivestreamEvent, { id: draftId });
        await auditEvent(manager, 'event.new_date', actorUserId, cancelled, draft, {
          previousEventId: cancelledId,
          priorityUntil,
        });
        if (publish !== false) await this.eventsService.publishWithin(manager, draftId, actorUserId);
        return draftId;
      });
    } catch (error) {
      // Lost the race against a simultaneous request for the same cancelled event (events_one_new_date_idx).
      const winner = isOneNewDateViolation(error) ? await this.liveNewDateOf(cancelledId) : null;
      throw winner ? newDateExists(winner) : error;
    }
    const created = await this.events.findById(id);
    if (!created) throw eventNotFound(id);
    return AdminEventView.ofAdmin(created);
  }

  private async liveNewDateOf(cancelledId: string): Promise<string | null> {
    const [existing] = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM events WHERE previous_event_id = $1 AND status <> 'cancelled' LIMIT 1`,
      [cancelledId],
    );
    return existing?.id ?? null;
  }
}

function newDateExists(newEventId: string): ProblemException {
  return new ProblemException(CalendarProblems.newDateExists, 'Deze afgelaste voorstelling heeft al een nieuwe datum.', {
    newEventId,
  });
}

function isOneNewDateViolation(error: unknown): boolean {
  const constraint = (error as { driverError?: { constraint?: unknown } }).driverError?.constraint;
  return sqlState(error) === '23505' && constraint === 'events_one_new_date_idx';
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;
}
