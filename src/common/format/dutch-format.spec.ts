import fc from 'fast-check';
import {
  formatDutchCalendarDate,
  formatDutchCount,
  formatDutchDate,
  formatDutchOneDecimal,
  formatDutchDateTime,
  formatDutchPeriod,
  formatDutchTime,
  formatEuroCents,
} from './dutch-format.js';

describe('Nederlandse weergave van tijden', () => {
  it.each([
    ['2023-01-31T13:00:00Z', 'di 31 jan 2023, 14:00'],
    ['2023-03-13T13:00:00Z', 'ma 13 mrt 2023, 14:00'],
    ['2023-09-24T12:00:00Z', 'zo 24 sep 2023, 14:00'],
    ['2023-11-06T13:00:00Z', 'ma 6 nov 2023, 14:00'],
    ['2026-03-29T12:00:00Z', 'zo 29 mrt 2026, 14:00'],
  ])('toont %s in Brusselse tijd als %s', (iso, shown) => {
    expect(formatDutchDateTime(new Date(iso))).toBe(shown);
  });

  it('toont het uur net na middernacht op de juiste dag', () => {
    expect(formatDutchDate(new Date('2023-12-31T23:30:00Z'))).toBe('ma 1 jan 2024');
    expect(formatDutchTime(new Date('2023-12-31T23:30:00Z'))).toBe('00:30');
  });

  it('schrijft de einddatum alleen als de periode over middernacht loopt', () => {
    expect(formatDutchPeriod(new Date('2023-09-24T12:00:00Z'), new Date('2023-09-24T13:30:00Z'))).toBe(
      'zo 24 sep 2023, 14:00–15:30',
    );
    expect(formatDutchPeriod(new Date('2023-09-24T21:00:00Z'), new Date('2023-09-24T22:30:00Z'))).toBe(
      'zo 24 sep 2023, 23:00–ma 25 sep 2023, 00:30',
    );
  });

  it('toont een kalenderdatum zonder tijd op de dag zelf', () => {
    expect(formatDutchCalendarDate('2023-10-31')).toBe('di 31 okt 2023');
    expect(formatDutchCalendarDate('2024-03-31')).toBe('zo 31 mrt 2024');
    expect(() => formatDutchCalendarDate('2023-02-30')).toThrow(RangeError);
    expect(() => formatDutchCalendarDate('31/10/2023')).toThrow(RangeError);
  });

  it('weigert een ongeldige datum', () => {
    expect(() => formatDutchDateTime(new Date('nonsense'))).toThrow(RangeError);
  });
});

describe('Nederlandse weergave van bedragen', () => {
  it.each([
    [0, '€\u00A00,00'],
    [5, '€\u00A00,05'],
    [123450, '€\u00A01.234,50'],
    [-800000, '-\u00A0€\u00A08.000,00'],
    [123456789, '€\u00A01.234.567,89'],
  ])('toont %i cent als %s', (cents, shown) => {
    expect(formatEuroCents(cents)).toBe(shown);
  });

  it('houdt "€" en een minteken met het bedrag samen: enkel harde spaties, nergens een plek om af te breken', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (cents) => {
        expect(formatEuroCents(cents)).toMatch(/^(-\u00A0)?€\u00A0\d{1,3}(\.\d{3})*,\d{2}$/);
      }),
    );
  });

  it('weigert een bedrag dat geen geheel aantal cent is', () => {
    expect(() => formatEuroCents(12.5)).toThrow(RangeError);
  });

  it('geeft elk geheel bedrag terug zonder centen te verliezen', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (cents) => {
        const digits = formatEuroCents(cents).replace(/[€\u00A0.,]/g, '');
        expect(BigInt(digits)).toBe(BigInt(cents));
      }),
    );
  });
});

describe('Nederlandse weergave van aantallen', () => {
  it.each([
    [0, '0'],
    [127, '127'],
    [3456, '3.456'],
    [-1234567, '-1.234.567'],
  ])('toont %i als %s', (count, shown) => {
    expect(formatDutchCount(count)).toBe(shown);
  });

  it.each([
    [4.3, '4,3'],
    [4, '4,0'],
    [1234.5, '1.234,5'],
  ])('toont het gemiddelde %d met een decimale komma als %s', (value, shown) => {
    expect(formatDutchOneDecimal(value)).toBe(shown);
  });

  it('weigert een aantal dat geen geheel getal is', () => {
    expect(() => formatDutchCount(1.5)).toThrow(RangeError);
  });
});
