import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { recordAudit } from '../common/audit/audit.js';
import { ProblemException } from '../common/errors/problem.js';
import { sqlState } from '../common/errors/to-problem.js';
import { formatDutchDateTime } from '../common/format/dutch-format.js';
import { SeasonsService } from '../events/seasons.service.js';
import { acceptsProposals, CallView, type OpenCallDto } from './dto/call.dto.js';
import { Call } from './entities/call.entity.js';
import { ProposalProblems } from './proposals.errors.js';

/** Opening and closing calls for proposals; one open call per season, kept by a unique index. */
@Injectable()
export class CallsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly seasons: SeasonsService,
  ) {}

  async list(): Promise<CallView[]> {
    const rows = await this.dataSource.query<{ id: string; proposals: number }[]>(
      `SELECT c.id, count(p.id)::int AS proposals FROM calls c LEFT JOIN proposals p ON p.call_id = c.id
        GROUP BY c.id`,
    );
    const counts = new Map(rows.map((row) => [row.id, row.proposals]));
    const calls = await this.dataSource.getRepository(Call).find({ order: { openedAt: 'DESC', id: 'ASC' } });
    return calls.map((call) => CallView.of(call, counts.get(call.id) ?? 0));
  }

  async get(id: string): Promise<CallView> {
    const call = await this.require(id);
    const [{ count }] = await this.dataSource.query<{ count: number }[]>(
      'SELECT count(*)::int AS count FROM proposals WHERE call_id = $1',
      [id],
    );
    return CallView.of(call, count);
  }

  async open(input: OpenCallDto, actorUserId: string): Promise<CallView> {
    await this.seasons.get(input.seasonCode);
    if (input.deadline.getTime() <= Date.now()) {
      throw invalid('deadline', 'De deadline moet in de toekomst liggen.', 'moet in de toekomst liggen');
    }
    try {
      const call = await this.dataSource.transaction(async (manager) => {
        const saved = await manager.save(manager.create(Call, { ...input, openedByUserId: actorUserId, closedAt: null }));
        await recordAudit(manager, {
          actorUserId,
          action: 'call.opened',
          subjectType: 'call',
          subjectId: saved.id,
          after: saved,
        });
        return saved;
      });
      return CallView.of(call, 0);
    } catch (error) {
      if (sqlState(error) === '23505') {
        throw new ProblemException(
          ProposalProblems.callAlreadyOpen,
          `Voor seizoen ${input.seasonCode} loopt al een oproep. Sluit die eerst af.`,
          { errors: [{ field: 'seasonCode', message: 'heeft al een open oproep' }] },
        );
      }
      throw error;
    }
  }

  /** After closing, nobody proposes or edits; proposals already in stay to be decided. */
  async close(id: string, actorUserId: string): Promise<CallView> {
    await this.dataSource.transaction(async (manager) => {
      const call = await manager.findOne(Call, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!call) throw callNotFound(id);
      if (call.closedAt) throw new ProblemException(ProposalProblems.callClosed, 'Deze oproep is al afgesloten.');
      const before = { ...call };
      call.closedAt = new Date();
      call.closedByUserId = actorUserId;
      await manager.save(call);
      await recordAudit(manager, { actorUserId, action: 'call.closed', subjectType: 'call', subjectId: id, before, after: call });
    });
    return this.get(id);
  }

  /**
   * The call, read FOR SHARE in the caller's transaction: a close waits until the proposal is
   * written, or goes first and the proposal is refused. After the deadline: a Dutch 409.
   */
  async requireAcceptingProposals(manager: EntityManager, id: string): Promise<Call> {
    const call = await manager.findOne(Call, { where: { id }, lock: { mode: 'pessimistic_read' } });
    if (!call) throw callNotFound(id);
    if (!acceptsProposals(call)) {
      throw new ProblemException(
        ProposalProblems.callClosed,
        call.closedAt
          ? `De oproep voor seizoen ${call.seasonCode} is afgesloten; voorstellen kunnen niet meer.`
          : `De oproep voor seizoen ${call.seasonCode} liep tot ${formatDutchDateTime(call.deadline)}; voorstellen kunnen niet meer.`,
      );
    }
    return call;
  }

  async require(id: string, manager: EntityManager = this.dataSource.manager): Promise<Call> {
    const call = await manager.findOne(Call, { where: { id } });
    if (!call) throw callNotFound(id);
    return call;
  }
}

export function callNotFound(id: string): ProblemException {
  return new ProblemException(ProposalProblems.callNotFound, `Er is geen oproep met id ${id}.`);
}

export function invalid(field: string, detail: string, message: string): ProblemException {
  return new ProblemException(ProposalProblems.invalid, detail, { errors: [{ field, message }] });
}
