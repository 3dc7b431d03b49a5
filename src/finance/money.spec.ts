import fc from 'fast-check';
import { divideRoundingUp, exactProduct, exactSum, formatEuro, scaleRoundingDown } from './money.js';

describe('bedragen in euro', () => {
  it.each([
    [0, '€ 0,00'],
    [5, '€ 0,05'],
    [99, '€ 0,99'],
    [123450, '€ 1.234,50'],
    [-800000, '€ -8.000,00'],
    [-5, '€ -0,05'],
    [100000000, '€ 1.000.000,00'],
    [Number.MAX_SAFE_INTEGER, '€ 90.071.992.547.409,91'],
  ])('schrijft %i cent als %s', (cents, text) => {
    expect(formatEuro(cents)).toBe(text);
  });

  it('weigert een bedrag dat geen geheel aantal cent is', () => {
    expect(() => formatEuro(12.5)).toThrow(RangeError);
  });

  it('leest elk bedrag terug tot op de cent', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (cents) => {
        const digits = formatEuro(cents).replace(/[€ .,]/g, '');
        expect(BigInt(digits)).toBe(BigInt(cents));
      }),
    );
  });
});

describe('exacte rekenkunde', () => {
  it('telt op zonder een cent te verliezen, of weigert', () => {
    expect(exactSum([Number.MAX_SAFE_INTEGER - 1, 1])).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => exactSum([Number.MAX_SAFE_INTEGER, 1, -1])).toThrow(RangeError);
    expect(() => exactProduct(Number.MAX_SAFE_INTEGER, 2)).toThrow(RangeError);
    expect(() => exactSum([0.1, 0.2])).toThrow(RangeError);
  });

  it('rondt een deling exact naar boven af, ook waar een float zou afronden', () => {
    expect(divideRoundingUp(Number.MAX_SAFE_INTEGER - 1, Number.MAX_SAFE_INTEGER)).toBe(1);
    expect(divideRoundingUp(0, 7)).toBe(0);
    fc.assert(
      fc.property(fc.nat({ max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (a, b) => {
        const q = BigInt(divideRoundingUp(a, b));
        expect(q * BigInt(b) >= BigInt(a) && (q - 1n) * BigInt(b) < BigInt(a)).toBe(true);
      }),
    );
  });

  it('neemt een evenredig deel naar beneden afgerond', () => {
    expect(scaleRoundingDown(1000, 1, 3)).toBe(333);
    expect(scaleRoundingDown(Number.MAX_SAFE_INTEGER, 3, 3)).toBe(Number.MAX_SAFE_INTEGER);
  });
});
