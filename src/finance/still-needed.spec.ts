import { costLine, eventInputs, signOns } from '../../test/support/finance-factories.js';
import { satellitesToBreakEven, stillNeeded } from './still-needed.js';

// A fixed cost of € 1.000,00 and a kit of € 12,00 per satellite: a care centre (€ 95,00) adds € 83,00, a culture house € 138,00.
const withDeficit = (overrides = {}) =>
  eventInputs({
    costLines: [costLine({ plannedCents: 100000 }), costLine({ basis: 'per_satellite', plannedCents: 1200 })],
    ...overrides,
  });

describe('nog nodige satellieten', () => {
  it('rondt naar boven af per doelgroep', () => {
    expect(stillNeeded(withDeficit())).toEqual({
      culture_house: { possible: true, satellites: 8, fitsCapacity: true },
      care_centre: { possible: true, satellites: 13, fitsCapacity: true },
    });
  });

  it('rekent vanaf de bevestigde satellieten, met hun kitkost', () => {
    const inputs = withDeficit({
      signOns: { culture_house: signOns(), care_centre: signOns({ confirmedCount: 4, confirmedRevenueCents: 4 * 9500 }) },
    });
    // Gap 100000 + 4 × 1200 − 38000 = 66800; 66800 / 8300 = 8.05 → 9.
    expect(stillNeeded(inputs).care_centre).toEqual({ possible: true, satellites: 9, fitsCapacity: true });
  });

  it('geeft 0 zodra break-even bereikt is, ook als het tarief de kost niet dekt', () => {
    const inputs = eventInputs({
      tariffsCents: { culture_house: 1000, care_centre: 0 },
      costLines: [costLine({ basis: 'per_satellite', plannedCents: 1000 })],
    });
    expect(stillNeeded(inputs).care_centre).toEqual({ possible: true, satellites: 0, fitsCapacity: true });
  });

  it('zegt dat break-even onmogelijk is als het tarief de kost per satelliet niet overtreft', () => {
    const inputs = withDeficit({ tariffsCents: { culture_house: 1200, care_centre: 0 } });
    expect(stillNeeded(inputs)).toEqual({
      culture_house: { possible: false, reason: 'tariff_not_above_cost' },
      care_centre: { possible: false, reason: 'tariff_not_above_cost' },
    });
  });

  it('meldt wanneer het nodige aantal niet meer binnen de capaciteit past', () => {
    const inputs = withDeficit({
      capacity: 10,
      signOns: { culture_house: signOns({ confirmedCount: 1, confirmedRevenueCents: 15000 }), care_centre: signOns() },
    });
    // Gap 86200 with 9 places left: 7 culture houses fit, 11 care centres do not.
    expect(stillNeeded(inputs)).toEqual({
      culture_house: { possible: true, satellites: 7, fitsCapacity: true },
      care_centre: { possible: true, satellites: 11, fitsCapacity: false },
    });
  });

  it('vraagt geen satellieten meer voor een geannuleerde voorstelling', () => {
    expect(stillNeeded(withDeficit({ cancelled: true })).care_centre).toEqual({ possible: false, reason: 'cancelled' });
  });

  it('deelt exact zonder af te ronden waar het niet moet', () => {
    expect(satellitesToBreakEven(8300, 8300)).toBe(1);
    expect(satellitesToBreakEven(8301, 8300)).toBe(2);
    expect(satellitesToBreakEven(-5, 0)).toBe(0);
    expect(satellitesToBreakEven(1, 0)).toBeNull();
  });
});
