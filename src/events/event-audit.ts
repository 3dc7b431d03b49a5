import type { EntityManager } from 'typeorm';
import { recordAudit } from '../common/audit/audit.js';
import type { LivestreamEvent } from './entities/livestream-event.entity.js';

/** The audit subject of programme decisions; its id is the event's id. */
export const EVENT_AUDIT_SUBJECT = 'event';

/**
 * Programme decisions, audited beside the money entries: `event.closed` is written when finance
 * closes the books of an event, `event.streamed` when the job marks it streamed.
 */
export type EventAuditAction =
  'event.published' | 'event.moved' | 'event.updated' | 'event.cancelled' | 'event.new_date' | 'event.streamed' | 'event.closed';

/** What a programme decision changes, without relations or bookkeeping columns. */
export function eventSnapshot(event: LivestreamEvent): Record<string, unknown> {
  return {
    status: event.status,
    title: event.title,
    seasonCode: event.seasonCode,
    launchCentreId: event.launchCentreId,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    signOnDeadline: event.signOnDeadline,
    testSlotStartsAt: event.testSlotStartsAt,
    testSlotEndsAt: event.testSlotEndsAt,
    capacity: event.capacity,
    cultureHouseTariffCents: event.cultureHouseTariffCents,
    careCentreTariffCents: event.careCentreTariffCents,
    vatRatePercent: event.vatRatePercent,
    cancellationReason: event.cancellationReason,
  };
}

/**
 * Writes one programme decision in the caller's transaction: who (null for a job), the event as it
 * was and as it is; `extra` adds what the event row does not hold, such as the cancelled event of a new date.
 */
export function auditEvent(
  manager: EntityManager,
  action: EventAuditAction,
  actorUserId: string | null,
  before: LivestreamEvent | null,
  after: LivestreamEvent,
  extra: Record<string, unknown> = {},
): Promise<void> {
  return recordAudit(manager, {
    actorUserId,
    action,
    subjectType: EVENT_AUDIT_SUBJECT,
    subjectId: after.id,
    before: before && eventSnapshot(before),
    after: { ...eventSnapshot(after), ...extra },
  });
}
