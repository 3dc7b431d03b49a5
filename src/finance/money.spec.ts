import fc from 'fast-check';
import { divideRoundingHalfUp, divideRoundingUp, exactProduct, exactSum, scaleRoundingDown } from './money.js';

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

  it('rondt een deling af op het dichtste geheel, een half naar boven', () => {
    expect([divideRoundingHalfUp(5, 2), divideRoundingHalfUp(7, 3), divideRoundingHalfUp(8, 3)]).toEqual([3, 2, 3]);
    fc.assert(
      fc.property(fc.nat({ max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (a, b) => {
        // |q·b − a| ≤ b/2, with a half going up: 2a − b < 2qb ≤ 2a + b.
        const q = BigInt(divideRoundingHalfUp(a, b));
        expect(2n * BigInt(a) - BigInt(b) < 2n * q * BigInt(b) && 2n * q * BigInt(b) <= 2n * BigInt(a) + BigInt(b)).toBe(true);
      }),
    );
  });

  it('neemt een evenredig deel naar beneden afgerond', () => {
    expect(scaleRoundingDown(1000, 1, 3)).toBe(333);
    expect(scaleRoundingDown(Number.MAX_SAFE_INTEGER, 3, 3)).toBe(Number.MAX_SAFE_INTEGER);
  });
});
