import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ProblemException } from '../common/errors/problem.js';
import { eventResult } from './event-result.js';
import { FinanceProblems } from './finance.errors.js';
import { FinanceRepository, lockBudgetYear, scopeOfEvent, scopeOfYear } from './finance.repository.js';
import { publishCheck } from './publish-check.js';

/**
 * The budget rule EventsService.publish calls before an event goes public. It lives in the
 * finance module, which knows nothing of EventsModule, so the two import in one direction only.
 */
@Injectable()
export class PublishGuard {
  constructor(private readonly repository: FinanceRepository) {}

  /**
   * Throws a 409 with the Dutch explanation when the projected deficit is not covered or would take
   * the year past its margin. Call it inside the transaction that publishes, with the event row
   * locked: it takes the budget year's lock there and holds it until commit, so the next publish
   * of that year waits and then sees this one as published. Two loss-making events can therefore
   * never pass the margin together, each judged on a year without the other.
   */
  async assertMayPublish(eventId: string, manager: EntityManager): Promise<void> {
    const year = await this.repository.budgetYearOf(eventId, manager);
    if (year === null) return;
    await lockBudgetYear(manager, year);
    // One connection: the queries run one after the other.
    const [event] = await this.repository.load(scopeOfEvent(eventId), 'summed', manager);
    const yearEvents = await this.repository.load(scopeOfYear(year), 'summed', manager);
    const margins = await this.repository.margins([year], manager);
    const decision = publishCheck({
      year,
      projectedResultCents: eventResult(event.inputs).projected.resultCents,
      acceptedDeficitCents: event.acceptedDeficitCents,
      approvedMarginCents: margins.get(year)?.approvedMarginCents ?? 0,
      otherEventsProjectedResultCents: yearEvents
        .filter((other) => other.id !== eventId)
        .map((other) => eventResult(other.inputs).projected.resultCents),
    });
    if (!decision.allowed) {
      throw new ProblemException(FinanceProblems.publishRefused, decision.detail, { reasons: decision.refusals });
    }
  }
}
