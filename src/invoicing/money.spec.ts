import fc from 'fast-check';
import { decimalAmount, formatEuro } from './money.js';

describe('bedragen als tekst', () => {
  it('toont euro’s op zijn Vlaams, met punten per duizendtal en een komma voor de centen', () => {
    expect(formatEuro(123_450)).toBe('€ 1.234,50');
    expect(formatEuro(5)).toBe('€ 0,05');
    expect(formatEuro(123_456_789)).toBe('€ 1.234.567,89');
    expect(formatEuro(-2_500)).toBe('- € 25,00');
  });

  it('schrijft UBL-bedragen met een punt en altijd twee decimalen', () => {
    expect(decimalAmount(123_450)).toBe('1234.50');
    expect(decimalAmount(7)).toBe('0.07');
    expect(decimalAmount(0)).toBe('0.00');
    expect(decimalAmount(-1_999)).toBe('-19.99');
  });

  it('weigert een bedrag dat geen geheel aantal centen is', () => {
    expect(() => formatEuro(10.5)).toThrow(RangeError);
    expect(() => decimalAmount(Number.NaN)).toThrow(RangeError);
  });

  it('verliest geen cent tussen centen en decimale tekst (eigenschap)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (cents) => {
        const [euros, rest] = decimalAmount(cents).replace('-', '').split('.');
        expect(Number(euros) * 100 + Number(rest)).toBe(Math.abs(cents));
        expect(formatEuro(cents).replace(/[^\d]/g, '')).toBe(String(Math.abs(cents)).padStart(3, '0'));
      }),
    );
  });
});
