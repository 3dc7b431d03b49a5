import type { AudienceSignOns, CostLine, EventFinanceInputs, OtherIncome } from '../../src/finance/finance-inputs.js';

// Small builders for the finance specs: each call returns fresh values, so no test can change another's fixture.

export function signOns(overrides: Partial<AudienceSignOns> = {}): AudienceSignOns {
  return { confirmedCount: 0, confirmedRevenueCents: 0, pendingCount: 0, pendingRevenueCents: 0, ...overrides };
}

let nextLineId = 1;

export function costLine(overrides: Partial<CostLine> = {}): CostLine {
  return {
    id: `line-${nextLineId++}`,
    category: 'other',
    label: 'kostenpost',
    basis: 'fixed',
    plannedCents: 0,
    actualCents: null,
    ...overrides,
  };
}

export function income(overrides: Partial<OtherIncome> = {}): OtherIncome {
  return { kind: 'subsidy', label: 'subsidie', amountCents: 0, actualCents: null, ...overrides };
}

export function eventInputs(overrides: Partial<EventFinanceInputs> = {}): EventFinanceInputs {
  return {
    cancelled: false,
    capacity: null,
    tariffsCents: { culture_house: 15000, care_centre: 9500 },
    costLines: [],
    otherIncome: [],
    signOns: { culture_house: signOns(), care_centre: signOns() },
    waitingList: [],
    creditedCents: 0,
    refundedCents: 0,
    retainedCents: 0,
    ...overrides,
  };
}
