import { plannedFigures, type EventFigures } from '../finance/event-result.js';
import type { CostLine, EventFinanceInputs, EventPlan, PerAudience } from '../finance/finance-inputs.js';
import { applyPlan, applyScenario, breakEvenSatellites, breakEvenTariffs, type ScenarioChanges } from '../finance/scenario.js';
import type { StillNeeded } from '../finance/still-needed.js';

/**
 * A proposal as the break-even maths sees it: a draft without sign-ons, its cost lines planned and
 * not yet invoiced, the tariffs satellites would pay today, and no capacity limit.
 */
export function proposalInputs(costLines: readonly Omit<CostLine, 'actualCents'>[], tariffsCents: PerAudience<number>) {
  const inputs: EventFinanceInputs = {
    cancelled: false,
    capacity: null,
    tariffsCents,
    costLines: costLines.map((line) => ({ ...line, actualCents: null })),
    otherIncome: [],
    signOns: {
      culture_house: { confirmedCount: 0, confirmedRevenueCents: 0, pendingCount: 0, pendingRevenueCents: 0 },
      care_centre: { confirmedCount: 0, confirmedRevenueCents: 0, pendingCount: 0, pendingRevenueCents: 0 },
    },
    waitingList: [],
    creditedCents: 0,
    refundedCents: 0,
    retainedCents: 0,
  };
  return inputs;
}

export interface ProposalOutlook {
  tariffsCents: PerAudience<number>;
  plan: EventPlan;
  /** The planned result, as the event's planned column will show it once accepted. */
  planned: EventFigures;
  breakEven: {
    /** The lowest tariff per audience, the other unchanged; null when the plan expects none of it. */
    tariffsCents: PerAudience<number | null>;
    /** Satellites of one audience needed, with the other as planned. */
    satellites: PerAudience<StillNeeded>;
  };
}

/** The planned result and its break-even points, after what-if changes (the same ones the event what-if takes). */
export function proposalOutlook(inputs: EventFinanceInputs, plan: EventPlan, changes: ScenarioChanges = {}): ProposalOutlook {
  const changed = applyScenario(inputs, changes);
  const changedPlan = applyPlan(plan, changes);
  return {
    tariffsCents: changed.tariffsCents,
    plan: changedPlan,
    planned: plannedFigures(changed, changedPlan),
    breakEven: {
      tariffsCents: breakEvenTariffs(changed, changedPlan),
      satellites: breakEvenSatellites(changed, changedPlan),
    },
  };
}
