import { assertCents, assertNonNegative, exactSum } from './money.js';

/**
 * `cancelled`: the show did not go ahead. Its incurred cost still counts against the margin, but
 * a principle decision is a decision to run a loss-making show, so none is asked for.
 */
export type EventBudgetStatus = 'break_even' | 'deficit_covered' | 'deficit_needs_decision' | 'cancelled';
export type YearBudgetStatus = 'within_margin' | 'margin_exceeded';

/** One event of the budget year (the Brussels calendar year of its start). */
export interface YearEventInput {
  eventId: string;
  cancelled: boolean;
  resultCents: number;
  projectedResultCents: number;
  /** From the plan alone. */
  plannedResultCents: number;
  /** Closed events only: the fixed final result plus later corrections. */
  finalResultCents: number | null;
  /** What the event commits the year to (committedResultCents): the figure the margin is judged on. */
  committedResultCents: number;
  /** The deficit its principle decision accepts, as a positive amount; null without a decision. */
  acceptedDeficitCents: number | null;
}

export interface YearTotals {
  resultCents: number;
  /** How much of the margin the total uses: the negative part of the total, as a positive amount. */
  marginUsedCents: number;
  /** What may still be lost this year; below zero by how much the margin is exceeded. */
  marginRemainingCents: number;
  status: YearBudgetStatus;
}

export interface YearEventView extends YearEventInput {
  status: EventBudgetStatus;
}

export interface BudgetYearView {
  approvedMarginCents: number;
  events: YearEventView[];
  /** From confirmed sign-ons only. */
  current: YearTotals;
  /** Counting pending and waitlisted sign-ons that capacity allows: what the year heads for. */
  projected: YearTotals;
  /** The plans of the year's events. */
  planned: YearTotals;
  /** The closed events' final results only. */
  final: YearTotals;
  /** Final for closed events, the worse of plan and outlook for open ones: the margin is judged on this. */
  committed: YearTotals;
}

/** A decision covers a deficit when it accepts at least that much. */
export function eventBudgetStatus(
  resultCents: number,
  acceptedDeficitCents: number | null,
  cancelled = false,
): EventBudgetStatus {
  if (cancelled) return 'cancelled';
  if (assertCents(resultCents, 'het resultaat') >= 0) return 'break_even';
  if (acceptedDeficitCents !== null && assertNonNegative(acceptedDeficitCents, 'het aanvaarde tekort') >= -resultCents) {
    return 'deficit_covered';
  }
  return 'deficit_needs_decision';
}

/**
 * The approved margin is how far below zero the year may end, so it is zero or negative
 * (-800000 cents in 2023). A year without a margin set has a margin of 0.
 */
export function yearTotals(approvedMarginCents: number, resultsCents: readonly number[]): YearTotals {
  assertApprovedMargin(approvedMarginCents);
  const resultCents = exactSum(resultsCents);
  const marginUsedCents = Math.max(0, -resultCents);
  return {
    resultCents,
    marginUsedCents,
    marginRemainingCents: exactSum([-approvedMarginCents, -marginUsedCents]),
    status: resultCents >= approvedMarginCents ? 'within_margin' : 'margin_exceeded',
  };
}

/** Event statuses follow the committed result, the figure that publishing and every change are judged on too. */
export function budgetYear(approvedMarginCents: number, events: readonly YearEventInput[]): BudgetYearView {
  return {
    approvedMarginCents,
    events: events.map((event) => ({
      ...event,
      status: eventBudgetStatus(event.committedResultCents, event.acceptedDeficitCents, event.cancelled),
    })),
    current: yearTotals(
      approvedMarginCents,
      events.map((event) => event.resultCents),
    ),
    projected: yearTotals(
      approvedMarginCents,
      events.map((event) => event.projectedResultCents),
    ),
    planned: yearTotals(
      approvedMarginCents,
      events.map((event) => event.plannedResultCents),
    ),
    final: yearTotals(
      approvedMarginCents,
      events.flatMap((event) => (event.finalResultCents === null ? [] : [event.finalResultCents])),
    ),
    committed: yearTotals(
      approvedMarginCents,
      events.map((event) => event.committedResultCents),
    ),
  };
}

export function assertApprovedMargin(approvedMarginCents: number): void {
  if (assertCents(approvedMarginCents, 'de goedgekeurde marge') > 0) {
    throw new RangeError('de goedgekeurde marge is een verlies en dus nul of negatief');
  }
}
