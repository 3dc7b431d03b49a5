import fc from 'fast-check';
import { partnerTurnover } from './partner-turnover.js';

describe('nieuwe en teruggekeerde partners', () => {
  it('telt elke organisatie één keer, ook als ze meermaals deelnam', () => {
    expect(partnerTurnover(['a', 'a', 'b', 'c', 'c'], ['b', 'x', 'x'])).toEqual({ total: 3, returned: 1, new: 2 });
  });

  it('laat nieuw en teruggekeerd open als het vorige jaar geen gegevens heeft', () => {
    expect(partnerTurnover(['a', 'b'], null)).toEqual({ total: 2, returned: null, new: null });
  });

  it('telt iedereen als nieuw na een jaar zonder deelnemers', () => {
    expect(partnerTurnover(['a', 'b'], [])).toEqual({ total: 2, returned: 0, new: 2 });
  });

  it('splitst het totaal altijd in nieuw plus teruggekeerd', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 })), fc.array(fc.integer({ min: 0, max: 30 })), (now, before) => {
        const turnover = partnerTurnover(now.map(String), before.map(String));
        expect((turnover.new ?? -1) + (turnover.returned ?? -1)).toBe(turnover.total);
        expect(turnover.returned).toBe(new Set(now.filter((id) => before.includes(id))).size);
      }),
    );
  });
});
