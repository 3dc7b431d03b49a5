import {
  AUDIENCES,
  assertValidInputs,
  perAudience,
  type CostLine,
  type EventFinanceInputs,
  type PerAudience,
} from './finance-inputs.js';
import { exactProduct, exactSum } from './money.js';

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
 * What a cost line weighs. A planned amount stands in until the actual one is known; once an
 * event is cancelled only money really spent counts, so a line without an actual amount is 0.
 */
export function costLineCents(line: CostLine, cancelled: boolean): number {
  return line.actualCents ?? (cancelled ? 0 : line.plannedCents);
}

export function costPerSatelliteCents(inputs: EventFinanceInputs): number {
  return exactSum(
    inputs.costLines.filter((line) => line.basis === 'per_satellite').map((l) => costLineCents(l, inputs.cancelled)),
  );
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
  const otherIncomeCents = exactSum(inputs.otherIncome.map((income) => income.amountCents));
  const revenueCents = exactSum([
    signOns.revenueCents,
    -inputs.creditedCents,
    -inputs.refundedCents,
    inputs.retainedCents,
    otherIncomeCents,
  ]);
  const fixedCostCents = exactSum(
    inputs.costLines.filter((line) => line.basis === 'fixed').map((line) => costLineCents(line, inputs.cancelled)),
  );
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
