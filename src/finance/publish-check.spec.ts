import { publishCheck, type PublishCheckInput } from './publish-check.js';

const check = (overrides: Partial<PublishCheckInput>) =>
  publishCheck({
    year: 2023,
    projectedResultCents: 0,
    acceptedDeficitCents: null,
    approvedMarginCents: -800000,
    otherEventsProjectedResultCents: [],
    ...overrides,
  });

describe('publiceren van een voorstelling', () => {
  it('laat een voorstelling die break-even haalt toe, ook in een jaar voorbij zijn marge', () => {
    expect(check({ projectedResultCents: 0, otherEventsProjectedResultCents: [-900000] })).toEqual({ allowed: true });
  });

  it('weigert een tekort zonder principebeslissing, met de bedragen in het Nederlands', () => {
    const decision = check({ projectedResultCents: -123450 });
    expect(decision).toEqual({
      allowed: false,
      refusals: [{ reason: 'deficit_not_covered', detail: expect.stringContaining('€ 1.234,50') }],
      detail:
        'Deze voorstelling kan niet gepubliceerd worden. Het verwachte tekort van € 1.234,50 is niet gedekt: ' +
        'leg eerst een principebeslissing vast die dit tekort aanvaardt.',
    });
  });

  it('weigert een tekort groter dan de principebeslissing aanvaardt', () => {
    const decision = check({ projectedResultCents: -450001, acceptedDeficitCents: 450000 });
    expect(decision.allowed).toBe(false);
    if (!decision.allowed) {
      expect(decision.refusals.map((r) => r.reason)).toEqual(['deficit_not_covered']);
      expect(decision.detail).toContain('€ 4.500,01 is groter dan het tekort van € 4.500,00');
    }
  });

  it('laat een gedekt tekort binnen de jaarmarge toe', () => {
    expect(
      check({ projectedResultCents: -420000, acceptedDeficitCents: 420000, otherEventsProjectedResultCents: [-380000] }),
    ).toEqual({ allowed: true });
  });

  it('weigert een gedekt tekort dat het jaar voorbij zijn marge brengt', () => {
    const decision = check({
      projectedResultCents: -420000,
      acceptedDeficitCents: 420000,
      otherEventsProjectedResultCents: [-380001],
    });
    expect(decision).toMatchObject({ allowed: false, refusals: [{ reason: 'year_margin_exceeded' }] });
    if (!decision.allowed) {
      expect(decision.detail).toContain(
        'budgetjaar 2023 uit op - € 8.000,01, voorbij de goedgekeurde marge van - € 8.000,00 (€ 0,01 te veel)',
      );
    }
  });

  it('noemt beide redenen als beide gelden', () => {
    const decision = check({ projectedResultCents: -900000 });
    expect(decision.allowed || decision.refusals.map((r) => r.reason)).toEqual(['deficit_not_covered', 'year_margin_exceeded']);
  });
});
