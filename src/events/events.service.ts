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
import { auditEvent } from './event-audit.js';
import { EventProblems } from './events.errors.js';
import { EventsRepository } from './events.repository.js';
import type { ProgrammeEvent } from './programme-sql.js';
import { scheduleProblems } from './schedule-rules.js';
import { assertStartsInSeason } from './seasons.service.js';

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

  /** The published event that replaces a cancelled one, if any: what its public page points to. */
  findPublicNewDateOf(cancelledId: string): Promise<{ id: string; startsAt: Date } | null> {
    return this.events.findPublicNewDateOf(cancelledId);
  }

  /** `link` makes the event the new date of a cancelled one (see NewDateService). */
  async create(
    input: CreateEventDto,
    link: Partial<Pick<LivestreamEvent, 'previousEventId' | 'priorityUntil'>> = {},
  ): Promise<AdminEventView> {
    const id = await this.dataSource.transaction((manager) => this.insertDraft(manager, input, link));
    return AdminEventView.ofAdmin(await this.require(id));
  }

  /** Saves a draft through `manager`, so a caller can create and publish in one transaction. */
  async insertDraft(
    manager: EntityManager,
    input: CreateEventDto,
    link: Partial<Pick<LivestreamEvent, 'previousEventId' | 'priorityUntil'>> = {},
  ): Promise<string> {
    await assertStartsInSeason(manager, input.seasonCode, input.startsAt);
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
   * The row is locked before its status is judged, so an edit that waited behind a cancel sees the cancel.
   */
  async update(id: string, input: UpdateEventDto, actorUserId: string | null = null): Promise<AdminEventView> {
    const { version, ...changes } = input;
    // Looked up before the row lock, so the lock covers only the change itself.
    if (changes.launchCentreId) await this.assertLaunchCentre(changes.launchCentreId);
    await lockingTransaction(this.dataSource, this.config.LOCK_TIMEOUT_MS, async (manager) => {
      const event = await lockForChange(manager, id, version);
      assertStatus(event, [EventStatus.Draft, EventStatus.Published], 'aanpassen');
      const before = { ...event };
      Object.assign(event, changes);
      assertSchedule(event);
      const moved = event.status === EventStatus.Published && isMove(before, event);
      await assertStartsInSeason(manager, event.seasonCode, event.startsAt);
      // A lower tariff or a move to another year changes what the event commits: the budget rule judges it.
      await this.budget.guardChange(manager, id, 'decision', () => manager.save(event));
      await auditEvent(manager, moved ? 'event.moved' : 'event.updated', actorUserId, before, event);
      const sequence = await recordChange(manager, id, moved);
      if (changes.capacity !== undefined) await this.waitlist.afterCapacityChange(manager, id);
      if (moved) {
        await addToOutbox(manager, OutboxTopic.EventMoved, {
          eventId: id,
          sequence,
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
  async publish(id: string, actorUserId: string | null = null): Promise<AdminEventView> {
    await lockingTransaction(this.dataSource, this.config.LOCK_TIMEOUT_MS, (manager) =>
      this.publishWithin(manager, id, actorUserId),
    );
    return AdminEventView.ofAdmin(await this.require(id));
  }

  /** The publish itself, inside the caller's (locking) transaction. */
  async publishWithin(manager: EntityManager, id: string, actorUserId: string | null = null): Promise<void> {
    const event = await lockForChange(manager, id);
    assertStatus(event, [EventStatus.Draft], 'publiceren');
    await this.budget.assertMayPublish(id, manager);
    const before = { ...event };
    event.status = EventStatus.Published;
    event.publishedAt = new Date();
    await manager.save(event);
    await recordChange(manager, id, false);
    await auditEvent(manager, 'event.published', actorUserId, before, event);
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
  async cancel(id: string, input: CancelEventDto, actorUserId: string | null = null): Promise<AdminEventView> {
    await lockingTransaction(this.dataSource, this.config.LOCK_TIMEOUT_MS, async (manager) => {
      const event = await lockForChange(manager, id, input.version);
      assertStatus(event, [EventStatus.Draft, EventStatus.Published], 'afgelasten');
      const before = { ...event };
      event.status = EventStatus.Cancelled;
      event.cancellationReason = input.reason;
      event.cancelledAt = new Date();
      await manager.save(event);
      const sequence = await recordChange(manager, id, true);
      await auditEvent(manager, 'event.cancelled', actorUserId, before, event);
      await addToOutbox(manager, OutboxTopic.EventCancelled, { eventId: id, sequence, reason: input.reason });
    });
    return AdminEventView.ofAdmin(await this.require(id));
  }

  private view(event: ProgrammeEvent, viewer?: AuthenticatedUser): PublicEventView {
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

/**
 * Every change to an event starts here: the row stays locked until the transaction ends, and a
 * change based on an older version than the stored one is refused with the current version.
 */
async function lockForChange(manager: EntityManager, id: string, expectedVersion?: number): Promise<LivestreamEvent> {
  const event = await manager.findOne(LivestreamEvent, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!event) throw eventNotFound(id);
  if (expectedVersion !== undefined && expectedVersion !== event.version) {
    throw new ProblemException(
      EventProblems.staleVersion,
      `Iemand anders heeft deze voorstelling intussen gewijzigd (versie ${event.version}, u vertrok van versie ${expectedVersion}). Bekijk de nieuwe gegevens en probeer opnieuw.`,
      { currentVersion: event.version, currentStatus: event.status },
    );
  }
  return event;
}

/** Raises the version, and for a change calendars must follow the SEQUENCE, in SQL; returns the SEQUENCE. */
async function recordChange(manager: EntityManager, id: string, calendarChange: boolean): Promise<number> {
  // For UPDATE … RETURNING, TypeORM's postgres driver answers [rows, affectedCount].
  const [rows] = await manager.query<[{ calendar_sequence: number }[], number]>(
    `UPDATE events SET version = version + 1, calendar_sequence = calendar_sequence + $2 WHERE id = $1 RETURNING calendar_sequence`,
    [id, calendarChange ? 1 : 0],
  );
  return rows[0].calendar_sequence;
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
      { currentStatus: event.status, currentVersion: event.version },
    );
  }
}
