import { assertNonNegative } from './money.js';

/**
 * The plain values the break-even maths works on. The finance service fills them from SQL
 * aggregates; nothing here knows about entities or the database.
 * Every amount is an integer number of euro cents excluding VAT; every count is an integer.
 */

export const COST_CATEGORIES = ['artist_fee', 'venue', 'production', 'rights', 'promotion', 'platform', 'other'] as const;
export type CostCategory = (typeof COST_CATEGORIES)[number];

/** A fixed line is paid once per event; a per-satellite line once per confirmed satellite (a poster-and-ticket kit). */
export const COST_BASES = ['fixed', 'per_satellite'] as const;
export type CostBasis = (typeof COST_BASES)[number];

export interface CostLine {
  /** Lets a what-if scenario override this line; any stable key will do. */
  id: string;
  category: CostCategory;
  label: string;
  basis: CostBasis;
  plannedCents: number;
  /** Null until the invoice of the supplier is known. */
  actualCents: number | null;
}

export const INCOME_KINDS = ['subsidy', 'sponsor', 'other'] as const;
export type IncomeKind = (typeof INCOME_KINDS)[number];

export interface OtherIncome {
  kind: IncomeKind;
  label: string;
  /** The planned amount. */
  amountCents: number;
  /** Null until the money is really granted or received. */
  actualCents: number | null;
}

/** What finance expects before anyone signs on: the number of satellites per audience. */
export interface EventPlan {
  expectedSatellites: PerAudience<number>;
}

/** The two kinds of satellite; the values match OrganisationKind. */
export const AUDIENCES = ['culture_house', 'care_centre'] as const;
export type Audience = (typeof AUDIENCES)[number];

export type PerAudience<T> = Record<Audience, T>;

export function perAudience<T>(value: (audience: Audience) => T): PerAudience<T> {
  return { culture_house: value('culture_house'), care_centre: value('care_centre') };
}

/** Sign-ons of one audience that hold a place: revenue is the sum of their price snapshots. */
export interface AudienceSignOns {
  confirmedCount: number;
  confirmedRevenueCents: number;
  /** Pending (for example awaiting online payment) sign-ons hold a place against capacity. */
  pendingCount: number;
  pendingRevenueCents: number;
}

/** One waitlisted sign-on; the waiting list is ordered across both audiences, so it cannot be summed per audience. */
export interface WaitlistedSignOn {
  audience: Audience;
  priceCents: number;
}

export interface EventFinanceInputs {
  cancelled: boolean;
  /** The most satellites that can hold a place; null means no limit. */
  capacity: number | null;
  /** The current tariffs, which new sign-ons will pay. */
  tariffsCents: PerAudience<number>;
  costLines: readonly CostLine[];
  otherIncome: readonly OtherIncome[];
  /** For a cancelled event: the sign-ons as they stood when it was cancelled; its credit notes take the money back out. */
  signOns: PerAudience<AudienceSignOns>;
  /**
   * Waitlisted sign-ons in waiting-list order. Only the head that capacity allows is ever used,
   * so the caller may pass just the first `capacity` entries (`ORDER BY position LIMIT capacity`).
   */
  waitingList: readonly WaitlistedSignOn[];
  /** Credit notes on the invoices of the sign-ons counted in confirmedRevenueCents. */
  creditedCents: number;
  /** Online payments of those sign-ons that were refunded or are being refunded. */
  refundedCents: number;
  /**
   * Money kept from sign-ons that count no longer: every sign-on of a cancelled event, and a sign-on
   * cancelled after the deadline whose online payment was not refunded. What was invoiced and paid
   * online, net of its credit notes and refunds; never below 0.
   */
  retainedCents: number;
}

/** Inputs come from the database, so a bad one is a programming error: fail loudly rather than compute nonsense. */
export function assertValidInputs(inputs: EventFinanceInputs): void {
  if (inputs.capacity !== null) assertNonNegative(inputs.capacity, 'de capaciteit');
  for (const audience of AUDIENCES) {
    const signOns = inputs.signOns[audience];
    assertNonNegative(inputs.tariffsCents[audience], `het tarief voor ${audience}`);
    assertNonNegative(signOns.confirmedCount, `het aantal bevestigde ${audience}`);
    assertNonNegative(signOns.confirmedRevenueCents, `de opbrengst van bevestigde ${audience}`);
    assertNonNegative(signOns.pendingCount, `het aantal openstaande ${audience}`);
    assertNonNegative(signOns.pendingRevenueCents, `de opbrengst van openstaande ${audience}`);
  }
  for (const line of inputs.costLines) {
    assertNonNegative(line.plannedCents, `het geplande bedrag van ${line.label}`);
    if (line.actualCents !== null) assertNonNegative(line.actualCents, `het werkelijke bedrag van ${line.label}`);
  }
  for (const income of inputs.otherIncome) {
    assertNonNegative(income.amountCents, `het bedrag van ${income.label}`);
    if (income.actualCents !== null) assertNonNegative(income.actualCents, `het werkelijke bedrag van ${income.label}`);
  }
  for (const waiting of inputs.waitingList) assertNonNegative(waiting.priceCents, 'de prijs op de wachtlijst');
  assertNonNegative(inputs.creditedCents, 'de creditnota’s');
  assertNonNegative(inputs.refundedCents, 'de terugbetalingen');
  assertNonNegative(inputs.retainedCents, 'het behouden bedrag van geannuleerde intekeningen');
}
