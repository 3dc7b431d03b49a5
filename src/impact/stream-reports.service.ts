import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../accounts/authenticated-user.js';
import { Role } from '../accounts/role.js';
import { ProblemException } from '../common/errors/problem.js';
import { EventStatus } from '../events/event-status.js';
import type { StreamReportDto, StreamReportView } from './dto/stream-report.dto.js';
import { ImpactProblems } from './impact.errors.js';

interface EventRow {
  id: string;
  title: string;
  status: EventStatus;
  launch_centre_id: string;
  starts_at: Date;
  ends_at: Date;
}

/** Whether this person may read and write the notes of a stream sent from `launchCentreId`. */
export function mayKeepStreamReport(actor: Pick<AuthenticatedUser, 'role' | 'organisationId'>, launchCentreId: string): boolean {
  return actor.role === Role.Admin || (actor.role === Role.Member && actor.organisationId === launchCentreId);
}

/** The launch centre's own notes on a stream it sent: the real start and end, and the technical incidents. */
@Injectable()
export class StreamReportsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Throws 404 for an unknown event and 403 for anyone but its launch centre's members and the admins. */
  async assertAccess(eventId: string, actor: AuthenticatedUser): Promise<void> {
    await this.event(this.dataSource.manager, eventId, actor);
  }

  async get(eventId: string, actor: AuthenticatedUser): Promise<StreamReportView> {
    return this.read(this.dataSource.manager, await this.event(this.dataSource.manager, eventId, actor));
  }

  /** Only after the stream, and the end after the start; the whole note is replaced at once. */
  async save(eventId: string, actor: AuthenticatedUser, input: StreamReportDto): Promise<StreamReportView> {
    const start = input.actualStart ?? null;
    const end = input.actualEnd ?? null;
    if (start && end && end.getTime() <= start.getTime()) {
      throw new ProblemException(ImpactProblems.invalidReport, 'Het werkelijke einde moet na het werkelijke begin liggen.', {
        errors: [{ field: 'actualEnd', message: 'moet na het werkelijke begin liggen' }],
      });
    }
    return this.dataSource.transaction(async (manager) => {
      const event = await this.event(manager, eventId, actor, true);
      if (event.status !== EventStatus.Streamed) {
        throw new ProblemException(
          ImpactProblems.notStreamed,
          'Notities over de stream kunnen pas nadat de voorstelling gestreamd is.',
        );
      }
      await manager.query(
        `INSERT INTO stream_reports (event_id, actual_start, actual_end, technical_incidents, recorded_by_user_id)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (event_id) DO UPDATE
            SET actual_start = EXCLUDED.actual_start, actual_end = EXCLUDED.actual_end,
                technical_incidents = EXCLUDED.technical_incidents, recorded_by_user_id = EXCLUDED.recorded_by_user_id,
                updated_at = now()`,
        [eventId, start, end, input.technicalIncidents ?? '', actor.id],
      );
      return this.read(manager, event);
    });
  }

  /** Events sent from this launch centre, newest first, for its own list of streams. */
  async eventsOfLaunchCentre(
    organisationId: string,
  ): Promise<(Omit<StreamReportView, 'technicalIncidents'> & { noted: boolean })[]> {
    const rows = await this.dataSource.query<
      (EventRow & { actual_start: Date | null; actual_end: Date | null; updated_at: Date | null })[]
    >(
      `SELECT e.id, e.title, e.status, e.launch_centre_id, e.starts_at, e.ends_at, r.actual_start, r.actual_end, r.updated_at
         FROM events e LEFT JOIN stream_reports r ON r.event_id = e.id
        WHERE e.launch_centre_id = $1 AND e.status <> 'draft'
        ORDER BY e.starts_at DESC`,
      [organisationId],
    );
    return rows.map((row) => ({
      eventId: row.id,
      eventTitle: row.title,
      eventStatus: row.status,
      scheduledStart: row.starts_at,
      scheduledEnd: row.ends_at,
      actualStart: row.actual_start,
      actualEnd: row.actual_end,
      updatedAt: row.updated_at,
      noted: row.updated_at !== null,
    }));
  }

  private async event(manager: EntityManager, eventId: string, actor: AuthenticatedUser, lock = false): Promise<EventRow> {
    // An address typed by hand is "not found", not a database error.
    const [event] = isUUID(eventId)
      ? await manager.query<EventRow[]>(
          `SELECT id, title, status, launch_centre_id, starts_at, ends_at FROM events WHERE id = $1${lock ? ' FOR SHARE' : ''}`,
          [eventId],
        )
      : [];
    if (!event) throw new ProblemException(ImpactProblems.eventNotFound, 'Deze voorstelling bestaat niet.');
    if (!mayKeepStreamReport(actor, event.launch_centre_id)) {
      throw new ProblemException(
        ImpactProblems.notLaunchCentre,
        'Alleen het lanceercentrum van deze voorstelling en de beheerders houden notities over de stream bij.',
      );
    }
    return event;
  }

  private async read(manager: EntityManager, event: EventRow): Promise<StreamReportView> {
    const [report] = await manager.query<
      { actual_start: Date | null; actual_end: Date | null; technical_incidents: string; updated_at: Date }[]
    >('SELECT actual_start, actual_end, technical_incidents, updated_at FROM stream_reports WHERE event_id = $1', [event.id]);
    return {
      eventId: event.id,
      eventTitle: event.title,
      eventStatus: event.status,
      scheduledStart: event.starts_at,
      scheduledEnd: event.ends_at,
      actualStart: report?.actual_start ?? null,
      actualEnd: report?.actual_end ?? null,
      technicalIncidents: report?.technical_incidents ?? '',
      updatedAt: report?.updated_at ?? null,
    };
  }
}
