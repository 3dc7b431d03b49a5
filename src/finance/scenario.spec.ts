import { costLine, eventInputs, signOns } from '../../test/support/finance-factories.js';
import { plannedFigures } from './event-result.js';
import { applyPlan, applyScenario, breakEvenSatellites, breakEvenTariffs, runScenario, unknownCostLineIds } from './scenario.js';

const artistFee = costLine({ id: 'artist', category: 'artist_fee', plannedCents: 300000 });
const kit = costLine({ id: 'kit', basis: 'per_satellite', plannedCents: 1200 });
const base = () =>
  eventInputs({
    costLines: [artistFee, kit],
    signOns: {
      culture_house: signOns({ confirmedCount: 2, confirmedRevenueCents: 2 * 15000 }),
      care_centre: signOns({ confirmedCount: 3, confirmedRevenueCents: 9000 + 9500 + 9500 }),
    },
  });

describe('wat-als-scenario’s', () => {
  it('laat bestaande intekeningen hun prijs houden als enkel het tarief verandert', () => {
    const outcome = runScenario(base(), { tariffsCents: { care_centre: 12000 } });
    expect(outcome.result.current.signOnRevenueCents).toBe(30000 + 28000);
    // Gap 300000 + 5 × 1200 − 58000 = 248000, at 12000 − 1200 = 10800 a care centre: 22.96 → 23.
    expect(outcome.stillNeeded.care_centre).toEqual({ possible: true, satellites: 23, fitsCapacity: true });
  });

  it('laat bestaande intekeningen het verschil meebetalen als dat gevraagd wordt ("hadden we € 20 meer gevraagd")', () => {
    const inputs = base();
    const outcome = runScenario(inputs, {
      tariffsCents: {
        culture_house: inputs.tariffsCents.culture_house + 2000,
        care_centre: inputs.tariffsCents.care_centre + 2000,
      },
      repriceSignOns: true,
    });
    expect(outcome.result.current.signOnRevenueCents).toBe(30000 + 28000 + 5 * 2000);
    expect(outcome.result.current.resultCents - runScenario(inputs, {}).result.current.resultCents).toBe(5 * 2000);
  });

  it('rekent met een ander plan zonder het echte te raken ("10 zorgcentra minder dan gepland")', () => {
    const plan = { expectedSatellites: { culture_house: 4, care_centre: 30 } };
    expect(applyPlan(plan, { expectedSatellites: { care_centre: 20 } })).toEqual({
      expectedSatellites: { culture_house: 4, care_centre: 20 },
    });
    expect(plan.expectedSatellites.care_centre).toBe(30);
    expect(() => applyPlan(plan, { expectedSatellites: { care_centre: -1 } })).toThrow(RangeError);
  });

  it('laat extra satellieten het tarief van het scenario betalen', () => {
    const outcome = runScenario(base(), { tariffsCents: { care_centre: 12000 }, satellites: { care_centre: 10 } });
    expect(outcome.result.current.satellitesByAudience).toEqual({ culture_house: 2, care_centre: 10 });
    expect(outcome.result.current.signOnRevenueCents).toBe(30000 + 28000 + 7 * 12000);
    expect(outcome.result.current.satelliteCostCents).toBe(12 * 1200);
  });

  it('houdt bij minder satellieten hun deel van de opbrengst, naar beneden afgerond', () => {
    const outcome = runScenario(base(), { satellites: { care_centre: 2, culture_house: 0 } });
    expect(outcome.result.current.signOnRevenueCents).toBe(18666);
  });

  it('past kostenlijnen aan en voegt er toe', () => {
    const outcome = runScenario(base(), {
      costLineOverrides: [
        { id: 'artist', actualCents: 250000 },
        { id: 'kit', plannedCents: 800, actualCents: undefined },
      ],
      addedCostLines: [costLine({ category: 'rights', label: 'SABAM', plannedCents: 20000 })],
    });
    expect(outcome.inputs.costLines.find((line) => line.id === 'kit')).toMatchObject({ plannedCents: 800, actualCents: null });
    expect(outcome.result.current.fixedCostCents).toBe(270000);
    expect(outcome.result.current.satelliteCostCents).toBe(5 * 800);
  });

  it('rekent met een andere capaciteit', () => {
    const inputs = { ...base(), waitingList: [{ audience: 'care_centre' as const, priceCents: 9500 }], capacity: 5 };
    expect(runScenario(inputs, {}).result.projected.satellites).toBe(5);
    expect(runScenario(inputs, { capacity: 6 }).result.projected.satellites).toBe(6);
    expect(runScenario(inputs, { capacity: null }).result.projected.satellites).toBe(6);
  });

  it('noemt onbekende kostenlijnen en weigert ermee te rekenen', () => {
    const changes = { costLineOverrides: [{ id: 'onbekend', plannedCents: 1 }] };
    expect(unknownCostLineIds(base(), changes)).toEqual(['onbekend']);
    expect(() => runScenario(base(), changes)).toThrow(RangeError);
  });

  it('verandert niets aan de gegeven invoer', () => {
    const inputs = base();
    const before = structuredClone(inputs);
    runScenario(inputs, {
      tariffsCents: { culture_house: 1 },
      satellites: { care_centre: 40 },
      costLineOverrides: [{ id: 'artist', actualCents: 1 }],
      addedCostLines: [costLine({ plannedCents: 5 })],
    });
    expect(inputs).toEqual(before);
  });
});

describe('break-even van een plan dat nog geen voorstelling is', () => {
  const plan = { expectedSatellites: { culture_house: 8, care_centre: 30 } };
  const proposal = () => eventInputs({ costLines: [artistFee, kit] });

  it('geeft per doelgroep het laagste tarief waarbij het plan net niet verlieslatend is', () => {
    const tariffs = breakEvenTariffs(proposal(), plan);
    for (const audience of ['culture_house', 'care_centre'] as const) {
      const at = (cents: number) =>
        plannedFigures(applyScenario(proposal(), { tariffsCents: { [audience]: cents } }), plan).resultCents;
      const tariff = tariffs[audience] as number;
      expect(at(tariff)).toBeGreaterThanOrEqual(0);
      expect(at(tariff - 1)).toBeLessThan(0);
    }
    // Fixed 300000 + 38 kits of 1200 = 345600; 8 × 15000 = 120000 from culture houses; 225600 / 30 = 7520.
    expect(tariffs.care_centre).toBe(7520);
  });

  it('zegt niets over het tarief van een doelgroep die het plan niet verwacht', () => {
    expect(breakEvenTariffs(proposal(), { expectedSatellites: { culture_house: 0, care_centre: 30 } }).culture_house).toBeNull();
  });

  it('telt de andere doelgroep zoals gepland mee bij het aantal satellieten dat nodig is', () => {
    const needed = breakEvenSatellites(proposal(), plan);
    // 300000 − 8 × (15000 − 1200) = 189600 left, at 9500 − 1200 = 8300 a care centre: 22.8 → 23.
    expect(needed.care_centre).toEqual({ possible: true, satellites: 23, fitsCapacity: true });
    const withNeeded = { expectedSatellites: { culture_house: 8, care_centre: 23 } };
    expect(plannedFigures(proposal(), withNeeded).resultCents).toBeGreaterThanOrEqual(0);
    expect(plannedFigures(proposal(), { expectedSatellites: { culture_house: 8, care_centre: 22 } }).resultCents).toBeLessThan(0);
  });
});
