import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../accounts/authenticated-user.js';
import { Role } from '../accounts/role.js';
import { AppConfig } from '../common/config/app-config.js';
import { lockingTransaction } from '../common/database/locked-transaction.js';
import { ProblemException } from '../common/errors/problem.js';
import { addToOutbox, OutboxTopic } from '../common/outbox/outbox.js';
import type { Page } from '../common/http/pagination.dto.js';
import { PublishGuard } from '../finance/publish-guard.service.js';
import { OrganisationKind } from '../organisations/organisation-kinds.js';
import { OrganisationsRepository } from '../organisations/organisations.repository.js';
import { WaitlistService } from '../subscriptions/waitlist.service.js';
import {
  AdminEventView,
  PublicEventView,
  type CancelEventDto,
  type CreateEventDto,
  type ListEventsQuery,
  type UpdateEventDto,
} from './dto/event.dto.js';
import { LivestreamEvent } from './entities/livestream-event.entity.js';
import { EventStatus, PUBLIC_EVENT_STATUSES } from './event-status.js';
import { EventProblems } from './events.errors.js';
import { EventsRepository } from './events.repository.js';
import { scheduleProblems } from './schedule-rules.js';

const isAdmin = (viewer?: AuthenticatedUser) => viewer?.role === Role.Admin;

@Injectable()
export class EventsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly events: EventsRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly waitlist: WaitlistService,
    private readonly budget: PublishGuard,
  ) {}

  async list(query: ListEventsQuery, viewer?: AuthenticatedUser): Promise<Page<PublicEventView>> {
    const visible = isAdmin(viewer) ? Object.values(EventStatus) : PUBLIC_EVENT_STATUSES;
    const [items, total] = await this.events.list(query, visible);
    return { items: items.map((event) => this.view(event, viewer)), total };
  }

  /** A draft does not exist for anyone but an admin. */
  async get(id: string, viewer?: AuthenticatedUser): Promise<PublicEventView> {
    const event = await this.events.findById(id);
    if (!event || (event.status === EventStatus.Draft && !isAdmin(viewer))) throw eventNotFound(id);
    return this.view(event, viewer);
  }

  /** `link` makes the event the new date of a cancelled one (see NewDateService). */
  async create(
    input: CreateEventDto,
    link: Partial<Pick<LivestreamEvent, 'previousEventId' | 'priorityUntil'>> = {},
  ): Promise<AdminEventView> {
    const id = await this.insertDraft(this.dataSource.manager, input, link);
    return AdminEventView.ofAdmin(await this.require(id));
  }

  /** Saves a draft through `manager`, so a caller can create and publish in one transaction. */
  async insertDraft(
    manager: EntityManager,
    input: CreateEventDto,
    link: Partial<Pick<LivestreamEvent, 'previousEventId' | 'priorityUntil'>> = {},
  ): Promise<string> {
    if (!(await this.events.findSeason(input.seasonCode))) {
      throw new ProblemException(EventProblems.seasonNotFound, `Seizoen ${input.seasonCode} bestaat niet.`, {
        errors: [{ field: 'seasonCode', message: 'bestaat niet' }],
      });
    }
    await this.assertLaunchCentre(input.launchCentreId);
    const event = this.events.create({
      ...input,
      description: input.description ?? '',
      capacity: input.capacity ?? null,
      testSlotStartsAt: input.testSlotStartsAt ?? null,
      testSlotEndsAt: input.testSlotEndsAt ?? null,
      streamUrl: input.streamUrl ?? null,
      status: EventStatus.Draft,
      ...link,
    });
    assertSchedule(event);
    const saved = await manager.save(event);
    return saved.id;
  }

  /**
   * A raised (or removed) capacity promotes waiting sign-ons in the same transaction. A new time,
   * test slot or launch centre raises the calendar sequence and tells the satellites (outbox).
   */
  async update(id: string, changes: UpdateEventDto): Promise<AdminEventView> {
    const event = await this.require(id);
    assertStatus(event, [EventStatus.Draft, EventStatus.Published], 'aanpassen');
    if (changes.launchCentreId) await this.assertLaunchCentre(changes.launchCentreId);
    const before = { ...event };
    Object.assign(event, changes);
    assertSchedule(event);
    const moved = event.status === EventStatus.Published && isMove(before, event);
    if (moved) event.calendarSequence += 1;
    await lockingTransaction(this.dataSource, this.config.LOCK_TIMEOUT_MS, async (manager) => {
      // A lower tariff or a move to another year changes what the event commits: the budget rule judges it.
      await this.budget.guardChange(manager, id, 'decision', () => manager.save(event));
      if (changes.capacity !== undefined) await this.waitlist.afterCapacityChange(manager, id);
      if (moved) {
        await addToOutbox(manager, OutboxTopic.EventMoved, {
          eventId: id,
          sequence: event.calendarSequence,
          previousStartsAt: before.startsAt.toISOString(),
          previousEndsAt: before.endsAt.toISOString(),
          previousTestSlotStartsAt: before.testSlotStartsAt?.toISOString() ?? null,
          previousTestSlotEndsAt: before.testSlotEndsAt?.toISOString() ?? null,
          previousLaunchCentreId: before.launchCentreId,
        });
      }
    });
    return AdminEventView.ofAdmin(await this.require(id));
  }

  /** Judged on the budget and published in one transaction, so two publishes cannot together pass the year's margin. */
  async publish(id: string): Promise<AdminEventView> {
    await lockingTransaction(this.dataSource, this.config.LOCK_TIMEOUT_MS, (manager) => this.publishWithin(manager, id));
    return AdminEventView.ofAdmin(await this.require(id));
  }

  /** The publish itself, inside the caller's (locking) transaction. */
  async publishWithin(manager: EntityManager, id: string): Promise<void> {
    const event = await manager.findOne(LivestreamEvent, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!event) throw eventNotFound(id);
    assertStatus(event, [EventStatus.Draft], 'publiceren');
    await this.budget.assertMayPublish(id, manager);
    event.status = EventStatus.Published;
    event.publishedAt = new Date();
    await manager.save(event);
    // A new date of a cancelled event: its former satellites are invited the moment sign-ons open.
    if (event.previousEventId && event.priorityUntil) {
      await addToOutbox(manager, OutboxTopic.EventNewDate, {
        eventId: id,
        previousEventId: event.previousEventId,
        priorityUntil: event.priorityUntil.toISOString(),
      });
    }
  }

  /** Satellites, payments and invoices follow through the outbox message written with the change. */
  async cancel(id: string, input: CancelEventDto): Promise<AdminEventView> {
    const event = await this.require(id);
    assertStatus(event, [EventStatus.Draft, EventStatus.Published], 'afgelasten');
    event.status = EventStatus.Cancelled;
    event.cancellationReason = input.reason;
    event.cancelledAt = new Date();
    event.calendarSequence += 1;
    await this.dataSource.transaction(async (manager) => {
      await manager.save(event);
      await addToOutbox(manager, OutboxTopic.EventCancelled, {
        eventId: id,
        sequence: event.calendarSequence,
        reason: input.reason,
      });
    });
    return AdminEventView.ofAdmin(event);
  }

  private view(event: LivestreamEvent, viewer?: AuthenticatedUser): PublicEventView {
    return isAdmin(viewer) ? AdminEventView.ofAdmin(event) : PublicEventView.of(event);
  }

  private async require(id: string): Promise<LivestreamEvent> {
    const event = await this.events.findById(id);
    if (!event) throw eventNotFound(id);
    return event;
  }

  /** The launch centre is where the show is filmed: a culture house with an account. */
  private async assertLaunchCentre(id: string): Promise<void> {
    const centre = await this.organisations.findById(id);
    if (!centre || centre.kind !== OrganisationKind.CultureHouse) {
      throw new ProblemException(EventProblems.invalidLaunchCentre, 'Het lanceercentrum moet een bestaand cultuurhuis zijn.', {
        errors: [{ field: 'launchCentreId', message: 'is geen bekend cultuurhuis' }],
      });
    }
  }
}

export function eventNotFound(id: string): ProblemException {
  return new ProblemException(EventProblems.notFound, `Er is geen voorstelling met id ${id}.`);
}

/** Changes a satellite's calendar must follow: when, when to test, and where from. */
function isMove(before: LivestreamEvent, after: LivestreamEvent): boolean {
  const time = (date: Date | null) => date?.getTime() ?? null;
  return (
    time(before.startsAt) !== time(after.startsAt) ||
    time(before.endsAt) !== time(after.endsAt) ||
    time(before.testSlotStartsAt) !== time(after.testSlotStartsAt) ||
    time(before.testSlotEndsAt) !== time(after.testSlotEndsAt) ||
    before.launchCentreId !== after.launchCentreId
  );
}

function assertSchedule(event: LivestreamEvent): void {
  const problems = scheduleProblems(event);
  if (problems.length > 0) {
    throw new ProblemException(EventProblems.invalidSchedule, 'De tijden van de voorstelling kloppen niet.', {
      errors: problems,
    });
  }
}

const STATUS_NL: Record<EventStatus, string> = {
  [EventStatus.Draft]: 'een ontwerp',
  [EventStatus.Published]: 'gepubliceerd',
  [EventStatus.Cancelled]: 'afgelast',
  [EventStatus.Streamed]: 'al gestreamd',
};

function assertStatus(event: LivestreamEvent, allowed: EventStatus[], action: string): void {
  if (!allowed.includes(event.status)) {
    throw new ProblemException(
      EventProblems.wrongStatus,
      `U kunt deze voorstelling niet ${action}: ze is ${STATUS_NL[event.status]}.`,
      {
        currentStatus: event.status,
      },
    );
  }
}
