import {
  committedResultCents,
  eventResult,
  finalFigures,
  forecastFigures,
  plannedFigures,
  unconfirmedLines,
  type EventFigures,
  type EventResult,
  type FinanceStage,
  type UnconfirmedLines,
} from './event-result.js';
import type { ClosedBooks, FinanceEvent } from './finance.repository.js';
import { exactSum } from './money.js';

/** Every figure of one event side by side: the three results, today's outlook and what it commits. */
export interface EventOutcome extends EventResult {
  stage: FinanceStage;
  planned: EventFigures;
  forecast: EventFigures;
  /** Closed events: the fixed final result plus corrections; otherwise what it would be today, or null while lines are unconfirmed. */
  final: { resultCents: number; fixed: boolean } | null;
  committedResultCents: number;
  unconfirmed: UnconfirmedLines;
}

export function financeStage(status: string, closed: ClosedBooks | null): FinanceStage {
  if (closed) return 'closed';
  return status === 'cancelled' ? 'cancelled' : 'open';
}

/**
 * Until an event has streamed, the plan stands for the satellites that have not signed on yet.
 * Judged on the status, not on the clock, so the same event gives the same figures whenever they
 * are asked; a shortfall shows from the moment the stream ends (StreamedEvents marks it).
 */
export function signOnsOpen(status: string): boolean {
  return status === 'draft' || status === 'published';
}

export function eventOutcome(event: FinanceEvent, result: EventResult = eventResult(event.inputs)): EventOutcome {
  const stage = financeStage(event.status, event.closed);
  const planned = plannedFigures(event.inputs, event.plan);
  const forecast = forecastFigures(event.inputs, event.plan, signOnsOpen(event.status));
  const todaysFinal = finalFigures(event.inputs);
  const final = event.closed
    ? { resultCents: exactSum([event.closed.fixedResultCents, event.closed.correctionsCents]), fixed: true }
    : todaysFinal && { resultCents: todaysFinal.resultCents, fixed: false };
  return {
    ...result,
    stage,
    planned,
    forecast,
    final,
    committedResultCents: committedResultCents({
      stage,
      plannedCents: planned.resultCents,
      forecastCents: forecast.resultCents,
      finalCents: event.closed ? (final as { resultCents: number }).resultCents : null,
    }),
    unconfirmed: unconfirmedLines(event.inputs),
  };
}
