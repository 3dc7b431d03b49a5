import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { recordAudit } from '../common/audit/audit.js';
import { AppConfig } from '../common/config/app-config.js';
import { lockingTransaction } from '../common/database/locked-transaction.js';
import { addToOutbox, OutboxTopic } from '../common/outbox/outbox.js';
import { EventsService } from '../events/events.service.js';
import { FinanceLedgerService } from '../finance/finance-ledger.service.js';
import type { AcceptProposalDto, DeclineProposalDto } from './dto/proposal.dto.js';
import { Call } from './entities/call.entity.js';
import { Proposal } from './entities/proposal.entity.js';
import { ProposalCostLine } from './entities/proposal-cost-line.entity.js';
import { ProposalFinanceService } from './proposal-finance.service.js';
import { ProposalStatus } from './proposal-status.js';
import { invalid } from './calls.service.js';
import { assertUndecided, proposalNotFound } from './proposals.service.js';
import { ProposalsRepository } from './proposals.repository.js';

/** Days before the stream that sign-ons close, unless the admin changes it on the draft. */
const SIGN_ON_DAYS_BEFORE = 14;

/** The admin's choice on a proposal, with its mail: each decision is taken once, under the proposal's row lock. */
@Injectable()
export class ProposalDecisionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly events: EventsService,
    private readonly ledger: FinanceLedgerService,
    private readonly finance: ProposalFinanceService,
    private readonly repository: ProposalsRepository,
  ) {}

  /**
   * The proposal becomes a draft event through the events code path (season, launch centre and
   * schedule rules), with its cost lines and a plan from the forecast, all in one transaction.
   * The row lock makes a second accept at the same moment wait, then find it decided: one event.
   */
  async accept(id: string, input: AcceptProposalDto, actorUserId: string): Promise<{ proposalId: string; eventId: string }> {
    return lockingTransaction(this.dataSource, this.config.LOCK_TIMEOUT_MS, async (manager) => {
      const proposal = await lockProposal(manager, id);
      const call = await manager.findOneByOrFail(Call, { id: proposal.callId });
      const startsAt = chosenStart(proposal, input.startsAt);
      const [tariffs, forecast] = await Promise.all([
        this.repository.currentTariffs(manager),
        this.finance.forecast(manager, proposal, call),
      ]);
      const eventId = await this.events.insertDraft(manager, {
        seasonCode: call.seasonCode,
        title: proposal.title,
        performers: proposal.performers,
        description: `Live vanuit ${proposal.venue}.`,
        launchCentreId: proposal.organisationId,
        startsAt,
        endsAt: new Date(startsAt.getTime() + proposal.durationMinutes * 60_000),
        signOnDeadline: new Date(startsAt.getTime() - SIGN_ON_DAYS_BEFORE * 86_400_000),
        cultureHouseTariffCents: tariffs.tariffsCents.culture_house,
        careCentreTariffCents: tariffs.tariffsCents.care_centre,
        vatRatePercent: tariffs.vatRatePercent,
      });
      const lines = await manager.find(ProposalCostLine, { where: { proposalId: id }, order: { position: 'ASC' } });
      // The VAT rate stays with the proposal: break-even is computed on amounts excluding VAT.
      for (const { category, label, basis, plannedCents } of lines) {
        await this.ledger.addCostLineWithin(manager, eventId, { category, label, basis, plannedCents }, actorUserId);
      }
      await this.ledger.setPlanWithin(
        manager,
        eventId,
        {
          expectedCultureHouses: forecast.expectedSatellites.culture_house,
          expectedCareCentres: forecast.expectedSatellites.care_centre,
        },
        actorUserId,
      );
      await this.decide(manager, proposal, { status: ProposalStatus.Accepted, eventId, declineReason: null }, actorUserId);
      return { proposalId: id, eventId };
    });
  }

  async decline(id: string, input: DeclineProposalDto, actorUserId: string): Promise<{ proposalId: string }> {
    await this.dataSource.transaction(async (manager) => {
      const proposal = await lockProposal(manager, id);
      const reason = input.reason?.trim() ? input.reason.trim() : null;
      await this.decide(
        manager,
        proposal,
        { status: ProposalStatus.Declined, eventId: null, declineReason: reason },
        actorUserId,
      );
    });
    return { proposalId: id };
  }

  private async decide(
    manager: EntityManager,
    proposal: Proposal,
    outcome: Pick<Proposal, 'status' | 'eventId' | 'declineReason'>,
    actorUserId: string,
  ): Promise<void> {
    const before = { ...proposal };
    Object.assign(proposal, outcome, { decidedAt: new Date(), decidedByUserId: actorUserId });
    await manager.save(proposal);
    await recordAudit(manager, {
      actorUserId,
      action: `proposal.${outcome.status}`,
      subjectType: 'proposal',
      subjectId: proposal.id,
      before,
      after: proposal,
    });
    await addToOutbox(manager, OutboxTopic.ProposalDecided, { proposalId: proposal.id });
  }
}

async function lockProposal(manager: EntityManager, id: string): Promise<Proposal> {
  const proposal = await manager.findOne(Proposal, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!proposal) throw proposalNotFound(id);
  assertUndecided(proposal);
  return proposal;
}

/** The admin picks one of the proposed dates; without a choice, the first. */
function chosenStart(proposal: Proposal, wanted: Date | undefined): Date {
  const starts = proposal.possibleStarts.map((start) => new Date(start));
  if (!wanted) return starts[0];
  const match = starts.find((start) => start.getTime() === wanted.getTime());
  if (!match) throw invalid('startsAt', 'Kies een van de voorgestelde data.', 'is geen van de voorgestelde data');
  return match;
}
