import type { Organisation } from '../organisations/entities/organisation.entity.js';
import type { ListEventsQuery } from './dto/event.dto.js';
import type { LivestreamEvent } from './entities/livestream-event.entity.js';
import type { EventStatus } from './event-status.js';

/** The event fields the programme shows, with its launch centre: what the views are built from. */
export type ProgrammeEvent = Pick<
  LivestreamEvent,
  | 'id'
  | 'seasonCode'
  | 'title'
  | 'performers'
  | 'description'
  | 'startsAt'
  | 'endsAt'
  | 'signOnDeadline'
  | 'capacity'
  | 'testSlotStartsAt'
  | 'testSlotEndsAt'
  | 'status'
  | 'cancellationReason'
  | 'cultureHouseTariffCents'
  | 'careCentreTariffCents'
  | 'vatRatePercent'
  | 'streamUrl'
  | 'previousEventId'
  | 'priorityUntil'
  | 'version'
> & { launchCentre: Pick<Organisation, 'id' | 'name' | 'municipality' | 'province'> };

type Row = Record<string, unknown>;

/**
 * One statement for a programme page: the filtered, ordered page with its launch centres and the
 * total (a window count), read as plain rows. The ORM's paged join took three statements and
 * hydrated every column of both entities.
 */
export function programmeListSql(
  query: ListEventsQuery,
  visibleStatuses: readonly EventStatus[],
): { text: string; values: unknown[] } {
  const values: unknown[] = [visibleStatuses];
  const where = ['e.status = ANY($1::event_status[])'];
  const add = (condition: (placeholder: string) => string, value: unknown) => {
    values.push(value);
    where.push(condition(`$${values.length}`));
  };
  if (query.season) add((p) => `e.season_code = ${p}`, query.season);
  if (query.status) add((p) => `e.status = ${p}`, query.status);
  if (query.province) add((p) => `lc.province = ${p}`, query.province);
  if (query.from) add((p) => `e.starts_at >= ${p}`, query.from);
  if (query.to) add((p) => `e.starts_at < ${p}`, query.to);
  values.push(query.limit, query.offset);
  const text = `SELECT e.id, e.season_code, e.title, e.performers, e.description, e.starts_at, e.ends_at, e.sign_on_deadline,
         e.capacity, e.test_slot_starts_at, e.test_slot_ends_at, e.status, e.cancellation_reason,
         e.culture_house_tariff_cents, e.care_centre_tariff_cents, e.vat_rate_percent, e.stream_url, e.previous_event_id,
         e.priority_until, e.version, lc.id AS lc_id, lc.name AS lc_name, lc.municipality AS lc_municipality, lc.province AS lc_province,
         count(*) OVER () AS total
    FROM events e JOIN organisations lc ON lc.id = e.launch_centre_id
   WHERE ${where.join(' AND ')}
   ORDER BY e.starts_at, e.id
   LIMIT $${values.length - 1} OFFSET $${values.length}`;
  return { text, values };
}

export function programmeEventFromRow(row: Row): ProgrammeEvent {
  return {
    id: row.id as string,
    seasonCode: row.season_code as string,
    title: row.title as string,
    performers: row.performers as string[],
    description: row.description as string,
    startsAt: row.starts_at as Date,
    endsAt: row.ends_at as Date,
    signOnDeadline: row.sign_on_deadline as Date,
    capacity: row.capacity as number | null,
    testSlotStartsAt: row.test_slot_starts_at as Date | null,
    testSlotEndsAt: row.test_slot_ends_at as Date | null,
    status: row.status as EventStatus,
    cancellationReason: row.cancellation_reason as string | null,
    cultureHouseTariffCents: row.culture_house_tariff_cents as number,
    careCentreTariffCents: row.care_centre_tariff_cents as number,
    vatRatePercent: row.vat_rate_percent as number,
    streamUrl: row.stream_url as string | null,
    previousEventId: row.previous_event_id as string | null,
    priorityUntil: row.priority_until as Date | null,
    version: row.version as number,
    launchCentre: {
      id: row.lc_id as string,
      name: row.lc_name as string,
      municipality: row.lc_municipality as string,
      province: row.lc_province as Organisation['province'],
    },
  };
}

/** The window count rides on every row; a page past the end has no row to carry it. */
export function totalOf(rows: readonly Row[]): number | undefined {
  return rows.length > 0 ? Number(rows[0].total) : undefined;
}
