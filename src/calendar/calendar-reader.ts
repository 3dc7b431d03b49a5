import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { EventStatus } from '../events/event-status.js';
import type { SubscriptionStatus } from '../subscriptions/subscription-status.js';
import type { CalendarEvent } from './calendar-event.js';

/** An event as calendars and mails show it, with what only they need. */
export interface CalendarEventRecord extends CalendarEvent {
  calendarSequence: number;
  cancellationReason: string | null;
  careCentreTariffCents: number;
  vatRatePercent: number;
  /** The event row's last change. */
  updatedAt: Date;
}

/** A sign-on as mails and invites need it: who to write to, for which organisation. */
export interface SignOnRecord {
  id: string;
  eventId: string;
  organisationId: string;
  organisationName: string;
  status: SubscriptionStatus;
  contactName: string;
  contactEmail: string;
}

const EVENT_COLUMNS = `e.id, e.title, e.performers, e.description, e.starts_at, e.ends_at, e.test_slot_starts_at,
  e.test_slot_ends_at, e.stream_url, e.status, e.calendar_sequence, e.cancellation_reason, e.care_centre_tariff_cents, e.vat_rate_percent,
  e.updated_at,
  lc.name AS launch_centre_name, lc.municipality AS launch_centre_municipality`;

const SIGN_ON_COLUMNS = `s.id, s.event_id, s.organisation_id, o.name AS organisation_name, s.status, s.contact_name, s.contact_email`;

type Row = Record<string, unknown>;

/** One row of `events` joined with its launch centre's `launch_centre_name` and `launch_centre_municipality`. */
export function calendarEventOfRow(row: Row): CalendarEventRecord {
  return {
    id: row.id as string,
    title: row.title as string,
    performers: row.performers as string[],
    description: row.description as string,
    launchCentreName: row.launch_centre_name as string,
    launchCentreMunicipality: row.launch_centre_municipality as string,
    startsAt: row.starts_at as Date,
    endsAt: row.ends_at as Date,
    testSlotStartsAt: row.test_slot_starts_at as Date | null,
    testSlotEndsAt: row.test_slot_ends_at as Date | null,
    streamUrl: row.stream_url as string | null,
    status: row.status as EventStatus,
    calendarSequence: row.calendar_sequence as number,
    cancellationReason: row.cancellation_reason as string | null,
    careCentreTariffCents: row.care_centre_tariff_cents as number,
    vatRatePercent: row.vat_rate_percent as number,
    updatedAt: row.updated_at as Date,
  };
}

function toSignOn(row: Row): SignOnRecord {
  return {
    id: row.id as string,
    eventId: row.event_id as string,
    organisationId: row.organisation_id as string,
    organisationName: row.organisation_name as string,
    status: row.status as SubscriptionStatus,
    contactName: row.contact_name as string,
    contactEmail: row.contact_email as string,
  };
}

/**
 * Reads events and sign-ons for invites, feeds and mails. Every method takes the caller's
 * manager when it runs inside a transaction (the outbox relay), else the default connection.
 */
@Injectable()
export class CalendarReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async event(eventId: string, manager: EntityManager = this.dataSource.manager): Promise<CalendarEventRecord | undefined> {
    const rows = await manager.query<Row[]>(
      `SELECT ${EVENT_COLUMNS} FROM events e JOIN organisations lc ON lc.id = e.launch_centre_id WHERE e.id = $1`,
      [eventId],
    );
    return rows[0] && calendarEventOfRow(rows[0]);
  }

  async signOn(subscriptionId: string, manager: EntityManager = this.dataSource.manager): Promise<SignOnRecord | undefined> {
    const rows = await manager.query<Row[]>(
      `SELECT ${SIGN_ON_COLUMNS} FROM subscriptions s JOIN organisations o ON o.id = s.organisation_id WHERE s.id = $1`,
      [subscriptionId],
    );
    return rows[0] && toSignOn(rows[0]);
  }

  async signOnsOfEvent(
    eventId: string,
    statuses: readonly SubscriptionStatus[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<SignOnRecord[]> {
    const rows = await manager.query<Row[]>(
      `SELECT ${SIGN_ON_COLUMNS} FROM subscriptions s JOIN organisations o ON o.id = s.organisation_id
        WHERE s.event_id = $1 AND s.status = ANY($2::subscription_status[]) ORDER BY s.queue_number`,
      [eventId, statuses],
    );
    return rows.map(toSignOn);
  }

  /**
   * Every event the organisation signed on to (its latest sign-on per event), cancelled events
   * included, with that sign-on's status and when the event or the sign-on last changed.
   */
  async eventsOfOrganisation(
    organisationId: string,
  ): Promise<{ event: CalendarEventRecord; signOnStatus: SubscriptionStatus; changedAt: Date }[]> {
    const rows = await this.dataSource.query<Row[]>(
      `SELECT DISTINCT ON (e.id) ${EVENT_COLUMNS}, s.status AS sign_on_status, GREATEST(e.updated_at, s.updated_at) AS changed_at
         FROM subscriptions s JOIN events e ON e.id = s.event_id JOIN organisations lc ON lc.id = e.launch_centre_id
        WHERE s.organisation_id = $1 AND s.status IN ('confirmed', 'waitlisted', 'pending_payment')
        ORDER BY e.id, s.created_at DESC`,
      [organisationId],
    );
    return rows
      .map((row) => ({
        event: calendarEventOfRow(row),
        signOnStatus: row.sign_on_status as SubscriptionStatus,
        changedAt: row.changed_at as Date,
      }))
      .sort((a, b) => a.event.startsAt.getTime() - b.event.startsAt.getTime());
  }

  /** The public programme of a season: published, cancelled and streamed events, never drafts. */
  async eventsOfSeason(seasonCode: string): Promise<CalendarEventRecord[] | undefined> {
    const season = await this.dataSource.query<Row[]>('SELECT 1 FROM seasons WHERE code = $1', [seasonCode]);
    if (season.length === 0) return undefined;
    const rows = await this.dataSource.query<Row[]>(
      `SELECT ${EVENT_COLUMNS} FROM events e JOIN organisations lc ON lc.id = e.launch_centre_id
        WHERE e.season_code = $1 AND e.status <> 'draft' ORDER BY e.starts_at, e.id`,
      [seasonCode],
    );
    return rows.map(calendarEventOfRow);
  }
}
