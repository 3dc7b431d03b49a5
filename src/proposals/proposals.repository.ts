import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { Audience, PerAudience } from '../finance/finance-inputs.js';
import { ProposalCostLine } from './entities/proposal-cost-line.entity.js';
import type { InterestMark, PastTurnout } from './satellite-forecast.js';

/** What satellites pay today, and the VAT on it: the tariffs of the latest published or streamed event. */
export interface CurrentTariffs {
  tariffsCents: PerAudience<number>;
  vatRatePercent: number;
}

/** The SQL the forecast and the planned result need; the maths stays in the pure functions. */
@Injectable()
export class ProposalsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Before any event has been published there is no tariff yet: 0, which finance sees and can what-if. */
  async currentTariffs(manager: EntityManager = this.dataSource.manager): Promise<CurrentTariffs> {
    const [row] = await manager.query<{ ch: number; cc: number; vat: number }[]>(
      `SELECT culture_house_tariff_cents AS ch, care_centre_tariff_cents AS cc, vat_rate_percent AS vat
         FROM events WHERE status IN ('published', 'streamed') ORDER BY starts_at DESC, id LIMIT 1`,
    );
    return {
      tariffsCents: { culture_house: row?.ch ?? 0, care_centre: row?.cc ?? 0 },
      vatRatePercent: row?.vat ?? 6,
    };
  }

  /** Confirmed satellites per audience of every streamed event of the given seasons. */
  async turnoutOfStreamedEvents(seasonCodes: readonly string[], manager: EntityManager = this.dataSource.manager) {
    const rows = await manager.query<{ ch: string; cc: string }[]>(
      `SELECT count(s.id) FILTER (WHERE s.audience = 'culture_house') AS ch,
              count(s.id) FILTER (WHERE s.audience = 'care_centre') AS cc
         FROM events e LEFT JOIN subscriptions s ON s.event_id = e.id AND s.status = 'confirmed'
        WHERE e.status = 'streamed' AND e.season_code = ANY($1)
        GROUP BY e.id`,
      [seasonCodes],
    );
    return rows.map((row): PastTurnout => ({ culture_house: Number(row.ch), care_centre: Number(row.cc) }));
  }

  /** Interest marks per proposal, with the audience of the organisation that marked it. */
  async interestMarks(proposalIds: readonly string[], manager: EntityManager = this.dataSource.manager) {
    const rows = await manager.query<
      { proposal_id: string; organisation_id: string; kind: Audience; screens: number | null; expected_viewers: number | null }[]
    >(
      `SELECT i.proposal_id, i.organisation_id, o.kind, i.screens, i.expected_viewers
         FROM proposal_interests i JOIN organisations o ON o.id = i.organisation_id
        WHERE i.proposal_id = ANY($1)`,
      [proposalIds],
    );
    const byProposal = new Map<string, (InterestMark & { organisationId: string })[]>();
    for (const row of rows) {
      const marks = byProposal.get(row.proposal_id) ?? [];
      marks.push({
        organisationId: row.organisation_id,
        audience: row.kind,
        screens: row.screens,
        expectedViewers: row.expected_viewers,
      });
      byProposal.set(row.proposal_id, marks);
    }
    return byProposal;
  }

  /** The cost lines of each proposal, in the order they were entered. */
  async costLines(proposalIds: readonly string[]): Promise<Map<string, ProposalCostLine[]>> {
    const lines = await this.dataSource
      .getRepository(ProposalCostLine)
      .find({ where: { proposalId: In([...proposalIds]) }, order: { position: 'ASC' } });
    const byProposal = new Map<string, ProposalCostLine[]>();
    for (const line of lines) byProposal.set(line.proposalId, [...(byProposal.get(line.proposalId) ?? []), line]);
    return byProposal;
  }
}
