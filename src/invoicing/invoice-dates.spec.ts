import { addDays, brusselsDate, dueDate, yearOfDate } from './invoice-dates.js';

describe('factuurdatums', () => {
  it('neemt de Belgische kalenderdag, ook rond middernacht UTC', () => {
    expect(brusselsDate(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
    expect(brusselsDate(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(brusselsDate(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });

  it('kiest de nummerreeks van het Belgische kalenderjaar', () => {
    expect(yearOfDate(brusselsDate(new Date('2025-12-31T23:30:00Z')))).toBe(2026);
  });

  it('vervalt standaard dertig dagen na de factuurdatum, over maand- en jaargrenzen heen', () => {
    expect(dueDate('2026-01-15')).toBe('2026-02-14');
    expect(dueDate('2026-12-15')).toBe('2027-01-14');
    expect(dueDate('2026-03-20', 14)).toBe('2026-04-03');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });

  it('weigert een datum die geen YYYY-MM-DD is', () => {
    expect(() => addDays('15/01/2026', 30)).toThrow(RangeError);
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });
});
