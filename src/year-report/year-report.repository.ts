import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { scopeOfYear } from '../finance/finance.repository.js';
import type { FeedbackAnswer } from '../impact/feedback-summary.js';
import type { PictureAndSound } from '../impact/picture-and-sound.js';
import type { DecisionRow, TakingPartRow } from './year-report.js';

type Row = Record<string, unknown>;

/**
 * The plain rows of one budget year. The year is finance's own scope (the Brussels calendar year
 * of an event's start, drafts left out), so the report and the budget year count the same events.
 */
@Injectable()
export class YearReportRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async eventStatuses(year: number): Promise<string[]> {
    const scope = scopeOfYear(year);
    const rows: Row[] = await this.dataSource.query(`SELECT e.status FROM events e WHERE ${scope.where}`, scope.parameters);
    return rows.map((row) => row.status as string);
  }

  /** Launch centres of streamed events, and organisations with a confirmed sign-on on one. */
  async takingPart(year: number): Promise<TakingPartRow[]> {
    const scope = scopeOfYear(year);
    const rows: Row[] = await this.dataSource.query(
      `SELECT lc.id AS organisation_id, lc.kind
         FROM events e JOIN organisations lc ON lc.id = e.launch_centre_id
        WHERE ${scope.where} AND e.status = 'streamed' AND lc.kind = 'culture_house'
       UNION
       SELECT o.id, o.kind
         FROM events e
         JOIN subscriptions s ON s.event_id = e.id AND s.status = 'confirmed'
         JOIN organisations o ON o.id = s.organisation_id
        WHERE ${scope.where} AND e.status = 'streamed' AND o.kind IN ('culture_house', 'care_centre')`,
      scope.parameters,
    );
    return rows.map((row) => ({ organisationId: row.organisation_id as string, kind: row.kind as TakingPartRow['kind'] }));
  }

  async feedback(year: number): Promise<FeedbackAnswer[]> {
    const scope = scopeOfYear(year);
    const rows: Row[] = await this.dataSource.query(
      `SELECT f.viewers, f.screens, f.satisfaction, f.picture_and_sound
         FROM stream_feedback f JOIN events e ON e.id = f.event_id
        WHERE ${scope.where} AND e.status = 'streamed'`,
      scope.parameters,
    );
    return rows.map((row) => ({
      viewers: row.viewers as number,
      screens: row.screens as number,
      satisfaction: row.satisfaction as number,
      pictureAndSound: row.picture_and_sound as PictureAndSound,
    }));
  }

  /** The decision that stands for each event (a later one replaces an earlier one, as in finance), by event date. */
  async decisions(year: number): Promise<DecisionRow[]> {
    const scope = scopeOfYear(year);
    const rows: Row[] = await this.dataSource.query(
      `SELECT * FROM (
         SELECT DISTINCT ON (d.event_id) e.title, e.starts_at, d.accepted_deficit_cents, d.reasons::text[] AS reasons,
                d.other_reason, d.decided_by, d.decided_at
           FROM principle_decisions d JOIN events e ON e.id = d.event_id
          WHERE ${scope.where}
          ORDER BY d.event_id, d.decided_at DESC, d.id) latest
        ORDER BY starts_at`,
      scope.parameters,
    );
    return rows.map((row) => ({
      eventTitle: row.title as string,
      eventStartsAt: row.starts_at as Date,
      acceptedDeficitCents: row.accepted_deficit_cents as number,
      reasons: row.reasons as DecisionRow['reasons'],
      otherReason: row.other_reason as string | null,
      decidedBy: row.decided_by as string,
      decidedAt: row.decided_at as Date,
    }));
  }
}
