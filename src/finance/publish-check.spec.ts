import { absorbableDeficitCents, budgetCheck, type BudgetCheckInput, type CheckedEvent } from './publish-check.js';

const publish = (event: Partial<CheckedEvent>, overrides: Partial<BudgetCheckInput> = {}) =>
  budgetCheck({
    year: 2023,
    approvedMarginCents: -800000,
    otherCommittedCents: [],
    action: 'gepubliceerd',
    event: { beforeCents: null, afterCents: 0, acceptedDeficitCents: null, ...event },
    ...overrides,
  });

describe('de budgetregel voor publiceren en elke latere wijziging', () => {
  it('laat een geplande break-even toe zonder beslissing, ook in een jaar voorbij zijn marge', () => {
    expect(publish({ afterCents: 0 }, { otherCommittedCents: [-900000] })).toEqual({ allowed: true });
  });

  it('weigert een gepland tekort zonder beslissing, en zegt welk bedrag het wel zou doorlaten', () => {
    const decision = publish({ afterCents: -123450 });
    expect(decision).toEqual({
      allowed: false,
      refusals: [
        {
          reason: 'deficit_not_covered',
          figureCents: 123450,
          limitCents: 0,
          shortfallCents: 123450,
          detail: expect.stringContaining('minstens €\u00A01.234,50 aanvaardt'),
        },
      ],
      detail:
        'Dit kan niet gepubliceerd worden. Het geplande tekort van €\u00A01.234,50 is niet gedekt door een principebeslissing. ' +
        'Leg een principebeslissing vast die minstens €\u00A01.234,50 aanvaardt, of verklein het tekort.',
    });
  });

  it('weigert een tekort één cent groter dan de beslissing, met dat verschil', () => {
    const decision = publish({ afterCents: -450001, acceptedDeficitCents: 450000 });
    expect(decision).toMatchObject({ allowed: false, refusals: [{ reason: 'deficit_not_covered', shortfallCents: 1 }] });
    expect(decision.allowed || decision.detail).toContain('€\u00A04.500,01 is €\u00A00,01 groter dan de €\u00A04.500,00');
  });

  it('laat een gedekt tekort dat precies op de marge uitkomt toe', () => {
    expect(publish({ afterCents: -420000, acceptedDeficitCents: 420000 }, { otherCommittedCents: [-380000] })).toEqual({
      allowed: true,
    });
  });

  it('weigert een gedekt tekort dat het jaar voorbij de marge brengt, met het bedrag te veel en wat zou helpen', () => {
    const decision = publish({ afterCents: -420000, acceptedDeficitCents: 420000 }, { otherCommittedCents: [-380001] });
    expect(decision).toMatchObject({
      allowed: false,
      refusals: [{ reason: 'year_margin_exceeded', figureCents: -800001, limitCents: -800000, shortfallCents: 1 }],
    });
    expect(decision.allowed || decision.detail).toContain(
      'Budgetjaar 2023 komt dan uit op -\u00A0€\u00A08.000,01, €\u00A00,01 voorbij de goedgekeurde marge van -\u00A0€\u00A08.000,00. ' +
        'Verklein het tekort met minstens €\u00A00,01, of laat de raad de marge verruimen tot -\u00A0€\u00A08.000,01.',
    );
  });

  it('laat een wijziging die niets verslechtert door, ook als het jaar al voorbij de marge is', () => {
    expect(
      publish({ beforeCents: -500000, afterCents: -400000 }, { action: 'gewijzigd', otherCommittedCents: [-900000] }),
    ).toEqual({ allowed: true });
  });

  it('weigert een verslechtering van een gepubliceerde voorstelling die niet meer gedekt is', () => {
    const decision = publish(
      { beforeCents: -300000, afterCents: -350000, acceptedDeficitCents: 300000 },
      { action: 'gewijzigd' },
    );
    expect(decision).toMatchObject({ allowed: false, refusals: [{ reason: 'deficit_not_covered', shortfallCents: 50000 }] });
  });

  it('weigert een marge onder wat het jaar al vastlegt, met dat bedrag', () => {
    const decision = budgetCheck({
      year: 2024,
      approvedMarginCents: -150000,
      otherCommittedCents: [-400000, 100000],
      action: 'vastgelegd',
    });
    expect(decision).toMatchObject({
      allowed: false,
      refusals: [{ reason: 'margin_below_committed', figureCents: -300000, shortfallCents: 150000 }],
    });
    expect(decision.allowed || decision.detail).toContain('Kies een marge van -\u00A0€\u00A03.000,00 of lager.');
  });

  it('rekent uit hoeveel tekort het jaar nog kan dragen', () => {
    expect(absorbableDeficitCents(-800000, [10600, 31500, -354600, -97600])).toBe(389900);
    expect(absorbableDeficitCents(-100000, [-150000])).toBe(0);
  });
});
