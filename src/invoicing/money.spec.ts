import fc from 'fast-check';
import { decimalAmount } from './money.js';

describe('UBL-bedragen', () => {
  it('schrijft UBL-bedragen met een punt en altijd twee decimalen', () => {
    expect(decimalAmount(123_450)).toBe('1234.50');
    expect(decimalAmount(7)).toBe('0.07');
    expect(decimalAmount(0)).toBe('0.00');
    expect(decimalAmount(-1_999)).toBe('-19.99');
  });

  it('weigert een bedrag dat geen geheel aantal centen is', () => {
    expect(() => decimalAmount(10.5)).toThrow(RangeError);
    expect(() => decimalAmount(Number.NaN)).toThrow(RangeError);
  });

  it('verliest geen cent tussen centen en decimale tekst (eigenschap)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (cents) => {
        const [euros, rest] = decimalAmount(cents).replace('-', '').split('.');
        expect(Number(euros) * 100 + Number(rest)).toBe(Math.abs(cents));
      }),
    );
  });
});
