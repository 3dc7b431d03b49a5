import { yearTotals } from './budget-year.js';
import { formatEuroCents } from '../common/format/dutch-format.js';
import { exactSum } from './money.js';

/** The one event a publish or a change is about, in committed results (see committedResultCents). */
export interface CheckedEvent {
  /** Its committed result before the change; null when it does not count yet (a draft being published). */
  beforeCents: number | null;
  afterCents: number;
  /** The deficit its principle decision accepts, as a positive amount; null without a decision. */
  acceptedDeficitCents: number | null;
  /** A cancelled show is not run, so it asks for no decision; its costs still weigh on the year. */
  cancelled?: boolean;
}

export interface BudgetCheckInput {
  /** The budget year, for the explanation. */
  year: number;
  approvedMarginCents: number;
  /** The committed results of the year's other counting events (published, streamed, cancelled). */
  otherCommittedCents: readonly number[];
  /** Absent when only the margin changes. */
  event?: CheckedEvent;
  /** What is being judged, for the first sentence of the 409: "gepubliceerd", "gewijzigd". */
  action: string;
}

export type BudgetRefusalReason = 'deficit_not_covered' | 'year_margin_exceeded' | 'margin_below_committed';

export interface BudgetRefusal {
  reason: BudgetRefusalReason;
  /** The figure that failed and the figure it had to reach, in cents. */
  figureCents: number;
  limitCents: number;
  /** By how much it failed, always positive. */
  shortfallCents: number;
  detail: string;
}

export type BudgetDecision =
  | { allowed: true }
  | {
      allowed: false;
      refusals: BudgetRefusal[];
      /** The whole explanation in Dutch, for the 409's detail. */
      detail: string;
    };

/**
 * The one budget rule for publishing, for every later change to a counting event, for a new margin
 * and for what-if: nothing may leave an event's deficit uncovered by its principle decision, or
 * take the year's committed total past its approved margin. A change that makes nothing worse is
 * never refused, even in a year that is already past its margin; a break-even event therefore
 * always publishes without a decision.
 */
export function budgetCheck(input: BudgetCheckInput): BudgetDecision {
  const { event } = input;
  if (event && (event.afterCents >= 0 || (event.beforeCents !== null && event.afterCents >= event.beforeCents))) {
    return { allowed: true };
  }
  const refusals: BudgetRefusal[] = [];
  if (event && !event.cancelled) {
    const deficit = -event.afterCents;
    const accepted = event.acceptedDeficitCents ?? 0;
    if (accepted < deficit) {
      refusals.push({
        reason: 'deficit_not_covered',
        figureCents: deficit,
        limitCents: accepted,
        shortfallCents: deficit - accepted,
        detail:
          (event.acceptedDeficitCents === null
            ? `Het geplande tekort van ${formatEuroCents(deficit)} is niet gedekt door een principebeslissing.`
            : `Het geplande tekort van ${formatEuroCents(deficit)} is ${formatEuroCents(deficit - accepted)} groter dan de ${formatEuroCents(accepted)} die de principebeslissing aanvaardt.`) +
          ` Leg een principebeslissing vast die minstens ${formatEuroCents(deficit)} aanvaardt, of verklein het tekort.`,
      });
    }
  }
  const results = event ? [...input.otherCommittedCents, event.afterCents] : input.otherCommittedCents;
  const year = yearTotals(input.approvedMarginCents, results);
  if (year.status === 'margin_exceeded') {
    const over = exactSum([input.approvedMarginCents, -year.resultCents]);
    refusals.push(
      event
        ? {
            reason: 'year_margin_exceeded',
            figureCents: year.resultCents,
            limitCents: input.approvedMarginCents,
            shortfallCents: over,
            detail:
              `Budgetjaar ${input.year} komt dan uit op ${formatEuroCents(year.resultCents)}, ` +
              `${formatEuroCents(over)} voorbij de goedgekeurde marge van ${formatEuroCents(input.approvedMarginCents)}. ` +
              `Verklein het tekort met minstens ${formatEuroCents(over)}, of laat de raad de marge verruimen tot ${formatEuroCents(year.resultCents)}.`,
          }
        : {
            reason: 'margin_below_committed',
            figureCents: year.resultCents,
            limitCents: input.approvedMarginCents,
            shortfallCents: over,
            detail:
              `Budgetjaar ${input.year} heeft al ${formatEuroCents(year.resultCents)} vastgelegd, ` +
              `${formatEuroCents(over)} meer verlies dan een marge van ${formatEuroCents(input.approvedMarginCents)} toelaat. ` +
              `Kies een marge van ${formatEuroCents(year.resultCents)} of lager.`,
          },
    );
  }
  if (refusals.length === 0) return { allowed: true };
  const detail = [`Dit kan niet ${input.action} worden.`, ...refusals.map((r) => r.detail)].join(' ');
  return { allowed: false, refusals, detail };
}

/**
 * The largest deficit a new event could still commit in this year inside the margin: what the
 * margin leaves once the other events' committed results are counted; 0 when nothing is left.
 */
export function absorbableDeficitCents(approvedMarginCents: number, committedCents: readonly number[]): number {
  return Math.max(0, exactSum([exactSum(committedCents), -approvedMarginCents]));
}
