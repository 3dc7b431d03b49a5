import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { inBrussels } from '../common/format/dutch-format.js';
import type { FinanceEvent } from '../finance/finance.repository.js';
import type { BudgetDecision } from '../finance/publish-check.js';
import { PublishGuard } from '../finance/publish-guard.service.js';
import type { ScenarioChanges } from '../finance/scenario.js';
import type { ProposalWhatIfDto } from './dto/proposal.dto.js';
import { Call } from './entities/call.entity.js';
import { Proposal } from './entities/proposal.entity.js';
import { proposalInputs, proposalOutlook, type ProposalOutlook } from './proposal-outlook.js';
import { proposalNotFound } from './proposals.service.js';
import { ProposalsRepository } from './proposals.repository.js';
import { forecastSatellites, similarSeasons, type SatelliteForecast } from './satellite-forecast.js';

export interface ProposalFinanceView extends ProposalOutlook {
  proposalId: string;
  title: string;
  status: string;
  forecast: SatelliteForecast & { similarSeasons: string[] };
  /** What publishing it as planned would meet: the publish guard's own judgement on its budget year. */
  verdict?: BudgetDecision;
}

/**
 * A proposal's planned result, from the same maths as an event's: its cost lines, today's tariffs
 * and the forecast satellites as the plan. What-if changes go through the event what-if engine.
 */
@Injectable()
export class ProposalFinanceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: ProposalsRepository,
    private readonly guard: PublishGuard,
  ) {}

  /** Every proposal of a call with its planned result, for the finance list. */
  async ofCall(callId: string): Promise<ProposalFinanceView[]> {
    const proposals = await this.dataSource.getRepository(Proposal).find({
      where: { callId },
      relations: { call: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return this.views(proposals, {});
  }

  /** One proposal, with what-if changes, and the verdict the publish guard would give it. */
  async whatIf(id: string, changes: ProposalWhatIfDto = {}): Promise<ProposalFinanceView> {
    const proposal = await this.dataSource.getRepository(Proposal).findOne({ where: { id }, relations: { call: true } });
    if (!proposal) throw proposalNotFound(id);
    const [view] = await this.views([proposal], toChanges(changes));
    return { ...view, verdict: await this.verdict(proposal, view) };
  }

  /** The forecast for one proposal inside a transaction: what acceptance plans the event on. */
  async forecast(manager: EntityManager, proposal: Proposal, call: Call): Promise<SatelliteForecast> {
    const seasons = similarSeasons(call.seasonCode);
    const [marks, history] = await Promise.all([
      this.repository.interestMarks([proposal.id], manager),
      this.repository.turnoutOfStreamedEvents(seasons, manager),
    ]);
    return forecastSatellites(marks.get(proposal.id) ?? [], history);
  }

  private async views(proposals: Proposal[], changes: ScenarioChanges): Promise<ProposalFinanceView[]> {
    if (proposals.length === 0) return [];
    const tariffs = await this.repository.currentTariffs();
    const ids = proposals.map((proposal) => proposal.id);
    const [marks, costLines] = await Promise.all([this.repository.interestMarks(ids), this.repository.costLines(ids)]);
    const historyBySeason = new Map<string, Awaited<ReturnType<ProposalsRepository['turnoutOfStreamedEvents']>>>();
    const views: ProposalFinanceView[] = [];
    for (const proposal of proposals) {
      const season = (proposal.call as Call).seasonCode;
      const seasons = similarSeasons(season);
      if (!historyBySeason.has(season)) historyBySeason.set(season, await this.repository.turnoutOfStreamedEvents(seasons));
      const forecast = forecastSatellites(marks.get(proposal.id) ?? [], historyBySeason.get(season) ?? []);
      const lines = (costLines.get(proposal.id) ?? []).map(({ id, category, label, basis, plannedCents }) => ({
        id,
        category,
        label,
        basis,
        plannedCents,
      }));
      const inputs = proposalInputs(lines, tariffs.tariffsCents);
      views.push({
        proposalId: proposal.id,
        title: proposal.title,
        status: proposal.status,
        forecast: { ...forecast, similarSeasons: seasons },
        ...proposalOutlook(inputs, { expectedSatellites: forecast.expectedSatellites }, changes),
      });
    }
    return views;
  }

  /** Judged as a draft published on its first possible date: no decision, the year's other events, its margin. */
  private verdict(proposal: Proposal, view: ProposalFinanceView): Promise<BudgetDecision> {
    const startsAt = new Date(proposal.possibleStarts[0]);
    const asEvent = {
      id: proposal.id,
      title: proposal.title,
      status: 'draft',
      seasonCode: (proposal.call as Call).seasonCode,
      startsAt,
      // An event's budget year is the calendar year of its start in Brussels.
      budgetYear: inBrussels(startsAt).year,
      acceptedDeficitCents: null,
    } as FinanceEvent;
    return this.guard.judge(asEvent, null, view.planned.resultCents, 'gepubliceerd');
  }
}

function toChanges(dto: ProposalWhatIfDto): ScenarioChanges {
  return {
    tariffsCents: dto.tariffsCents,
    expectedSatellites: dto.expectedSatellites,
    addedCostLines: dto.addedCostLines?.map((line, index) => ({
      ...line,
      id: `scenario-${index + 1}`,
      actualCents: line.actualCents ?? null,
    })),
  };
}
