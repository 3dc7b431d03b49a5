import { Injectable } from '@nestjs/common';
import { ProblemException } from '../common/errors/problem.js';
import { eventResult } from './event-result.js';
import { FinanceProblems } from './finance.errors.js';
import { FinanceRepository, scopeOfEvent, scopeOfYear } from './finance.repository.js';
import { publishCheck } from './publish-check.js';

/**
 * The budget rule EventsService.publish calls before an event goes public. It lives in the
 * finance module, which knows nothing of EventsModule, so the two import in one direction only.
 */
@Injectable()
export class PublishGuard {
  constructor(private readonly repository: FinanceRepository) {}

  /** Throws a 409 with the Dutch explanation when the projected deficit is not covered or would take the year past its margin. */
  async assertMayPublish(eventId: string): Promise<void> {
    const [event] = await this.repository.load(scopeOfEvent(eventId), 'summed');
    if (!event) return;
    const [yearEvents, margins] = await Promise.all([
      this.repository.load(scopeOfYear(event.budgetYear), 'summed'),
      this.repository.margins([event.budgetYear]),
    ]);
    const decision = publishCheck({
      year: event.budgetYear,
      projectedResultCents: eventResult(event.inputs).projected.resultCents,
      acceptedDeficitCents: event.acceptedDeficitCents,
      approvedMarginCents: margins.get(event.budgetYear)?.approvedMarginCents ?? 0,
      otherEventsProjectedResultCents: yearEvents
        .filter((other) => other.id !== eventId)
        .map((other) => eventResult(other.inputs).projected.resultCents),
    });
    if (!decision.allowed) {
      throw new ProblemException(FinanceProblems.publishRefused, decision.detail, { reasons: decision.refusals });
    }
  }
}
