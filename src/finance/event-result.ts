import {
  AUDIENCES,
  assertValidInputs,
  perAudience,
  type CostLine,
  type EventFinanceInputs,
  type EventPlan,
  type OtherIncome,
  type PerAudience,
} from './finance-inputs.js';
import { assertNonNegative, exactProduct, exactSum } from './money.js';

/** One view of an event's money: every amount in cents excluding VAT. */
export interface EventFigures {
  satellitesByAudience: PerAudience<number>;
  satellites: number;
  /** The price snapshots of the satellites counted. */
  signOnRevenueCents: number;
  creditedCents: number;
  refundedCents: number;
  /** Kept from sign-ons that no longer count (see EventFinanceInputs.retainedCents). */
  retainedCents: number;
  otherIncomeCents: number;
  revenueCents: number;
  fixedCostCents: number;
  /** What one more satellite costs: the sum of the per-satellite lines. */
  costPerSatelliteCents: number;
  satelliteCostCents: number;
  costCents: number;
  /** Revenue minus cost; below zero is a deficit. */
  resultCents: number;
}

export interface EventResult {
  cancelled: boolean;
  /** Confirmed sign-ons only. */
  current: EventFigures;
  /** Also the pending sign-ons and the head of the waiting list that capacity allows. */
  projected: EventFigures;
}

/**
 * What a cost or income line weighs today: the planned amount stands in until the actual one is
 * known. Also for a cancelled event: a planned line nobody confirmed yet is not silently 0, it
 * counts as planned and is listed as "nog te bevestigen" (see unconfirmedLines) until finance
 * records what was really spent or received, possibly 0.
 */
export function lineCents(line: { plannedCents: number; actualCents: number | null }): number {
  return line.actualCents ?? line.plannedCents;
}

const incomeCents = (income: OtherIncome) => income.actualCents ?? income.amountCents;

export function costPerSatelliteCents(inputs: EventFinanceInputs): number {
  return exactSum(inputs.costLines.filter((line) => line.basis === 'per_satellite').map(lineCents));
}

interface CountedSignOns {
  satellitesByAudience: PerAudience<number>;
  revenueCents: number;
}

function countedSignOns(inputs: EventFinanceInputs, withProjection: boolean): CountedSignOns {
  const satellitesByAudience = perAudience((a) => inputs.signOns[a].confirmedCount);
  const revenues = AUDIENCES.map((a) => inputs.signOns[a].confirmedRevenueCents);
  // A cancelled event will get no further sign-ons, so it has nothing to project.
  if (withProjection && !inputs.cancelled) {
    for (const a of AUDIENCES) {
      satellitesByAudience[a] = exactSum([satellitesByAudience[a], inputs.signOns[a].pendingCount]);
      revenues.push(inputs.signOns[a].pendingRevenueCents);
    }
    // Pending sign-ons already hold their places; the waiting list fills what is left, strictly in order.
    const taken = exactSum(AUDIENCES.map((a) => satellitesByAudience[a]));
    const free = inputs.capacity === null ? inputs.waitingList.length : Math.max(0, inputs.capacity - taken);
    for (const waiting of inputs.waitingList.slice(0, free)) {
      satellitesByAudience[waiting.audience] += 1;
      revenues.push(waiting.priceCents);
    }
  }
  return { satellitesByAudience, revenueCents: exactSum(revenues) };
}

function figures(inputs: EventFinanceInputs, signOns: CountedSignOns): EventFigures {
  const satellites = exactSum(AUDIENCES.map((a) => signOns.satellitesByAudience[a]));
  const otherIncomeCents = exactSum(inputs.otherIncome.map(incomeCents));
  const revenueCents = exactSum([
    signOns.revenueCents,
    -inputs.creditedCents,
    -inputs.refundedCents,
    inputs.retainedCents,
    otherIncomeCents,
  ]);
  const fixedCostCents = exactSum(inputs.costLines.filter((line) => line.basis === 'fixed').map(lineCents));
  const perSatellite = costPerSatelliteCents(inputs);
  const satelliteCostCents = exactProduct(perSatellite, satellites);
  const costCents = exactSum([fixedCostCents, satelliteCostCents]);
  return {
    satellitesByAudience: signOns.satellitesByAudience,
    satellites,
    signOnRevenueCents: signOns.revenueCents,
    creditedCents: inputs.creditedCents,
    refundedCents: inputs.refundedCents,
    retainedCents: inputs.retainedCents,
    otherIncomeCents,
    revenueCents,
    fixedCostCents,
    costPerSatelliteCents: perSatellite,
    satelliteCostCents,
    costCents,
    resultCents: exactSum([revenueCents, -costCents]),
  };
}

export function eventResult(inputs: EventFinanceInputs): EventResult {
  assertValidInputs(inputs);
  return {
    cancelled: inputs.cancelled,
    current: figures(inputs, countedSignOns(inputs, false)),
    projected: figures(inputs, countedSignOns(inputs, true)),
  };
}

/** Lines without an actual amount: what finance still has to confirm before the books can close. */
export interface UnconfirmedLines {
  costLines: CostLine[];
  otherIncome: OtherIncome[];
}

export function unconfirmedLines(inputs: Pick<EventFinanceInputs, 'costLines' | 'otherIncome'>): UnconfirmedLines {
  return {
    costLines: inputs.costLines.filter((line) => line.actualCents === null),
    otherIncome: inputs.otherIncome.filter((income) => income.actualCents === null),
  };
}

/**
 * The plan alone: the expected satellites at the event's tariffs, less the planned costs (the
 * per-satellite lines times the expected satellites), plus the planned income. Actual amounts and
 * sign-ons play no part, so this is the figure an event is planned and published on.
 */
export function plannedFigures(inputs: EventFinanceInputs, plan: EventPlan): EventFigures {
  assertValidInputs(inputs);
  const planned: EventFinanceInputs = {
    ...inputs,
    costLines: inputs.costLines.map((line) => ({ ...line, actualCents: null })),
    otherIncome: inputs.otherIncome.map((income) => ({ ...income, actualCents: null })),
    creditedCents: 0,
    refundedCents: 0,
    retainedCents: 0,
  };
  for (const a of AUDIENCES) assertNonNegative(plan.expectedSatellites[a], `het verwachte aantal ${a}`);
  return figures(planned, {
    satellitesByAudience: perAudience((a) => plan.expectedSatellites[a]),
    revenueCents: exactSum(AUDIENCES.map((a) => exactProduct(inputs.tariffsCents[a], plan.expectedSatellites[a]))),
  });
}

/**
 * Today's outlook, for the committed total: the projection, plus, while sign-ons are still open,
 * the planned satellites that have not signed on yet at today's tariffs. Until the sign-on
 * deadline nobody knows they will not come; counting them as lost would make every newly
 * published event a deficit of its full cost.
 */
export function forecastFigures(inputs: EventFinanceInputs, plan: EventPlan, signOnsOpen: boolean): EventFigures {
  const projected = countedSignOns(inputs, true);
  if (signOnsOpen && !inputs.cancelled) {
    const revenues = [projected.revenueCents];
    for (const a of AUDIENCES) {
      const missing = Math.max(0, plan.expectedSatellites[a] - projected.satellitesByAudience[a]);
      projected.satellitesByAudience[a] += missing;
      revenues.push(exactProduct(inputs.tariffsCents[a], missing));
    }
    projected.revenueCents = exactSum(revenues);
  }
  return figures(inputs, projected);
}

/**
 * After the stream (or the cancellation), on actual amounts only: null while any line still lacks
 * its actual amount, because a closed figure must not rest on a guess.
 */
export function finalFigures(inputs: EventFinanceInputs): EventFigures | null {
  assertValidInputs(inputs);
  const open = unconfirmedLines(inputs);
  if (open.costLines.length > 0 || open.otherIncome.length > 0) return null;
  return figures(inputs, countedSignOns(inputs, false));
}

export type FinanceStage = 'open' | 'cancelled' | 'closed';

/**
 * What an event commits its budget year to. A closed event: its final result and the corrections
 * entered since. A cancelled one: today's figures, since it will neither sell nor run. An open one:
 * the worse of its plan and today's outlook, so neither a hopeful plan nor a lucky early run of
 * sign-ons can hide a loss from the margin.
 */
export function committedResultCents(input: {
  stage: FinanceStage;
  plannedCents: number;
  forecastCents: number;
  /** Closed events only: the fixed final result plus every correction since. */
  finalCents: number | null;
}): number {
  switch (input.stage) {
    case 'closed':
      if (input.finalCents === null) throw new RangeError('een afgesloten voorstelling heeft een eindresultaat');
      return input.finalCents;
    case 'cancelled':
      return input.forecastCents;
    case 'open':
      return Math.min(input.plannedCents, input.forecastCents);
  }
}
