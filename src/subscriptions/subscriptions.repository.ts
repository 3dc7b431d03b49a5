import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import type { EventStatus } from '../events/event-status.js';
import { Subscription } from './entities/subscription.entity.js';
import { SubscriptionStatusChange } from './entities/subscription-status-change.entity.js';
import { ACTIVE_STATUSES, PLACE_HOLDING_STATUSES, SubscriptionStatus } from './subscription-status.js';

/** The event fields a sign-on decision needs, read under the event's row lock. */
export interface LockedEvent {
  id: string;
  status: EventStatus;
  capacity: number | null;
  signOnDeadline: Date;
  cultureHouseTariffCents: number;
  careCentreTariffCents: number;
  vatRatePercent: number;
  /** A new date for a cancelled event: until `priorityUntil` only that event's satellites may sign on. */
  previousEventId: string | null;
  priorityUntil: Date | null;
}

/** The columns a new sign-on is written with; the database fills in the rest. */
export type NewSignOn = Pick<
  Subscription,
  | 'eventId'
  | 'organisationId'
  | 'audience'
  | 'status'
  | 'contactName'
  | 'contactEmail'
  | 'contactPhone'
  | 'screens'
  | 'expectedViewers'
  | 'notes'
  | 'tariffCents'
  | 'vatRatePercent'
  | 'sponsorOrganisationId'
  | 'invitationId'
  | 'sponsorShareCents'
  | 'satelliteShareCents'
>;

export interface EventTotals {
  confirmed: number;
  pendingPayment: number;
  waitlisted: number;
  cancelled: number;
  screens: number;
  expectedViewers: number;
}

@Injectable()
export class SubscriptionsRepository {
  constructor(@InjectRepository(Subscription) private readonly subscriptions: Repository<Subscription>) {}

  /**
   * Locks the event row for the rest of the transaction. Every decision about places on one event
   * runs behind this lock, so concurrent sign-ons and cancellations are serialised by PostgreSQL.
   */
  async lockEvent(manager: EntityManager, eventId: string): Promise<LockedEvent | undefined> {
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT id, status, capacity, sign_on_deadline, culture_house_tariff_cents, care_centre_tariff_cents, vat_rate_percent,
              previous_event_id, priority_until
         FROM events WHERE id = $1 FOR UPDATE`,
      [eventId],
    );
    const row = rows[0];
    if (!row) return undefined;
    return {
      id: row.id as string,
      status: row.status as EventStatus,
      capacity: row.capacity as number | null,
      signOnDeadline: row.sign_on_deadline as Date,
      cultureHouseTariffCents: row.culture_house_tariff_cents as number,
      careCentreTariffCents: row.care_centre_tariff_cents as number,
      vatRatePercent: row.vat_rate_percent as number,
      previousEventId: row.previous_event_id as string | null,
      priorityUntil: row.priority_until as Date | null,
    };
  }

  /**
   * What a sign-on decision reads once the event is locked, in one statement (one round trip while
   * the lock is held): the organisation's active sign-on on the event and on `previousEventId`,
   * and the places taken. It must run after the lock, so its snapshot sees every earlier commit.
   */
  async placesAndOwnSignOns(
    manager: EntityManager,
    eventId: string,
    organisationId: string,
    previousEventId: string | null,
  ): Promise<{ activeId: string | undefined; activeOnPreviousId: string | undefined; placesTaken: number }> {
    const [row] = await manager.query<{ active_id: string | null; previous_active_id: string | null; taken: string }[]>(
      `SELECT (SELECT id FROM subscriptions WHERE event_id = $1 AND organisation_id = $2 AND status = ANY($4::subscription_status[])
                LIMIT 1) AS active_id,
              (SELECT id FROM subscriptions WHERE event_id = $3 AND organisation_id = $2 AND status = ANY($4::subscription_status[])
                LIMIT 1) AS previous_active_id,
              (SELECT count(*) FROM subscriptions WHERE event_id = $1 AND status = ANY($5::subscription_status[])) AS taken`,
      [eventId, organisationId, previousEventId, ACTIVE_STATUSES, PLACE_HOLDING_STATUSES],
    );
    return {
      activeId: row.active_id ?? undefined,
      activeOnPreviousId: row.previous_active_id ?? undefined,
      placesTaken: Number(row.taken),
    };
  }

  async countPlacesTaken(manager: EntityManager, eventId: string): Promise<number> {
    const rows: { n: string }[] = await manager.query(
      `SELECT count(*) AS n FROM subscriptions WHERE event_id = $1 AND status = ANY($2::subscription_status[])`,
      [eventId, PLACE_HOLDING_STATUSES],
    );
    return Number(rows[0].n);
  }

  /**
   * A new sign-on with its first status change and its outbox message, in one statement: the
   * event lock is held while it runs, and each round trip under the lock costs every waiting
   * organisation. The outbox row matches what addToOutbox writes.
   */
  async insertSignOn(manager: EntityManager, signOn: NewSignOn, actorUserId: string | null, topic: string): Promise<string> {
    const [row] = await manager.query<{ id: string }[]>(
      `WITH signed_on AS (
         INSERT INTO subscriptions (event_id, organisation_id, audience, status, contact_name, contact_email, contact_phone,
                                    screens, expected_viewers, notes, tariff_cents, vat_rate_percent, sponsor_organisation_id,
                                    invitation_id, sponsor_share_cents, satellite_share_cents)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
         RETURNING id, event_id, organisation_id, status),
       history AS (
         INSERT INTO subscription_status_changes (subscription_id, from_status, to_status, changed_by_user_id)
         SELECT id, NULL, status, $17 FROM signed_on),
       outbox AS (
         INSERT INTO outbox_messages (topic, payload)
         SELECT $18, jsonb_build_object('subscriptionId', id, 'eventId', event_id, 'organisationId', organisation_id) FROM signed_on)
       SELECT id FROM signed_on`,
      [
        signOn.eventId,
        signOn.organisationId,
        signOn.audience,
        signOn.status,
        signOn.contactName,
        signOn.contactEmail,
        signOn.contactPhone,
        signOn.screens,
        signOn.expectedViewers,
        signOn.notes,
        signOn.tariffCents,
        signOn.vatRatePercent,
        signOn.sponsorOrganisationId,
        signOn.invitationId,
        signOn.sponsorShareCents,
        signOn.satelliteShareCents,
        actorUserId,
        topic,
      ],
    );
    return row.id;
  }

  /** Waiting sign-ons of an event, first come first served. */
  async waitingInOrder(manager: EntityManager, eventId: string): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM subscriptions WHERE event_id = $1 AND status = 'waitlisted' ORDER BY queue_number`,
      [eventId],
    );
    return rows.map((row) => row.id);
  }

  /** 1-based places on the waiting list, always without gaps, for the given sign-ons. */
  async waitlistPositions(manager: EntityManager, subscriptionIds: readonly string[]): Promise<Map<string, number>> {
    if (subscriptionIds.length === 0) return new Map();
    const rows: { id: string; position: string }[] = await manager.query(
      `SELECT id, position FROM (
         SELECT s.id, row_number() OVER (PARTITION BY s.event_id ORDER BY s.queue_number) AS position
           FROM subscriptions s
          WHERE s.status = 'waitlisted'
            AND s.event_id IN (SELECT event_id FROM subscriptions WHERE id = ANY($1::uuid[]))
       ) ranked WHERE id = ANY($1::uuid[])`,
      [subscriptionIds],
    );
    return new Map(rows.map((row) => [row.id, Number(row.position)]));
  }

  async setStatus(manager: EntityManager, ids: readonly string[], status: SubscriptionStatus): Promise<void> {
    if (ids.length === 0) return;
    await manager.query(`UPDATE subscriptions SET status = $2, updated_at = now() WHERE id = ANY($1::uuid[])`, [ids, status]);
  }

  async recordChanges(
    manager: EntityManager,
    changes: {
      subscriptionId: string;
      fromStatus: SubscriptionStatus | null;
      toStatus: SubscriptionStatus;
      changedByUserId: string | null;
      reason?: string;
    }[],
  ): Promise<void> {
    if (changes.length === 0) return;
    await manager.insert(
      SubscriptionStatusChange,
      changes.map((change) => ({ ...change, reason: change.reason ?? '' })),
    );
  }

  /** Locks one sign-on row; used after the event lock, always in that order. */
  async lockSubscription(manager: EntityManager, id: string): Promise<Subscription | null> {
    return manager.getRepository(Subscription).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findWithDetails(id: string): Promise<Subscription | null> {
    return this.subscriptions.findOne({
      where: { id },
      relations: { organisation: true, event: true, sponsorOrganisation: true },
    });
  }

  /** Own sign-ons plus those the organisation sponsors as an inviting culture house. */
  listVisibleTo(organisationId: string, limit: number, offset: number): Promise<[Subscription[], number]> {
    return this.subscriptions.findAndCount({
      where: [{ organisationId }, { sponsorOrganisationId: organisationId }],
      relations: { organisation: true, event: true, sponsorOrganisation: true },
      order: { createdAt: 'DESC' },
      take: limit,
      skip: offset,
    });
  }

  listForEvent(eventId: string): Promise<Subscription[]> {
    return this.subscriptions.find({
      where: { eventId },
      relations: { organisation: true, event: true, sponsorOrganisation: true },
      order: { queueNumber: 'ASC' },
    });
  }

  async totalsForEvent(eventId: string): Promise<EventTotals> {
    const rows: Record<string, string>[] = await this.subscriptions.query(
      `SELECT count(*) FILTER (WHERE status = 'confirmed') AS confirmed,
              count(*) FILTER (WHERE status = 'pending_payment') AS pending_payment,
              count(*) FILTER (WHERE status = 'waitlisted') AS waitlisted,
              count(*) FILTER (WHERE status = 'cancelled') AS cancelled,
              coalesce(sum(screens) FILTER (WHERE status IN ('confirmed', 'pending_payment')), 0) AS screens,
              coalesce(sum(expected_viewers) FILTER (WHERE status IN ('confirmed', 'pending_payment')), 0) AS expected_viewers
         FROM subscriptions WHERE event_id = $1`,
      [eventId],
    );
    const row = rows[0];
    return {
      confirmed: Number(row.confirmed),
      pendingPayment: Number(row.pending_payment),
      waitlisted: Number(row.waitlisted),
      cancelled: Number(row.cancelled),
      screens: Number(row.screens),
      expectedViewers: Number(row.expected_viewers),
    };
  }

  history(subscriptionId: string): Promise<SubscriptionStatusChange[]> {
    return this.subscriptions.manager.find(SubscriptionStatusChange, { where: { subscriptionId }, order: { id: 'ASC' } });
  }
}
