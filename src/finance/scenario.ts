import { eventResult, plannedFigures, type EventResult } from './event-result.js';
import {
  perAudience,
  type AudienceSignOns,
  type CostLine,
  type EventFinanceInputs,
  type EventPlan,
  type PerAudience,
} from './finance-inputs.js';
import { assertNonNegative, divideRoundingUp, exactProduct, exactSum, scaleRoundingDown } from './money.js';
import { stillNeeded, type StillNeeded } from './still-needed.js';

export type CostLineOverride = Pick<CostLine, 'id'> & Partial<Omit<CostLine, 'id'>>;

/** Hypothetical changes to one event; whatever is left out stays as it is. */
export interface ScenarioChanges {
  tariffsCents?: Partial<PerAudience<number>>;
  /** "What if we had charged more": the existing sign-ons pay the tariff difference too. */
  repriceSignOns?: boolean;
  /** Another plan: "10 care centres fewer than planned". */
  expectedSatellites?: Partial<PerAudience<number>>;
  /** The number of confirmed satellites per audience. */
  satellites?: Partial<PerAudience<number>>;
  capacity?: number | null;
  costLineOverrides?: readonly CostLineOverride[];
  addedCostLines?: readonly CostLine[];
}

export interface ScenarioOutcome {
  inputs: EventFinanceInputs;
  result: EventResult;
  stillNeeded: PerAudience<StillNeeded>;
}

/** Lets the caller answer an unknown cost line with a 400 before running the scenario. */
export function unknownCostLineIds(inputs: EventFinanceInputs, changes: ScenarioChanges): string[] {
  const known = new Set(inputs.costLines.map((line) => line.id));
  return (changes.costLineOverrides ?? []).map((override) => override.id).filter((id) => !known.has(id));
}

/**
 * Existing sign-ons keep their price snapshots, as they do when a tariff really changes. Extra
 * satellites pay the scenario's tariff. Fewer satellites keep their share of the confirmed
 * revenue, rounded down so that a what-if never promises a cent too much.
 */
function scenarioSignOns(current: AudienceSignOns, count: number | undefined, tariffCents: number): AudienceSignOns {
  if (count === undefined) return current;
  assertNonNegative(count, 'het aantal satellieten');
  const { confirmedCount, confirmedRevenueCents } = current;
  const confirmedRevenue =
    count >= confirmedCount
      ? exactSum([confirmedRevenueCents, exactProduct(tariffCents, count - confirmedCount)])
      : scaleRoundingDown(confirmedRevenueCents, count, confirmedCount);
  return { ...current, confirmedCount: count, confirmedRevenueCents: confirmedRevenue };
}

/**
 * Existing sign-ons pay the difference between the scenario's tariff and today's, each; a lower
 * tariff never takes their revenue below 0.
 */
function repriced(current: AudienceSignOns, difference: number): AudienceSignOns {
  return {
    ...current,
    confirmedRevenueCents: Math.max(
      0,
      exactSum([current.confirmedRevenueCents, exactProduct(difference, current.confirmedCount)]),
    ),
    pendingRevenueCents: Math.max(0, exactSum([current.pendingRevenueCents, exactProduct(difference, current.pendingCount)])),
  };
}

export function applyPlan(plan: EventPlan, changes: ScenarioChanges): EventPlan {
  const expected = perAudience((a) => changes.expectedSatellites?.[a] ?? plan.expectedSatellites[a]);
  for (const count of Object.values(expected)) assertNonNegative(count, 'het verwachte aantal satellieten');
  return { expectedSatellites: expected };
}

/** Only the fields an override sets; a DTO may carry absent fields as undefined. */
function overrideLine(line: CostLine, override: CostLineOverride | undefined): CostLine {
  const set = Object.entries(override ?? {}).filter(([, value]) => value !== undefined);
  return { ...line, ...(Object.fromEntries(set) as Partial<CostLine>) };
}

export function applyScenario(inputs: EventFinanceInputs, changes: ScenarioChanges): EventFinanceInputs {
  const unknown = unknownCostLineIds(inputs, changes);
  if (unknown.length > 0) throw new RangeError(`onbekende kostenlijnen: ${unknown.join(', ')}`);
  const tariffsCents = perAudience((a) => changes.tariffsCents?.[a] ?? inputs.tariffsCents[a]);
  const overrides = new Map((changes.costLineOverrides ?? []).map((override) => [override.id, override]));
  return {
    ...inputs,
    capacity: changes.capacity === undefined ? inputs.capacity : changes.capacity,
    tariffsCents,
    signOns: perAudience((a) => {
      const existing = changes.repriceSignOns
        ? repriced(inputs.signOns[a], tariffsCents[a] - inputs.tariffsCents[a])
        : inputs.signOns[a];
      return scenarioSignOns(existing, changes.satellites?.[a], tariffsCents[a]);
    }),
    costLines: [...inputs.costLines.map((line) => overrideLine(line, overrides.get(line.id))), ...(changes.addedCostLines ?? [])],
  };
}

/** The same figures as for the real event, from the changed inputs; nothing is written anywhere. */
export function runScenario(inputs: EventFinanceInputs, changes: ScenarioChanges): ScenarioOutcome {
  const changed = applyScenario(inputs, changes);
  return { inputs: changed, result: eventResult(changed), stillNeeded: stillNeeded(changed) };
}

/**
 * For a plan that is not an event yet (a proposal), or a draft: the lowest tariff per audience,
 * the other audience's tariff unchanged, at which the planned result is 0 or more. Each planned
 * satellite of that audience pays the tariff, so the result moves by the expected count per cent.
 * Null when the plan expects no satellites of that audience: its tariff then changes nothing.
 */
export function breakEvenTariffs(inputs: EventFinanceInputs, plan: EventPlan): PerAudience<number | null> {
  const plannedResult = plannedFigures(inputs, plan).resultCents;
  return perAudience((audience) => {
    const expected = plan.expectedSatellites[audience];
    if (expected === 0) return null;
    const tariff = inputs.tariffsCents[audience];
    if (plannedResult < 0) return exactSum([tariff, divideRoundingUp(-plannedResult, expected)]);
    // BigInt division truncates, which is the floor for a non-negative result.
    return Math.max(0, tariff - Number(BigInt(plannedResult) / BigInt(expected)));
  });
}

/**
 * "How many satellites of this audience make the plan break even", with the other audience at its
 * planned count: the plan's satellites taken as confirmed, then still-needed. Meant for inputs
 * without sign-ons, where the plan is all there is.
 */
export function breakEvenSatellites(inputs: EventFinanceInputs, plan: EventPlan): PerAudience<StillNeeded> {
  return perAudience((audience) => {
    const others = perAudience((a) => (a === audience ? 0 : plan.expectedSatellites[a]));
    return stillNeeded(applyScenario(inputs, { satellites: others }))[audience];
  });
}
