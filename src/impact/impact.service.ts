import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { FinanceViewsService } from '../finance/finance-views.service.js';
import type { Audience } from '../finance/finance-inputs.js';
import type { EventImpactView } from './dto/event-impact.view.js';
import { eventImpact, type ImpactSatellite } from './event-impact.js';
import type { PictureAndSound } from './picture-and-sound.js';

interface SatelliteRow {
  organisation_name: string;
  audience: Audience;
  viewers: number | null;
  screens: number | null;
  satisfaction: number | null;
  picture_and_sound: PictureAndSound | null;
  comment: string | null;
}

/** Reads what the impact of an event is computed from; the maths is eventImpact's. */
@Injectable()
export class ImpactService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly finance: FinanceViewsService,
  ) {}

  /** Unknown events are the finance view's 404. */
  async event(eventId: string): Promise<EventImpactView> {
    const finance = await this.finance.event(eventId);
    const [satellites, [launchCentre]] = await Promise.all([
      this.dataSource.query<SatelliteRow[]>(
        `SELECT o.name AS organisation_name, s.audience, f.viewers, f.screens, f.satisfaction,
                f.picture_and_sound, f.comment
           FROM subscriptions s JOIN organisations o ON o.id = s.organisation_id
           LEFT JOIN stream_feedback f ON f.subscription_id = s.id
          WHERE s.event_id = $1 AND s.status = 'confirmed'
          ORDER BY o.name`,
        [eventId],
      ),
      this.dataSource.query<{ name: string; technical_incidents: string | null }[]>(
        `SELECT o.name, r.technical_incidents
           FROM events e JOIN organisations o ON o.id = e.launch_centre_id
           LEFT JOIN stream_reports r ON r.event_id = e.id
          WHERE e.id = $1`,
        [eventId],
      ),
    ]);
    const impact = eventImpact({
      satellites: satellites.map(toSatellite),
      launchCentre: { organisationName: launchCentre.name, technicalIncidents: launchCentre.technical_incidents ?? '' },
      costCents: finance.current.costCents,
    });
    return { eventId, ...impact };
  }
}

function toSatellite(row: SatelliteRow): ImpactSatellite {
  const answered = row.satisfaction !== null;
  return {
    organisationName: row.organisation_name,
    audience: row.audience,
    answer: answered
      ? {
          viewers: row.viewers!,
          screens: row.screens!,
          satisfaction: row.satisfaction!,
          pictureAndSound: row.picture_and_sound!,
          comment: row.comment ?? '',
        }
      : null,
  };
}
