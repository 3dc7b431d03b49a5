import { eventResult, finalFigures, unconfirmedLines } from './event-result.js';
import { costLine, eventInputs, income, signOns } from '../../test/support/finance-factories.js';

describe('resultaat van een voorstelling', () => {
  it('haalt break-even met ~50 zorgcentra, een subsidie en een kit per satelliet (Chique Dingues)', () => {
    const result = eventResult(
      eventInputs({
        signOns: {
          culture_house: signOns({ confirmedCount: 12, confirmedRevenueCents: 12 * 15000 }),
          care_centre: signOns({ confirmedCount: 50, confirmedRevenueCents: 50 * 9500 }),
        },
        costLines: [
          costLine({ category: 'artist_fee', plannedCents: 350000 }),
          costLine({ category: 'venue', plannedCents: 80000 }),
          costLine({ category: 'production', plannedCents: 220000 }),
          costLine({ category: 'rights', plannedCents: 35000 }),
          costLine({ category: 'promotion', plannedCents: 40000 }),
          costLine({ category: 'platform', plannedCents: 30000 }),
          costLine({ category: 'promotion', basis: 'per_satellite', label: 'affiche- en ticketkit', plannedCents: 1200 }),
        ],
        otherIncome: [income({ kind: 'subsidy', amountCents: 200000 })],
      }),
    );
    expect(result.current).toEqual({
      satellitesByAudience: { culture_house: 12, care_centre: 50 },
      satellites: 62,
      signOnRevenueCents: 655000,
      creditedCents: 0,
      refundedCents: 0,
      retainedCents: 0,
      otherIncomeCents: 200000,
      revenueCents: 855000,
      fixedCostCents: 755000,
      costPerSatelliteCents: 1200,
      satelliteCostCents: 74400,
      costCents: 829400,
      resultCents: 25600,
    });
    expect(result.projected).toEqual(result.current);
  });

  it('gebruikt het werkelijke bedrag zodra het gekend is, anders het geplande', () => {
    const { current } = eventResult(
      eventInputs({
        signOns: { culture_house: signOns({ confirmedCount: 3 }), care_centre: signOns() },
        costLines: [
          costLine({ plannedCents: 100000, actualCents: 112550 }),
          costLine({ plannedCents: 40000 }),
          costLine({ basis: 'per_satellite', plannedCents: 1200, actualCents: 1350 }),
        ],
      }),
    );
    expect(current.fixedCostCents).toBe(152550);
    expect(current.satelliteCostCents).toBe(3 * 1350);
    expect(current.resultCents).toBe(-(152550 + 4050));
  });

  it('trekt creditnota’s en terugbetalingen af van de opbrengst', () => {
    const { current } = eventResult(
      eventInputs({
        signOns: { culture_house: signOns({ confirmedCount: 2, confirmedRevenueCents: 30000 }), care_centre: signOns() },
        creditedCents: 4750,
        refundedCents: 1999,
        otherIncome: [income({ kind: 'sponsor', amountCents: 10001 })],
      }),
    );
    expect(current.revenueCents).toBe(30000 - 4750 - 1999 + 10001);
  });

  it('telt wat behouden is van intekeningen die niet meer meetellen, in het huidige en het verwachte resultaat', () => {
    const result = eventResult(
      eventInputs({
        signOns: { culture_house: signOns(), care_centre: signOns({ pendingCount: 1, pendingRevenueCents: 9500 }) },
        retainedCents: 9999,
      }),
    );
    expect(result.current).toMatchObject({ satellites: 0, retainedCents: 9999, revenueCents: 9999 });
    expect(result.projected.revenueCents).toBe(9999 + 9500);
  });

  it('telt in de prognose de openstaande intekeningen en de wachtlijst mee die de capaciteit toelaat, in volgorde', () => {
    const result = eventResult(
      eventInputs({
        capacity: 6,
        signOns: {
          culture_house: signOns({ confirmedCount: 2, confirmedRevenueCents: 30000 }),
          care_centre: signOns({ confirmedCount: 1, confirmedRevenueCents: 9500, pendingCount: 1, pendingRevenueCents: 9000 }),
        },
        waitingList: [
          { audience: 'care_centre', priceCents: 9500 },
          { audience: 'culture_house', priceCents: 15000 },
          { audience: 'care_centre', priceCents: 9500 },
        ],
      }),
    );
    expect(result.current.satellites).toBe(3);
    expect(result.projected.satellitesByAudience).toEqual({ culture_house: 3, care_centre: 3 });
    expect(result.projected.signOnRevenueCents).toBe(30000 + 9500 + 9000 + 9500 + 15000);
  });

  it('telt de hele wachtlijst mee zonder capaciteitsgrens', () => {
    const { projected } = eventResult(
      eventInputs({ waitingList: [1, 2, 3].map(() => ({ audience: 'care_centre' as const, priceCents: 9500 })) }),
    );
    expect(projected.satellitesByAudience.care_centre).toBe(3);
  });

  it('telt niemand van de wachtlijst mee als de capaciteit al vol is, maar wel de openstaande intekeningen', () => {
    const { projected } = eventResult(
      eventInputs({
        capacity: 2,
        signOns: {
          culture_house: signOns({ confirmedCount: 2, confirmedRevenueCents: 30000 }),
          care_centre: signOns({ pendingCount: 1, pendingRevenueCents: 9500 }),
        },
        waitingList: [{ audience: 'care_centre', priceCents: 9500 }],
      }),
    );
    expect(projected.satellites).toBe(3);
    expect(projected.signOnRevenueCents).toBe(39500);
  });

  it('laat een geannuleerde voorstelling enkel de werkelijk gemaakte kosten dragen zodra finance de rest bevestigt (C’est ma vie)', () => {
    const cancelled = eventInputs({
      cancelled: true,
      signOns: {
        culture_house: signOns({
          confirmedCount: 4,
          confirmedRevenueCents: 60000,
          pendingCount: 1,
          pendingRevenueCents: 15000,
        }),
        care_centre: signOns({ confirmedCount: 10, confirmedRevenueCents: 95000 }),
      },
      waitingList: [{ audience: 'care_centre', priceCents: 9500 }],
      creditedCents: 155000,
      costLines: [
        costLine({ category: 'artist_fee', plannedCents: 600000 }),
        costLine({ category: 'promotion', plannedCents: 40000, actualCents: 45000 }),
        costLine({ category: 'promotion', basis: 'per_satellite', plannedCents: 1200, actualCents: 1200 }),
        costLine({ category: 'platform', basis: 'per_satellite', plannedCents: 500 }),
      ],
    });
    // Unconfirmed lines are not silently 0: they count as planned and are listed until confirmed.
    expect(unconfirmedLines(cancelled).costLines.map((line) => line.category)).toEqual(['artist_fee', 'platform']);
    expect(eventResult(cancelled).current.fixedCostCents).toBe(600000 + 45000);
    expect(finalFigures(cancelled)).toBeNull();
    const result = eventResult({
      ...cancelled,
      costLines: cancelled.costLines.map((line) => ({ ...line, actualCents: line.actualCents ?? 0 })),
    });
    expect(result.current.revenueCents).toBe(0);
    expect(result.current.fixedCostCents).toBe(45000);
    expect(result.current.costPerSatelliteCents).toBe(1200);
    expect(result.current.resultCents).toBe(-(45000 + 14 * 1200));
    expect(result.projected).toEqual(result.current);
  });

  it('weigert bedragen die geen geheel aantal cent zijn of negatief zijn', () => {
    expect(() => eventResult(eventInputs({ costLines: [costLine({ plannedCents: 10.5 })] }))).toThrow(RangeError);
    expect(() => eventResult(eventInputs({ creditedCents: -1 }))).toThrow(RangeError);
    expect(() => eventResult(eventInputs({ tariffsCents: { culture_house: NaN, care_centre: 0 } }))).toThrow(RangeError);
  });
});
