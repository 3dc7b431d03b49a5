import type { YearTotals } from '../finance/budget-year.js';
import type { DecisionReason } from '../finance/entities/principle-decision.entity.js';
import { summariseFeedback, type FeedbackAnswer, type SatisfactionScore } from '../impact/feedback-summary.js';
import { partnerTurnover, type PartnerTurnover } from './partner-turnover.js';
import { compareWithPreviousYear, type Comparison } from './year-over-year.js';

/** One organisation taking part in one streamed event (see docs/year-report.md for who counts). */
export interface TakingPartRow {
  organisationId: string;
  kind: 'culture_house' | 'care_centre';
}

export interface DecisionRow {
  eventTitle: string;
  eventStartsAt: Date;
  acceptedDeficitCents: number;
  reasons: DecisionReason[];
  otherReason: string | null;
  decidedBy: string;
  decidedAt: Date;
}

/** The budget year as src/finance computes it: its margin and the result the margin is judged on. */
export interface YearFinance {
  approvedMarginCents: number;
  committed: YearTotals;
  /** Every event's books are closed, so the result is final rather than expected. */
  allBooksClosed: boolean;
}

/** Everything one budget year holds for the report, as plain rows. */
export interface YearRows {
  year: number;
  /** The statuses of the year's events that were ever published (drafts never count). */
  eventStatuses: string[];
  takingPart: TakingPartRow[];
  feedback: FeedbackAnswer[];
  /** Null when the budget year has no events. */
  finance: YearFinance | null;
  decisions: DecisionRow[];
}

export interface Figure {
  value: number;
  comparison: Comparison | null;
}

export interface YearReport {
  year: number;
  previousYear: number;
  streamsHeld: Figure;
  streamsCancelled: Figure;
  cultureHouses: Figure & Omit<PartnerTurnover, 'total'>;
  careCentres: Figure & Omit<PartnerTurnover, 'total'>;
  viewers: Figure;
  satellitesReported: Figure;
  satisfaction: { average: number | null; comparison: Comparison | null; counts: Record<SatisfactionScore, number> };
  finance:
    | (Omit<YearTotals, 'status'> & {
        approvedMarginCents: number;
        withinMargin: boolean;
        final: boolean;
        comparison: Comparison | null;
      })
    | null;
  decisions: DecisionRow[];
}

const partnersOf = (rows: YearRows, kind: TakingPartRow['kind']) =>
  rows.takingPart.filter((row) => row.kind === kind).map((row) => row.organisationId);

const countStatus = (rows: YearRows, status: string) => rows.eventStatuses.filter((s) => s === status).length;

/**
 * The year in figures, each against the year before. A previous year without events has no data,
 * so nothing is compared with it; the same goes for the feedback figures when nobody answered then,
 * and for the result when the budget year had no events.
 */
export function yearReport(current: YearRows, previous: YearRows): YearReport {
  const previousYear = previous.year;
  const hadEvents = previous.eventStatuses.length > 0;
  const figure = (value: number, previousValue: number | null): Figure => ({
    value,
    comparison: compareWithPreviousYear(value, previousValue, previousYear),
  });
  const eventFigure = (pick: (rows: YearRows) => number) => figure(pick(current), hadEvents ? pick(previous) : null);
  const partners = (kind: TakingPartRow['kind']) => {
    const lastYear = hadEvents ? partnersOf(previous, kind) : null;
    const { total, ...turnover } = partnerTurnover(partnersOf(current, kind), lastYear);
    return { ...figure(total, lastYear === null ? null : new Set(lastYear).size), ...turnover };
  };
  const feedback = summariseFeedback(current.feedback);
  const before = summariseFeedback(previous.feedback);
  const answeredBefore = before.reported > 0;
  return {
    year: current.year,
    previousYear,
    streamsHeld: eventFigure((rows) => countStatus(rows, 'streamed')),
    streamsCancelled: eventFigure((rows) => countStatus(rows, 'cancelled')),
    cultureHouses: partners('culture_house'),
    careCentres: partners('care_centre'),
    viewers: figure(feedback.viewers, answeredBefore ? before.viewers : null),
    satellitesReported: figure(feedback.reported, answeredBefore ? before.reported : null),
    satisfaction: {
      average: feedback.averageSatisfaction,
      comparison:
        feedback.averageSatisfaction === null
          ? null
          : compareWithPreviousYear(feedback.averageSatisfaction, before.averageSatisfaction, previousYear),
      counts: feedback.satisfactionCounts,
    },
    finance: financeFigures(current.finance, previous.finance, previousYear),
    decisions: current.decisions,
  };
}

function financeFigures(current: YearFinance | null, previous: YearFinance | null, previousYear: number): YearReport['finance'] {
  if (!current) return null;
  const { status, ...totals } = current.committed;
  return {
    ...totals,
    approvedMarginCents: current.approvedMarginCents,
    withinMargin: status === 'within_margin',
    final: current.allBooksClosed,
    comparison: compareWithPreviousYear(totals.resultCents, previous?.committed.resultCents ?? null, previousYear),
  };
}
