import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ProblemException } from '../common/errors/problem.js';
import { addToOutbox, OutboxTopic } from '../common/outbox/outbox.js';
import { eventOutcome } from './event-outcome.js';
import { FinanceProblems } from './finance.errors.js';
import { FinanceRepository, lockBudgetYear, scopeOfEvent, scopeOfYear, type FinanceEvent } from './finance.repository.js';
import { budgetCheck, type BudgetDecision } from './publish-check.js';

/** How a change came about: a decision of ours, or a fact the world forced on us (a supplier's invoice). */
export type ChangeKind = 'decision' | 'reality';

/**
 * The budget rule (budgetCheck) applied to the database, for every path that can change what a
 * budget year commits: publishing (EventsService), cost, income and plan changes (the ledger),
 * tariff changes and moves (EventsService.update) and new margins. It lives in the finance module,
 * which knows nothing of EventsModule, so the two import in one direction only.
 *
 * Every method runs inside the caller's transaction. It locks the event row, then the budget year
 * (always in that order, so two paths cannot deadlock), and holds both until commit: the next
 * change to that year waits, and is then judged with this one applied. Two changes that each fit
 * the margin but not together therefore never both pass.
 */
@Injectable()
export class PublishGuard {
  constructor(private readonly repository: FinanceRepository) {}

  /** Throws the Dutch 409 when the draft's plan leaves a deficit uncovered or takes its year past the margin. */
  async assertMayPublish(eventId: string, manager: EntityManager): Promise<void> {
    const year = await this.lockEventAndYear(manager, eventId);
    if (year === null) return;
    const event = await this.loadEvent(manager, eventId);
    const decision = await this.judge(event, null, eventOutcome(event).committedResultCents, 'gepubliceerd', manager);
    if (!decision.allowed) {
      throw new ProblemException(FinanceProblems.publishRefused, decision.detail, { reasons: decision.refusals });
    }
  }

  /**
   * Applies `change` and judges the event before and after. A draft is judged when it is
   * published, and a closed event cannot change at all. A decision that makes matters worse than
   * the rule allows is rolled back with a 409; reality is recorded anyway and flags the event as
   * "tekort zonder beslissing", mailing finance the first time.
   */
  async guardChange<T>(manager: EntityManager, eventId: string, kind: ChangeKind, change: () => Promise<T>): Promise<T> {
    const year = await this.lockEventAndYear(manager, eventId);
    if (year === null) return change();
    const before = await this.loadEvent(manager, eventId);
    if (before.closed) {
      throw new ProblemException(
        FinanceProblems.eventClosed,
        `De boeken van ${before.title} zijn afgesloten. Een latere wijziging is een correctie, geen aanpassing van een afgesloten bedrag.`,
      );
    }
    if (before.status === 'draft') return change();
    const beforeCents = eventOutcome(before).committedResultCents;
    const result = await change();
    const after = await this.loadEvent(manager, eventId);
    if (after.budgetYear !== year) await lockBudgetYear(manager, after.budgetYear);
    const decision = await this.judge(after, beforeCents, eventOutcome(after).committedResultCents, 'gewijzigd', manager);
    if (decision.allowed) return result;
    if (kind === 'decision') {
      throw new ProblemException(FinanceProblems.changeRefused, decision.detail, { reasons: decision.refusals });
    }
    await this.flagUncoveredDeficit(manager, after);
    return result;
  }

  /** A margin may not be set below what the year has already committed. Call with the year locked. */
  async assertMarginFits(manager: EntityManager, year: number, approvedMarginCents: number): Promise<void> {
    const events = await this.repository.load(scopeOfYear(year), 'summed', manager);
    const decision = budgetCheck({
      year,
      approvedMarginCents,
      otherCommittedCents: events.map((event) => eventOutcome(event).committedResultCents),
      action: 'vastgelegd',
    });
    if (!decision.allowed) {
      throw new ProblemException(FinanceProblems.marginRefused, decision.detail, { reasons: decision.refusals });
    }
  }

  /**
   * The rule on the database's figures: `event` moving from `beforeCents` (null: not counting yet)
   * to `afterCents`, against the committed results of the other events of its year. Also what
   * what-if calls, so a scenario's verdict is the one the real change would get.
   */
  async judge(
    event: FinanceEvent,
    beforeCents: number | null,
    afterCents: number,
    action: string,
    manager?: EntityManager,
  ): Promise<BudgetDecision> {
    const year = event.budgetYear;
    const yearEvents = await this.repository.load(scopeOfYear(year), 'summed', manager);
    const margins = await this.repository.margins([year], manager);
    return budgetCheck({
      year,
      approvedMarginCents: margins.get(year)?.approvedMarginCents ?? 0,
      otherCommittedCents: yearEvents
        .filter((other) => other.id !== event.id)
        .map((other) => eventOutcome(other).committedResultCents),
      action,
      event: {
        beforeCents,
        afterCents,
        acceptedDeficitCents: event.acceptedDeficitCents,
        cancelled: event.status === 'cancelled',
      },
    });
  }

  /** One row per event: finance is mailed the first time only. */
  private async flagUncoveredDeficit(manager: EntityManager, event: FinanceEvent): Promise<void> {
    const committed = eventOutcome(event).committedResultCents;
    const inserted: unknown[] = await manager.query(
      `INSERT INTO uncovered_deficits (event_id, flagged_at, committed_result_cents) VALUES ($1, now(), $2)
       ON CONFLICT (event_id) DO NOTHING RETURNING event_id`,
      [event.id, committed],
    );
    if (inserted.length > 0) {
      await addToOutbox(manager, OutboxTopic.FinanceUncoveredDeficit, {
        eventId: event.id,
        title: event.title,
        committedResultCents: committed,
        acceptedDeficitCents: event.acceptedDeficitCents,
      });
    }
  }

  private async lockEventAndYear(manager: EntityManager, eventId: string): Promise<number | null> {
    const rows: unknown[] = await manager.query('SELECT id FROM events WHERE id = $1 FOR UPDATE', [eventId]);
    if (rows.length === 0) return null;
    const year = (await this.repository.budgetYearOf(eventId, manager)) as number;
    await lockBudgetYear(manager, year);
    return year;
  }

  private async loadEvent(manager: EntityManager, eventId: string): Promise<FinanceEvent> {
    const [event] = await this.repository.load(scopeOfEvent(eventId), 'summed', manager);
    return event;
  }
}
