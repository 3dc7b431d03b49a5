import { budgetYear, eventBudgetStatus, yearTotals } from './budget-year.js';

describe('status van een voorstelling in het budgetjaar', () => {
  it('is break-even bij een resultaat van nul of meer', () => {
    expect(eventBudgetStatus(0, null)).toBe('break_even');
    expect(eventBudgetStatus(1, null)).toBe('break_even');
  });

  it('is gedekt als de principebeslissing minstens het tekort aanvaardt', () => {
    expect(eventBudgetStatus(-420000, 420000)).toBe('deficit_covered');
    expect(eventBudgetStatus(-420000, 450000)).toBe('deficit_covered');
  });

  it('geeft een afgelaste voorstelling een eigen status, zonder principebeslissing te vragen', () => {
    expect(eventBudgetStatus(-97600, null, true)).toBe('cancelled');
    expect(eventBudgetStatus(500, null, true)).toBe('cancelled');
  });

  it('vraagt een beslissing zonder principebeslissing of als die te weinig aanvaardt', () => {
    expect(eventBudgetStatus(-1, null)).toBe('deficit_needs_decision');
    expect(eventBudgetStatus(-420001, 420000)).toBe('deficit_needs_decision');
  });
});

describe('totalen van een budgetjaar', () => {
  it('blijft binnen een marge van -\u00A0€\u00A08.000,00 met €\u00A05.000,00 verlies', () => {
    expect(yearTotals(-800000, [25600, -525600])).toEqual({
      resultCents: -500000,
      marginUsedCents: 500000,
      marginRemainingCents: 300000,
      status: 'within_margin',
    });
  });

  it('gebruikt geen marge bij een positief jaar', () => {
    expect(yearTotals(-800000, [100])).toEqual({
      resultCents: 100,
      marginUsedCents: 0,
      marginRemainingCents: 800000,
      status: 'within_margin',
    });
  });

  it('staat op precies de marge nog binnen, een cent verder niet', () => {
    expect(yearTotals(-800000, [-800000]).status).toBe('within_margin');
    expect(yearTotals(-800000, [-800001])).toMatchObject({ status: 'margin_exceeded', marginRemainingCents: -1 });
  });

  it('laat zonder marge geen enkel verlies toe', () => {
    expect(yearTotals(0, []).status).toBe('within_margin');
    expect(yearTotals(0, [-1]).status).toBe('margin_exceeded');
  });

  it('weigert een positieve marge', () => {
    expect(() => yearTotals(800000, [])).toThrow(RangeError);
  });

  it('geeft elke voorstelling haar status volgens het vastgelegde resultaat, en totalen per kolom', () => {
    const line = (eventId: string, current: number, projected: number, planned: number, final: number | null) => ({
      eventId,
      cancelled: false,
      resultCents: current,
      projectedResultCents: projected,
      plannedResultCents: planned,
      finalResultCents: final,
      committedResultCents: final ?? Math.min(planned, projected),
      acceptedDeficitCents: eventId === 'b' ? 450000 : null,
    });
    const view = budgetYear(-800000, [line('a', -100000, 5000, 5000, null), line('b', -900000, -420000, -400000, -420000)]);
    expect(view.events.map((e) => [e.eventId, e.status])).toEqual([
      ['a', 'break_even'],
      ['b', 'deficit_covered'],
    ]);
    expect(view.current).toMatchObject({ resultCents: -1000000, status: 'margin_exceeded' });
    expect(view.projected).toMatchObject({ resultCents: -415000, status: 'within_margin' });
    expect(view.planned.resultCents).toBe(-395000);
    expect(view.final.resultCents).toBe(-420000);
    expect(view.committed).toMatchObject({ resultCents: -415000, marginRemainingCents: 385000 });
  });
});
