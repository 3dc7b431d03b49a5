import fc from 'fast-check';
import { brusselsMonthRange, formatDateTime, formatMoney, formatTime } from './format.js';

describe('Nederlandse notatie voor de webpagina’s', () => {
  it('toont een tijdstip in zomertijd in Brussel als "zo 24 sep 2023, 14:00"', () => {
    expect(formatDateTime(new Date('2023-09-24T12:00:00Z'))).toBe('zo 24 sep 2023, 14:00');
  });

  it('toont een tijdstip in wintertijd in Brussel met een uur verschil tegenover UTC', () => {
    expect(formatDateTime('2023-03-13T13:00:00Z')).toBe('ma 13 mrt 2023, 14:00');
    expect(formatTime('2023-03-13T13:00:00Z')).toBe('14:00');
  });

  it('toont middernacht als 00:00, niet als 24:00', () => {
    expect(formatDateTime('2023-11-05T23:00:00Z')).toBe('ma 6 nov 2023, 00:00');
  });

  it('schrijft bedragen als "€ 1.234,50"', () => {
    expect(formatMoney(123450)).toBe('€ 1.234,50');
    expect(formatMoney(0)).toBe('€ 0,00');
    expect(formatMoney(7)).toBe('€ 0,07');
    expect(formatMoney(-800000)).toBe('-€ 8.000,00');
    expect(formatMoney(123456789)).toBe('€ 1.234.567,89');
  });

  it('weigert een bedrag dat geen geheel aantal cent is', () => {
    expect(() => formatMoney(12.5)).toThrow(RangeError);
  });

  it('leest elk bedrag terug tot op de cent', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (cents) => {
        const text = formatMoney(cents);
        const back = Number(text.replace(/[€ .]/g, '').replace(',', ''));
        expect(back).toBe(cents);
      }),
    );
  });

  it('begrenst een maand op Brusselse middernacht, ook rond de overgang naar zomertijd', () => {
    expect(brusselsMonthRange(2023, 3)).toEqual({ from: new Date('2023-02-28T23:00:00Z'), to: new Date('2023-03-31T22:00:00Z') });
    expect(brusselsMonthRange(2023, 12)).toEqual({
      from: new Date('2023-11-30T23:00:00Z'),
      to: new Date('2023-12-31T23:00:00Z'),
    });
  });
});
