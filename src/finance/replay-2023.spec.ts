import { budgetYear } from './budget-year.js';
import { eventResult, plannedFigures, unconfirmedLines } from './event-result.js';
import { costLine, eventInputs, income, signOns } from '../../test/support/finance-factories.js';
import { budgetCheck } from './publish-check.js';

// The 2023 annual report gives outcomes, not amounts: these tariffs and cost lines are ours.
const tariffs = { culture_house: 15000, care_centre: 9500 };
const audiences = (cultureHouses: number, careCentres: number) => ({
  culture_house: signOns({ confirmedCount: cultureHouses, confirmedRevenueCents: cultureHouses * tariffs.culture_house }),
  care_centre: signOns({ confirmedCount: careCentres, confirmedRevenueCents: careCentres * tariffs.care_centre }),
});
const fixedLines = (artist: number, venue: number, production: number) => [
  costLine({ category: 'artist_fee', plannedCents: artist }),
  costLine({ category: 'venue', plannedCents: venue }),
  costLine({ category: 'production', plannedCents: production }),
  costLine({ category: 'rights', label: 'SABAM', plannedCents: 30000 }),
  costLine({ category: 'promotion', plannedCents: 35000 }),
  costLine({ category: 'platform', plannedCents: 25000 }),
];
const kit = (cents: number) =>
  costLine({ category: 'promotion', basis: 'per_satellite', label: 'affiche- en ticketkit', plannedCents: cents });

const chiqueDingues = eventResult(
  eventInputs({
    signOns: audiences(12, 50),
    costLines: [...fixedLines(350000, 80000, 220000), kit(1200)],
    otherIncome: [income({ kind: 'subsidy', label: 'provinciale subsidie', amountCents: 200000 })],
  }),
);
const oldTimeFavourites = eventResult(
  eventInputs({
    signOns: audiences(10, 45),
    costLines: [...fixedLines(250000, 60000, 180000), kit(1000)],
    otherIncome: [income({ kind: 'sponsor', label: 'lokale sponsor', amountCents: 60000 })],
  }),
);
const bartjeEnDeBeiaard = eventResult(
  eventInputs({ signOns: audiences(6, 22), costLines: [...fixedLines(320000, 70000, 200000), kit(1200)] }),
);
// Cancelled: finance confirmed that the fee and the hall cost nothing; posters and kits were spent.
const cestMaVieCancelled = eventInputs({
  cancelled: true,
  signOns: audiences(8, 30),
  creditedCents: 8 * 15000 + 30 * 9500,
  costLines: [
    costLine({ category: 'artist_fee', plannedCents: 900000 }),
    costLine({ category: 'venue', plannedCents: 150000 }),
    costLine({ category: 'promotion', plannedCents: 50000, actualCents: 52000 }),
    costLine({ category: 'promotion', basis: 'per_satellite', plannedCents: 1200, actualCents: 1200 }),
  ],
});
const cestMaVieConfirmed = {
  ...cestMaVieCancelled,
  costLines: cestMaVieCancelled.costLines.map((line) => ({ ...line, actualCents: line.actualCents ?? 0 })),
};
const cestMaVie = eventResult(cestMaVieConfirmed);

const year2023 = [
  { eventId: 'chique-dingues', result: chiqueDingues, acceptedDeficitCents: null },
  { eventId: 'old-time-favourites', result: oldTimeFavourites, acceptedDeficitCents: null },
  { eventId: 'bartje-en-de-beiaard', result: bartjeEnDeBeiaard, acceptedDeficitCents: 450000 },
  { eventId: 'cest-ma-vie', result: cestMaVie, acceptedDeficitCents: null },
].map(({ eventId, result, acceptedDeficitCents }) => ({
  eventId,
  cancelled: result.cancelled,
  resultCents: result.current.resultCents,
  projectedResultCents: result.projected.resultCents,
  // Every stream drew the satellites it planned, so plan, outlook and final result agree.
  plannedResultCents: result.current.resultCents,
  finalResultCents: result.current.resultCents,
  committedResultCents: result.current.resultCents,
  acceptedDeficitCents,
}));
const margin2023 = -800000;

describe('het budgetjaar 2023 opnieuw afgespeeld', () => {
  const view = budgetYear(margin2023, year2023);

  it('laat Chique Dingues en Old Time Favourites break-even halen', () => {
    // 12 × 150 + 50 × 95 + 2000 subsidy − 7400 fixed − 62 × 12 kits = € 406,00.
    expect(chiqueDingues.current.resultCents).toBe(40600);
    // 10 × 150 + 45 × 95 + 600 sponsor − 5800 fixed − 55 × 10 kits = € 25,00.
    expect(oldTimeFavourites.current.resultCents).toBe(2500);
    expect(view.events.slice(0, 2).map((e) => e.status)).toEqual(['break_even', 'break_even']);
  });

  it('sluit Bartje en de Beiaard af met een tekort dat een principebeslissing dekt', () => {
    expect(bartjeEnDeBeiaard.current.resultCents).toBe(-414600);
    expect(view.events[2].status).toBe('deficit_covered');
  });

  it('vraagt voor C’est ma vie de geplande lijnen zonder werkelijk bedrag te bevestigen, en telt ze tot dan als gepland', () => {
    expect(unconfirmedLines(cestMaVieCancelled).costLines.map((line) => line.category)).toEqual(['artist_fee', 'venue']);
    expect(eventResult(cestMaVieCancelled).current.fixedCostCents).toBe(900000 + 150000 + 52000);
  });

  it('plant Bartje en de Beiaard met hetzelfde tekort als het werkelijk had', () => {
    const plan = { expectedSatellites: { culture_house: 6, care_centre: 22 } };
    const inputs = eventInputs({ costLines: [...fixedLines(320000, 70000, 200000), kit(1200)] });
    expect(plannedFigures(inputs, plan).resultCents).toBe(-414600);
  });

  it('laat C’est ma vie enkel de gemaakte kosten dragen: affiches en de verstuurde kits', () => {
    expect(cestMaVie.current).toMatchObject({ revenueCents: 0, costCents: 52000 + 38 * 1200, resultCents: -97600 });
    expect(view.events[3].status).toBe('cancelled');
  });

  it('blijft binnen de goedgekeurde marge van -\u00A0€\u00A08.000,00', () => {
    expect(view.current).toEqual({
      resultCents: -469100,
      marginUsedCents: 469100,
      marginRemainingCents: 330900,
      status: 'within_margin',
    });
  });

  const others = year2023.map((e) => e.committedResultCents);
  const publish = (deficit: number, accepted: number | null) =>
    budgetCheck({
      year: 2023,
      approvedMarginCents: margin2023,
      otherCommittedCents: others,
      action: 'gepubliceerd',
      event: { beforeCents: null, afterCents: -deficit, acceptedDeficitCents: accepted },
    });

  it('weigert een verdere verlieslatende voorstelling tot een principebeslissing ze dekt', () => {
    expect(publish(250000, null)).toMatchObject({ allowed: false, refusals: [{ reason: 'deficit_not_covered' }] });
    expect(publish(250000, 250000)).toEqual({ allowed: true });
  });

  it('weigert een gedekte voorstelling die het jaar voorbij de marge zou brengen', () => {
    const decision = publish(350000, 350000);
    expect(decision).toMatchObject({ allowed: false, refusals: [{ reason: 'year_margin_exceeded' }] });
    expect(decision.allowed || decision.detail).toContain('-\u00A0€\u00A08.191,00');
  });
});
