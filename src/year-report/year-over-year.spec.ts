import fc from 'fast-check';
import { compareWithPreviousYear, comparisonWords } from './year-over-year.js';

describe('vergelijking met het jaar ervoor', () => {
  it.each([
    [51, 47, 'hoger dan in 2022'],
    [3, 4, 'lager dan in 2022'],
    [1, 1, 'gelijk aan 2022'],
    [-410100, 15500, 'lager dan in 2022'],
  ])('zegt %i tegenover %i als "%s"', (current, previous, words) => {
    expect(comparisonWords(compareWithPreviousYear(current, previous, 2022))).toBe(words);
  });

  it('zegt niets als het vorige jaar geen gegevens heeft', () => {
    expect(compareWithPreviousYear(51, null, 2022)).toBeNull();
    expect(comparisonWords(null)).toBe('');
  });

  it('houdt het vorige cijfer bij, zodat de tekst het kan noemen', () => {
    expect(compareWithPreviousYear(4.4, 4.2, 2022)).toEqual({ previousYear: 2022, previous: 4.2, direction: 'higher' });
  });

  it('is hoger precies als het omgekeerde lager is', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), (a, b) => {
        const forward = compareWithPreviousYear(a, b, 2022)?.direction;
        const backward = compareWithPreviousYear(b, a, 2022)?.direction;
        expect([forward, backward].sort()).toEqual(a === b ? ['equal', 'equal'] : ['higher', 'lower']);
      }),
    );
  });
});
