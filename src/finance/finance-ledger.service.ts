import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { AuthenticatedUser } from '../accounts/authenticated-user.js';
import { recordAudit } from '../common/audit/audit.js';
import { ProblemException } from '../common/errors/problem.js';
import type { Page } from '../common/http/pagination.dto.js';
import type { CreateCostLineDto, CreateOtherIncomeDto, UpdateCostLineDto, UpdateOtherIncomeDto } from './dto/cost-line.dto.js';
import type { RecordDecisionDto, SetMarginDto } from './dto/budget-decision.dto.js';
import type { RecordCorrectionDto, SetPlanDto } from './dto/plan.dto.js';
import { BudgetYearRecord } from './entities/budget-year.entity.js';
import { CostLineRecord } from './entities/cost-line.entity.js';
import { EventClosingRecord } from './entities/event-closing.entity.js';
import { EventPlanRecord } from './entities/event-plan.entity.js';
import { FinanceCorrectionRecord } from './entities/finance-correction.entity.js';
import { OtherIncomeRecord } from './entities/other-income.entity.js';
import { PrincipleDecisionRecord } from './entities/principle-decision.entity.js';
import { finalFigures, unconfirmedLines } from './event-result.js';
import { FinanceProblems } from './finance.errors.js';
import { FinanceRepository, lockBudgetYear, scopeOfEvent } from './finance.repository.js';
import { PublishGuard, type ChangeKind } from './publish-guard.service.js';

/**
 * The audit subject types GET /api/finance/audit lists: the money entries, and beside them the
 * programme decisions (`event`: publish, move, cancel, new date, streamed, closed; `event_plan`;
 * `season`), because each one changes what a year commits.
 */
export const FINANCE_AUDIT_SUBJECTS = [
  'cost_line',
  'other_income',
  'budget_year',
  'principle_decision',
  'event',
  'event_plan',
  'season',
  'event_closing',
  'finance_correction',
] as const;

/**
 * Filling in what a supplier really invoiced, or a funder really paid, records a fact; any other
 * change is a choice. A form that sends the unchanged planned amount along still records a fact.
 */
const changeKind = (line: ObjectLiteral, changes: ObjectLiteral): ChangeKind =>
  Object.entries(changes).every(([key, value]) => value === undefined || key === 'actualCents' || line[key] === value)
    ? 'reality'
    : 'decision';

type Line = CostLineRecord | OtherIncomeRecord;
const LINE_KINDS = {
  cost_line: { entity: CostLineRecord, name: 'kostenlijn' },
  other_income: { entity: OtherIncomeRecord, name: 'inkomst' },
} as const;
type LineKind = keyof typeof LINE_KINDS;

/**
 * Every change to plans, costs, income, margins, decisions and closed books, each written together
 * with its audit entry, and each change to a counting event judged by the one budget rule (PublishGuard).
 */
@Injectable()
export class FinanceLedgerService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly guard: PublishGuard,
    private readonly repository: FinanceRepository,
  ) {}

  async setPlan(eventId: string, input: SetPlanDto, actor: AuthenticatedUser): Promise<EventPlanRecord> {
    return this.dataSource.transaction((manager) => this.setPlanWithin(manager, eventId, input, actor.id));
  }

  /** The plan change inside the caller's transaction, so a caller can create an event and plan it at once. */
  setPlanWithin(manager: EntityManager, eventId: string, input: SetPlanDto, actorUserId: string): Promise<EventPlanRecord> {
    return this.guard.guardChange(manager, eventId, 'decision', async () => {
      await this.requireEvent(manager, eventId);
      const repository = manager.getRepository(EventPlanRecord);
      const before = await repository.findOne({ where: { eventId } });
      const after = await repository.save({ eventId, ...input });
      await recordAudit(manager, {
        actorUserId,
        action: before ? 'event_plan.changed' : 'event_plan.set',
        subjectType: 'event_plan',
        subjectId: eventId,
        before,
        after,
      });
      return after;
    });
  }

  /**
   * Fixes the final result of a streamed or cancelled event once every line has its actual amount.
   * From then on nothing of the event changes; a later correction is a separate entry.
   */
  async close(eventId: string, actor: AuthenticatedUser): Promise<EventClosingRecord> {
    return this.dataSource.transaction(async (manager) => {
      await this.requireEvent(manager, eventId);
      await manager.query('SELECT id FROM events WHERE id = $1 FOR UPDATE', [eventId]);
      const [event] = await this.repository.load(scopeOfEvent(eventId), 'detail', manager);
      if (event.closed)
        throw new ProblemException(FinanceProblems.eventClosed, `De boeken van ${event.title} zijn al afgesloten.`);
      if (event.status !== 'streamed' && event.status !== 'cancelled') {
        throw new ProblemException(
          FinanceProblems.notClosable,
          `${event.title} is nog niet gestreamd of afgelast; de boeken gaan pas daarna dicht.`,
        );
      }
      const final = finalFigures(event.inputs);
      if (!final) {
        const open = unconfirmedLines(event.inputs);
        const labels = [...open.costLines, ...open.otherIncome].map((line) => line.label);
        throw new ProblemException(
          FinanceProblems.notClosable,
          `Vul eerst het werkelijke bedrag in (eventueel 0) van: ${labels.join(', ')}.`,
          { unconfirmed: open },
        );
      }
      const closing = await manager.getRepository(EventClosingRecord).save({
        eventId,
        closedAt: new Date(),
        closedByUserId: actor.id,
        finalResultCents: final.resultCents,
        finalFigures: final,
      });
      await recordAudit(manager, {
        actorUserId: actor.id,
        action: 'event.books_closed',
        subjectType: 'event_closing',
        subjectId: eventId,
        after: closing,
      });
      return closing;
    });
  }

  /** A late invoice or refund after closing: its own audited entry beside the fixed final result. */
  async recordCorrection(eventId: string, input: RecordCorrectionDto, actor: AuthenticatedUser) {
    return this.dataSource.transaction(async (manager) => {
      await this.requireEvent(manager, eventId);
      const closed = await manager.getRepository(EventClosingRecord).findOne({ where: { eventId } });
      if (!closed) {
        throw new ProblemException(
          FinanceProblems.notClosable,
          'Een correctie kan pas na het afsluiten; pas tot dan de lijnen zelf aan.',
        );
      }
      const repository = manager.getRepository(FinanceCorrectionRecord);
      const after = await repository.save(
        repository.create({ eventId, ...input, recordedByUserId: actor.id, recordedAt: new Date() }),
      );
      await recordAudit(manager, {
        actorUserId: actor.id,
        action: 'finance_correction.recorded',
        subjectType: 'finance_correction',
        subjectId: after.id,
        after,
      });
      return after;
    });
  }

  listCorrections(eventId: string): Promise<FinanceCorrectionRecord[]> {
    return this.dataSource.manager
      .getRepository(FinanceCorrectionRecord)
      .find({ where: { eventId }, order: { recordedAt: 'ASC', id: 'ASC' } });
  }

  addCostLine(eventId: string, input: CreateCostLineDto, actor: AuthenticatedUser) {
    return this.addLine('cost_line', eventId, { ...input, actualCents: input.actualCents ?? null }, actor);
  }

  /** A cost line added inside the caller's transaction, judged and audited as addCostLine does. */
  addCostLineWithin(manager: EntityManager, eventId: string, input: CreateCostLineDto, actorUserId: string) {
    return this.addLineWithin(manager, 'cost_line', eventId, { ...input, actualCents: input.actualCents ?? null }, actorUserId);
  }

  updateCostLine(eventId: string, id: string, changes: UpdateCostLineDto, actor: AuthenticatedUser) {
    return this.updateLine('cost_line', eventId, id, changes, actor);
  }

  addOtherIncome(eventId: string, input: CreateOtherIncomeDto, actor: AuthenticatedUser) {
    return this.addLine('other_income', eventId, { ...input, actualCents: input.actualCents ?? null }, actor);
  }

  updateOtherIncome(eventId: string, id: string, changes: UpdateOtherIncomeDto, actor: AuthenticatedUser) {
    return this.updateLine('other_income', eventId, id, changes, actor);
  }

  async listLines(kind: LineKind, eventId: string): Promise<Line[]> {
    await this.requireEvent(this.dataSource.manager, eventId);
    return this.dataSource.manager.getRepository<Line>(LINE_KINDS[kind].entity).find({
      where: { eventId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  async removeLine(kind: LineKind, eventId: string, id: string, actor: AuthenticatedUser): Promise<void> {
    await this.dataSource.transaction((manager) =>
      this.guard.guardChange(manager, eventId, 'decision', async () => {
        const line = await this.requireLine(manager, kind, eventId, id);
        await manager.delete(LINE_KINDS[kind].entity, { id });
        await recordAudit(manager, {
          actorUserId: actor.id,
          action: `${kind}.deleted`,
          subjectType: kind,
          subjectId: id,
          before: line,
        });
      }),
    );
  }

  async setMargin(year: number, input: SetMarginDto, actor: AuthenticatedUser): Promise<BudgetYearRecord> {
    return this.dataSource.transaction(async (manager) => {
      // A publish judged on the old margin commits first, or waits and is judged on the new one.
      await lockBudgetYear(manager, year);
      await this.guard.assertMarginFits(manager, year, input.approvedMarginCents);
      const repository = manager.getRepository(BudgetYearRecord);
      const before = await repository.findOne({ where: { year }, lock: { mode: 'pessimistic_write' } });
      const after = await repository.save({ year, ...input, setByUserId: actor.id, setAt: new Date() });
      await recordAudit(manager, {
        actorUserId: actor.id,
        action: before ? 'budget_year.margin_changed' : 'budget_year.margin_set',
        subjectType: 'budget_year',
        subjectId: String(year),
        before,
        after,
      });
      return after;
    });
  }

  /** A new decision replaces the event's previous one for every figure; the old one stays in the table and the audit. */
  async recordDecision(eventId: string, input: RecordDecisionDto, actor: AuthenticatedUser): Promise<PrincipleDecisionRecord> {
    return this.dataSource.transaction(async (manager) => {
      await this.requireEvent(manager, eventId);
      const repository = manager.getRepository(PrincipleDecisionRecord);
      const before = await repository.findOne({ where: { eventId }, order: { decidedAt: 'DESC', id: 'ASC' } });
      const after = await repository.save(
        repository.create({
          eventId,
          acceptedDeficitCents: input.acceptedDeficitCents,
          reasons: input.reasons,
          otherReason: input.reasons.includes('other') ? (input.otherReason ?? null) : null,
          decidedBy: input.decidedBy,
          decidedAt: input.decidedAt ?? new Date(),
          recordedByUserId: actor.id,
        }),
      );
      await recordAudit(manager, {
        actorUserId: actor.id,
        action: 'principle_decision.recorded',
        subjectType: 'principle_decision',
        subjectId: eventId,
        before,
        after,
      });
      return after;
    });
  }

  async audit(limit: number, offset: number): Promise<Page<Record<string, unknown>>> {
    const items: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT a.id, a.at, a.actor_user_id AS "actorUserId", u.full_name AS "actorName", a.action,
              a.subject_type AS "subjectType", a.subject_id AS "subjectId", a.before, a.after
         FROM audit_entries a LEFT JOIN users u ON u.id = a.actor_user_id
        WHERE a.subject_type = ANY($1) ORDER BY a.at DESC, a.id DESC LIMIT $2 OFFSET $3`,
      [FINANCE_AUDIT_SUBJECTS, limit, offset],
    );
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM audit_entries WHERE subject_type = ANY($1)`,
      [FINANCE_AUDIT_SUBJECTS],
    );
    return { items, total };
  }

  /** A new line that arrives with its actual amount is a supplier's invoice nobody planned: reality. */
  private addLine(kind: LineKind, eventId: string, fields: ObjectLiteral, actor: AuthenticatedUser): Promise<Line> {
    return this.dataSource.transaction((manager) => this.addLineWithin(manager, kind, eventId, fields, actor.id));
  }

  private addLineWithin(
    manager: EntityManager,
    kind: LineKind,
    eventId: string,
    fields: ObjectLiteral,
    actorUserId: string,
  ): Promise<Line> {
    const how: ChangeKind = kind === 'cost_line' && fields.actualCents !== null ? 'reality' : 'decision';
    return this.guard.guardChange(manager, eventId, how, async () => {
      await this.requireEvent(manager, eventId);
      const repository = manager.getRepository<Line>(LINE_KINDS[kind].entity);
      const after = await repository.save(repository.create({ ...fields, eventId }));
      await recordAudit(manager, {
        actorUserId,
        action: `${kind}.created`,
        subjectType: kind,
        subjectId: after.id,
        after,
      });
      return after;
    });
  }

  private async updateLine(kind: LineKind, eventId: string, id: string, changes: ObjectLiteral, actor: AuthenticatedUser) {
    return this.dataSource.transaction(async (manager) => {
      // Read without a lock: the guard locks the event and its year first, and the line after them.
      const current = await this.requireLine(manager, kind, eventId, id, false);
      return this.guard.guardChange(manager, eventId, changeKind(current, changes), async () => {
        const before = await this.requireLine(manager, kind, eventId, id);
        const set = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
        const after = await manager.getRepository<Line>(LINE_KINDS[kind].entity).save({ ...before, ...set });
        await recordAudit(manager, {
          actorUserId: actor.id,
          action: `${kind}.updated`,
          subjectType: kind,
          subjectId: id,
          before,
          after,
        });
        return after;
      });
    });
  }

  private async requireLine(manager: EntityManager, kind: LineKind, eventId: string, id: string, lock = true): Promise<Line> {
    const entity: EntityTarget<Line> = LINE_KINDS[kind].entity;
    const line = await manager
      .getRepository(entity)
      .findOne({ where: { id, eventId }, ...(lock && { lock: { mode: 'pessimistic_write' as const } }) });
    if (!line) {
      throw new ProblemException(
        FinanceProblems.lineNotFound,
        `Deze voorstelling heeft geen ${LINE_KINDS[kind].name} met id ${id}.`,
      );
    }
    return line;
  }

  private async requireEvent(manager: EntityManager, eventId: string): Promise<void> {
    const rows: unknown[] = await manager.query('SELECT 1 FROM events WHERE id = $1', [eventId]);
    if (rows.length === 0)
      throw new ProblemException(FinanceProblems.eventNotFound, `Er is geen voorstelling met id ${eventId}.`);
  }
}
