import fc from 'fast-check';
import {
  calculateInvoice,
  calculateLine,
  divideRoundingHalfAwayFromZero,
  type InvoiceLine,
  reverseLines,
} from './invoice-maths.js';

const line = (overrides: Partial<InvoiceLine> = {}): InvoiceLine => ({
  description: 'Livestream Bartje en de Beiaard',
  quantity: 1,
  unitPriceCents: 15_000,
  vatRatePercent: 21,
  ...overrides,
});

const arbitraryLine: fc.Arbitrary<InvoiceLine> = fc.record({
  description: fc.string(),
  quantity: fc.integer({ min: -1000, max: 1000 }),
  unitPriceCents: fc.integer({ min: 0, max: 10_000_000 }),
  vatRatePercent: fc.constantFrom(0, 6, 12, 21),
});

describe('factuurberekening', () => {
  it('rekent btw per lijn op het netto van de lijn', () => {
    expect(calculateLine(line({ quantity: 3 }))).toMatchObject({ netCents: 45_000, vatCents: 9_450, grossCents: 54_450 });
  });

  it('rondt een halve cent naar boven af, en bij een negatieve lijn weg van nul', () => {
    // 25 × 6 % = 1,5 cent → 2; 8 × 6 % = 0,48 cent → 0.
    expect(calculateLine(line({ unitPriceCents: 25, vatRatePercent: 6 })).vatCents).toBe(2);
    expect(calculateLine(line({ unitPriceCents: 8, vatRatePercent: 6 })).vatCents).toBe(0);
    expect(calculateLine(line({ quantity: -1, unitPriceCents: 25, vatRatePercent: 6 })).vatCents).toBe(-2);
    expect(divideRoundingHalfAwayFromZero(149, 100)).toBe(1);
    expect(divideRoundingHalfAwayFromZero(150, 100)).toBe(2);
    expect(divideRoundingHalfAwayFromZero(-150, 100)).toBe(-2);
  });

  it('geeft een subtotaal per btw-tarief, hoogste tarief eerst', () => {
    const { totals } = calculateInvoice([
      line({ vatRatePercent: 6, unitPriceCents: 1_000 }),
      line({ unitPriceCents: 2_000 }),
      line({ vatRatePercent: 6, unitPriceCents: 500, quantity: 2 }),
      line({ vatRatePercent: 0, unitPriceCents: 300 }),
    ]);
    expect(totals.vatSubtotals).toEqual([
      { vatRatePercent: 21, taxableCents: 2_000, vatCents: 420 },
      { vatRatePercent: 6, taxableCents: 2_000, vatCents: 120 },
      { vatRatePercent: 0, taxableCents: 300, vatCents: 0 },
    ]);
    expect(totals).toMatchObject({ netCents: 4_300, vatCents: 540, grossCents: 4_840 });
  });

  it('weigert breuken in bedragen, aantallen en tarieven en negatieve prijzen', () => {
    expect(() => calculateLine(line({ quantity: 1.5 }))).toThrow(RangeError);
    expect(() => calculateLine(line({ unitPriceCents: 10.5 }))).toThrow(RangeError);
    expect(() => calculateLine(line({ vatRatePercent: 5.5 }))).toThrow(RangeError);
    expect(() => calculateLine(line({ unitPriceCents: -1 }))).toThrow(RangeError);
  });

  it('een lege factuur komt op nul uit', () => {
    expect(calculateInvoice([]).totals).toEqual({ netCents: 0, vatCents: 0, grossCents: 0, vatSubtotals: [] });
  });

  describe('eigenschappen', () => {
    it('de totalen zijn tot op de cent de som van de lijnen, ook per tarief', () => {
      fc.assert(
        fc.property(fc.array(arbitraryLine, { maxLength: 20 }), (lines) => {
          const { lines: calculated, totals } = calculateInvoice(lines);
          const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
          expect(totals.netCents).toBe(sum(calculated.map((l) => l.netCents)));
          expect(totals.vatCents).toBe(sum(calculated.map((l) => l.vatCents)));
          expect(totals.grossCents).toBe(totals.netCents + totals.vatCents);
          expect(sum(totals.vatSubtotals.map((s) => s.vatCents))).toBe(totals.vatCents);
          expect(sum(totals.vatSubtotals.map((s) => s.taxableCents))).toBe(totals.netCents);
          for (const l of calculated) expect(Number.isSafeInteger(l.vatCents)).toBe(true);
        }),
      );
    });

    it('een creditnota heft haar factuur exact op, lijn per lijn en in elk totaal', () => {
      fc.assert(
        fc.property(fc.array(arbitraryLine, { maxLength: 20 }), (lines) => {
          const invoice = calculateInvoice(lines);
          const credit = calculateInvoice(reverseLines(lines));
          invoice.lines.forEach((l, i) => {
            expect(l.netCents + credit.lines[i].netCents).toBe(0);
            expect(l.vatCents + credit.lines[i].vatCents).toBe(0);
          });
          expect(invoice.totals.netCents + credit.totals.netCents).toBe(0);
          expect(invoice.totals.vatCents + credit.totals.vatCents).toBe(0);
          expect(invoice.totals.grossCents + credit.totals.grossCents).toBe(0);
          invoice.totals.vatSubtotals.forEach((s, i) => expect(s.vatCents + credit.totals.vatSubtotals[i].vatCents).toBe(0));
        }),
      );
    });
  });
});
