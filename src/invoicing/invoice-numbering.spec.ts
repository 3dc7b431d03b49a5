import fc from 'fast-check';
import { formatDocumentNumber, parseDocumentNumber } from './invoice-numbering.js';
import { MAX_SEQUENCE } from './invoicing-series.js';

describe('factuur- en creditnotanummers', () => {
  it('nummert facturen als jaar-volgnummer en creditnota’s met CN ervoor', () => {
    expect(formatDocumentNumber({ kind: 'invoice', year: 2026, sequence: 42 })).toBe('2026-00042');
    expect(formatDocumentNumber({ kind: 'credit-note', year: 2026, sequence: 3 })).toBe('CN-2026-00003');
  });

  it('leest een nummer terug naar soort, jaar en volgnummer', () => {
    expect(parseDocumentNumber('2026-00042')).toEqual({ kind: 'invoice', year: 2026, sequence: 42 });
    expect(parseDocumentNumber(' cn-2026-00003 ')).toEqual({ kind: 'credit-note', year: 2026, sequence: 3 });
  });

  it('weigert volgnummer nul, te korte nummers en vreemde voorvoegsels', () => {
    expect(parseDocumentNumber('2026-00000')).toBeNull();
    expect(parseDocumentNumber('2026-42')).toBeNull();
    expect(parseDocumentNumber('F-2026-00042')).toBeNull();
  });

  it('weigert een volgnummer dat niet in vijf cijfers past', () => {
    expect(() => formatDocumentNumber({ kind: 'invoice', year: 2026, sequence: MAX_SEQUENCE + 1 })).toThrow(RangeError);
  });

  it('sorteert binnen een reeks in de volgorde van uitgifte (eigenschap)', () => {
    const sequence = fc.integer({ min: 1, max: MAX_SEQUENCE });
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 9999 }), sequence, sequence, (year, a, b) => {
        const [na, nb] = [a, b].map((s) => formatDocumentNumber({ kind: 'invoice', year, sequence: s }));
        expect(parseDocumentNumber(na)).toEqual({ kind: 'invoice', year, sequence: a });
        expect(na < nb).toBe(a < b);
      }),
    );
  });
});
