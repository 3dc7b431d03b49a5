import { eventBudgetStatus, yearTotals } from './budget-year.js';
import { formatEuroCents } from '../common/format/dutch-format.js';
import { exactSum } from './money.js';

export interface PublishCheckInput {
  /** The budget year the event falls in, for the explanation. */
  year: number;
  projectedResultCents: number;
  /** The deficit its principle decision accepts, as a positive amount; null without a decision. */
  acceptedDeficitCents: number | null;
  approvedMarginCents: number;
  /** The projected results of the year's other events that count (published, streamed or cancelled). */
  otherEventsProjectedResultCents: readonly number[];
}

export type PublishRefusalReason = 'deficit_not_covered' | 'year_margin_exceeded';

export interface PublishRefusal {
  reason: PublishRefusalReason;
  detail: string;
}

export type PublishDecision =
  | { allowed: true }
  | {
      allowed: false;
      refusals: PublishRefusal[];
      /** The whole explanation in Dutch, for the 409's detail. */
      detail: string;
    };

/**
 * An event may go public when it breaks even, or when a principle decision accepts its deficit
 * and the year stays within the approved margin. A break-even event never blocks, even in a year
 * that other events already took past its margin: publishing it does not make matters worse.
 */
export function publishCheck(input: PublishCheckInput): PublishDecision {
  const { projectedResultCents: result, acceptedDeficitCents: accepted } = input;
  if (eventBudgetStatus(result, accepted) === 'break_even') return { allowed: true };

  const refusals: PublishRefusal[] = [];
  const deficit = formatEuroCents(-result);
  if (accepted === null) {
    refusals.push({
      reason: 'deficit_not_covered',
      detail: `Het verwachte tekort van ${deficit} is niet gedekt: leg eerst een principebeslissing vast die dit tekort aanvaardt.`,
    });
  } else if (accepted < -result) {
    refusals.push({
      reason: 'deficit_not_covered',
      detail: `Het verwachte tekort van ${deficit} is groter dan het tekort van ${formatEuroCents(accepted)} dat de principebeslissing aanvaardt.`,
    });
  }

  const year = yearTotals(input.approvedMarginCents, [...input.otherEventsProjectedResultCents, result]);
  if (year.status === 'margin_exceeded') {
    refusals.push({
      reason: 'year_margin_exceeded',
      detail:
        `Met deze voorstelling komt budgetjaar ${input.year} uit op ${formatEuroCents(year.resultCents)}, ` +
        `voorbij de goedgekeurde marge van ${formatEuroCents(input.approvedMarginCents)} ` +
        `(${formatEuroCents(exactSum([input.approvedMarginCents, -year.resultCents]))} te veel).`,
    });
  }

  if (refusals.length === 0) return { allowed: true };
  const detail = ['Deze voorstelling kan niet gepubliceerd worden.', ...refusals.map((r) => r.detail)].join(' ');
  return { allowed: false, refusals, detail };
}
