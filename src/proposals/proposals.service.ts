import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../accounts/authenticated-user.js';
import { Role } from '../accounts/role.js';
import { recordAudit } from '../common/audit/audit.js';
import { ProblemException } from '../common/errors/problem.js';
import { formatDutchCalendarDate } from '../common/format/dutch-format.js';
import { Season } from '../events/entities/season.entity.js';
import { outsideSeasonProblem } from '../events/season-rules.js';
import { OrganisationKind } from '../organisations/organisation-kinds.js';
import { CallsService } from './calls.service.js';
import { acceptsProposals } from './dto/call.dto.js';
import type { MarkInterestDto, SubmitProposalDto, UpdateProposalDto } from './dto/proposal.dto.js';
import type { ProposalView } from './dto/proposal.view.js';
import { Call } from './entities/call.entity.js';
import { ProposalCostLine } from './entities/proposal-cost-line.entity.js';
import { ProposalInterest } from './entities/proposal-interest.entity.js';
import { Proposal } from './entities/proposal.entity.js';
import { ProposalStatus } from './proposal-status.js';
import { ProposalProblems } from './proposals.errors.js';
import { ProposalsRepository } from './proposals.repository.js';

const isStaff = (user: AuthenticatedUser) => user.role === Role.Admin || user.role === Role.Finance;
const isCultureHouseMember = (user: AuthenticatedUser) =>
  user.role === Role.Member && user.organisationKind === OrganisationKind.CultureHouse;

/** Culture houses propose and edit; satellites mark interest; everyone signed in browses. */
@Injectable()
export class ProposalsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly calls: CallsService,
    private readonly repository: ProposalsRepository,
  ) {}

  /** The proposal, its cost lines and its dates in one transaction: a refused field leaves nothing behind. */
  async submit(callId: string, input: SubmitProposalDto, user: AuthenticatedUser): Promise<ProposalView> {
    assertCultureHouse(user);
    const id = await this.dataSource.transaction(async (manager) => {
      const call = await this.calls.requireAcceptingProposals(manager, callId);
      await assertInSeason(manager, call, input.possibleStarts);
      const proposal = await manager.save(
        manager.create(Proposal, {
          callId,
          organisationId: user.organisationId,
          proposedByUserId: user.id,
          title: input.title,
          performers: input.performers.map((name) => name.trim()),
          venue: input.venue,
          possibleStarts: sortedInstants(input.possibleStarts),
          durationMinutes: input.durationMinutes ?? 90,
          technicalNotes: input.technicalNotes ?? '',
          status: ProposalStatus.Submitted,
        }),
      );
      await saveCostLines(manager, proposal.id, input.costLines);
      await recordAudit(manager, {
        actorUserId: user.id,
        action: 'proposal.submitted',
        subjectType: 'proposal',
        subjectId: proposal.id,
        after: input,
      });
      return proposal.id;
    });
    return this.get(id, user);
  }

  /** Only the proposing culture house, while its call takes proposals and nobody decided yet. */
  async update(id: string, changes: UpdateProposalDto, user: AuthenticatedUser): Promise<ProposalView> {
    assertCultureHouse(user);
    await this.dataSource.transaction(async (manager) => {
      const proposal = await manager.findOne(Proposal, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!proposal || proposal.organisationId !== user.organisationId) throw proposalNotFound(id);
      assertUndecided(proposal);
      const call = await this.calls.requireAcceptingProposals(manager, proposal.callId);
      if (changes.possibleStarts) await assertInSeason(manager, call, changes.possibleStarts);
      const { costLines, possibleStarts, ...fields } = changes;
      const before = { ...proposal };
      Object.assign(proposal, Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)));
      if (possibleStarts) proposal.possibleStarts = sortedInstants(possibleStarts);
      await manager.save(proposal);
      if (costLines) {
        await manager.delete(ProposalCostLine, { proposalId: id });
        await saveCostLines(manager, id, costLines);
      }
      await recordAudit(manager, {
        actorUserId: user.id,
        action: 'proposal.changed',
        subjectType: 'proposal',
        subjectId: id,
        before,
        after: changes,
      });
    });
    return this.get(id, user);
  }

  /** The culture house's own proposal, for its edit form; another's is not found. */
  async getOwn(id: string, user: AuthenticatedUser): Promise<ProposalView> {
    assertCultureHouse(user);
    const proposal = await this.get(id, user);
    if (proposal.organisation.id !== user.organisationId) throw proposalNotFound(id);
    return proposal;
  }

  async get(id: string, user: AuthenticatedUser): Promise<ProposalView> {
    const [view] = await this.views({ where: 'p.id = $1', parameters: [id] }, user);
    if (!view) throw proposalNotFound(id);
    return view;
  }

  /** Every proposal of a call, for anyone signed in; the costs only for their culture house and staff. */
  async listOfCall(callId: string, user: AuthenticatedUser): Promise<ProposalView[]> {
    await this.calls.require(callId);
    return this.views({ where: 'p.call_id = $1', parameters: [callId] }, user);
  }

  /** "Mijn voorstellen": the culture house's own proposals over every call. */
  mine(user: AuthenticatedUser): Promise<ProposalView[]> {
    assertCultureHouse(user);
    return this.views({ where: 'p.organisation_id = $1', parameters: [user.organisationId] }, user);
  }

  /** One mark per organisation and proposal (the primary key): marking again updates the numbers. */
  async markInterest(id: string, input: MarkInterestDto, user: AuthenticatedUser): Promise<ProposalView> {
    assertSatellite(user);
    await this.dataSource.transaction(async (manager) => {
      const proposal = await manager.findOne(Proposal, { where: { id } });
      if (!proposal) throw proposalNotFound(id);
      assertUndecided(proposal);
      await manager.query(
        `INSERT INTO proposal_interests (proposal_id, organisation_id, screens, expected_viewers, marked_by_user_id)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (proposal_id, organisation_id)
         DO UPDATE SET screens = EXCLUDED.screens, expected_viewers = EXCLUDED.expected_viewers, marked_by_user_id = EXCLUDED.marked_by_user_id`,
        [id, user.organisationId, input.screens ?? null, input.expectedViewers ?? null, user.id],
      );
    });
    return this.get(id, user);
  }

  async unmarkInterest(id: string, user: AuthenticatedUser): Promise<ProposalView> {
    assertSatellite(user);
    const proposal = await this.dataSource.getRepository(Proposal).findOneBy({ id });
    if (!proposal) throw proposalNotFound(id);
    await this.dataSource.getRepository(ProposalInterest).delete({ proposalId: id, organisationId: user.organisationId });
    return this.get(id, user);
  }

  private async views(scope: { where: string; parameters: unknown[] }, user: AuthenticatedUser): Promise<ProposalView[]> {
    const ids = (
      await this.dataSource.query<{ id: string }[]>(
        `SELECT p.id FROM proposals p WHERE ${scope.where} ORDER BY p.possible_starts[1], p.created_at, p.id`,
        scope.parameters,
      )
    ).map((row) => row.id);
    if (ids.length === 0) return [];
    const proposals = await this.dataSource.getRepository(Proposal).find({
      where: { id: In(ids) },
      relations: { organisation: true, call: true },
    });
    const byId = new Map(proposals.map((proposal) => [proposal.id, proposal]));
    const [marks, costLines] = await Promise.all([this.repository.interestMarks(ids), this.repository.costLines(ids)]);
    return ids.map((id) => {
      const proposal = byId.get(id) as Proposal & {
        organisation: { id: string; name: string; municipality: string };
        call: Call;
      };
      const interested = marks.get(id) ?? [];
      const own = proposal.organisationId === user.organisationId;
      return {
        id,
        callId: proposal.callId,
        seasonCode: proposal.call.seasonCode,
        status: proposal.status,
        title: proposal.title,
        performers: proposal.performers,
        venue: proposal.venue,
        organisation: {
          id: proposal.organisation.id,
          name: proposal.organisation.name,
          municipality: proposal.organisation.municipality,
        },
        possibleStarts: proposal.possibleStarts.map((start) => new Date(start).toISOString()),
        durationMinutes: proposal.durationMinutes,
        technicalNotes: proposal.technicalNotes,
        interestCount: interested.length,
        myInterest: interested.some((mark) => mark.organisationId === user.organisationId),
        costLines:
          own || isStaff(user)
            ? (costLines.get(id) ?? []).map(({ id: lineId, category, label, basis, plannedCents, vatRatePercent }) => ({
                id: lineId,
                category,
                label,
                basis,
                plannedCents,
                vatRatePercent,
              }))
            : null,
        editable: own && proposal.status === ProposalStatus.Submitted && acceptsProposals(proposal.call),
        declineReason: proposal.declineReason,
        eventId: proposal.eventId,
        createdAt: proposal.createdAt.toISOString(),
        updatedAt: proposal.updatedAt.toISOString(),
      };
    });
  }
}

export function assertCultureHouse(user: AuthenticatedUser): void {
  if (!isCultureHouseMember(user)) {
    throw new ProblemException(ProposalProblems.notCultureHouse, 'Enkel een cultuurhuis kan een voorstelling voorstellen.');
  }
}

function assertSatellite(user: AuthenticatedUser): void {
  if (user.role !== Role.Member) {
    throw new ProblemException(
      ProposalProblems.notSatellite,
      'Enkel cultuurhuizen en zorgcentra tonen interesse in een voorstel.',
    );
  }
}

export function assertUndecided(proposal: Proposal): void {
  if (proposal.status !== ProposalStatus.Submitted) {
    throw new ProblemException(
      ProposalProblems.alreadyDecided,
      proposal.status === ProposalStatus.Accepted
        ? `"${proposal.title}" is al aanvaard en staat als ontwerp in het programma.`
        : `"${proposal.title}" is al afgewezen.`,
      { currentStatus: proposal.status },
    );
  }
}

export function proposalNotFound(id: string): ProblemException {
  return new ProblemException(ProposalProblems.proposalNotFound, `Er is geen voorstel met id ${id}.`);
}

const sortedInstants = (instants: readonly Date[]) => [...instants].sort((a, b) => a.getTime() - b.getTime());

/** Every possible date must fall inside the call's season (its day in Belgium), as the event will have to. */
async function assertInSeason(manager: EntityManager, call: Call, starts: readonly Date[]): Promise<void> {
  const season = await manager.findOneByOrFail(Season, { code: call.seasonCode });
  const errors = starts.flatMap((start, index) =>
    outsideSeasonProblem(start, season)
      ? [
          {
            field: `possibleStarts.${index}`,
            message: `moet in seizoen ${season.code} liggen (${formatDutchCalendarDate(season.startsOn)} tot en met ${formatDutchCalendarDate(season.endsOn)})`,
          },
        ]
      : [],
  );
  if (errors.length > 0) {
    throw new ProblemException(
      ProposalProblems.invalid,
      `Een mogelijke datum valt buiten seizoen ${season.code}: ${errors.map((error) => error.field).join(', ')}.`,
      { errors },
    );
  }
}

async function saveCostLines(manager: EntityManager, proposalId: string, lines: SubmitProposalDto['costLines']): Promise<void> {
  await manager.insert(
    ProposalCostLine,
    lines.map((line, position) => ({ ...line, proposalId, position })),
  );
}
