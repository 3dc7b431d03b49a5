import fc from 'fast-check';
import { brusselsLocalToIso, centsToEuroText, euroToCents, isoToBrusselsLocal, wholeNumber } from './form-values.js';

describe('getypte formulierwaarden', () => {
  it('leest gehele getallen en laat al de rest aan de validatie', () => {
    expect(wholeNumber('12')).toBe(12);
    expect(wholeNumber(' 3 ')).toBe(3);
    expect(wholeNumber('drie')).toBe('drie');
    expect(wholeNumber('')).toBe('');
    expect(wholeNumber('1,5')).toBe('1,5');
  });

  it('leest bedragen met een decimale komma en punten tussen de duizendtallen', () => {
    expect(euroToCents('25')).toBe(2500);
    expect(euroToCents('25,5')).toBe(2550);
    expect(euroToCents('25,05')).toBe(2505);
    expect(euroToCents('€\u00A01.234,50')).toBe(123450);
    expect(euroToCents('0')).toBe(0);
  });

  it('weigert wat geen bedrag is, ook negatieve bedragen en een derde decimaal', () => {
    for (const text of ['', 'twintig', '-5', '25,505', '1.23', '12.3456,00']) expect(euroToCents(text)).toBeNull();
  });

  it('schrijft elk bedrag zo terug dat het opnieuw tot op de cent gelezen wordt', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e11 }), (cents) => expect(euroToCents(centsToEuroText(cents))).toBe(cents)));
  });

  it('zet Belgische tijd om met de juiste verschuiving in winter en zomer', () => {
    expect(brusselsLocalToIso('2023-03-13', '14:00')).toBe('2023-03-13T14:00:00+01:00');
    expect(brusselsLocalToIso('2023-09-24', '14:00')).toBe('2023-09-24T14:00:00+02:00');
    expect(isoToBrusselsLocal('2023-09-24T12:00:00Z')).toEqual({ date: '2023-09-24', time: '14:00' });
  });

  it('weigert een onvolledige datum of het uur dat in maart niet bestaat', () => {
    expect(brusselsLocalToIso('', '14:00')).toBeNull();
    expect(brusselsLocalToIso('2023-09-24', '')).toBeNull();
    expect(brusselsLocalToIso('2024-03-31', '02:30')).toBeNull();
  });
});
