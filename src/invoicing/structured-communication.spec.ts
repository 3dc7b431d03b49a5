import fc from 'fast-check';
import {
  checkDigits,
  communicationForDocument,
  communicationFromBase,
  documentKeyFromCommunication,
  formatStructuredCommunication,
  isValidStructuredCommunication,
  parseStructuredCommunication,
} from './structured-communication.js';
import { MAX_SEQUENCE } from './invoicing-series.js';

const base = fc.stringMatching(/^\d{10}$/);

describe('gestructureerde mededeling', () => {
  it('berekent de controlecijfers als basis modulo 97', () => {
    expect(checkDigits('1234567890')).toBe('02');
    expect(communicationFromBase('1234567890')).toBe('123456789002');
  });

  it('gebruikt 97 wanneer de rest nul is', () => {
    expect(checkDigits('9700000000')).toBe('97');
    expect(checkDigits('0000000000')).toBe('97');
  });

  it('weigert een basis die geen tien cijfers heeft', () => {
    expect(() => checkDigits('123')).toThrow(RangeError);
    expect(() => checkDigits('12345678a0')).toThrow(RangeError);
  });

  it('toont de mededeling als +++123/4567/89002+++', () => {
    expect(formatStructuredCommunication('123456789002')).toBe('+++123/4567/89002+++');
  });

  it('leest elke gangbare schrijfwijze terug naar twaalf kale cijfers', () => {
    for (const written of [
      '+++123/4567/89002+++',
      '***123/4567/89002***',
      '123/4567/89002',
      '123456789002',
      ' +++ 123 / 4567 / 89002 +++ ',
    ]) {
      expect(parseStructuredCommunication(written)).toBe('123456789002');
    }
  });

  it('weigert een fout controlegetal, een verkeerde lengte en ongelijke omhulsels', () => {
    expect(parseStructuredCommunication('+++123/4567/89003+++')).toBeNull();
    expect(parseStructuredCommunication('+++123/4567/8900+++')).toBeNull();
    expect(parseStructuredCommunication('+++123/4567/89002***')).toBeNull();
    expect(parseStructuredCommunication('factuur 2026-00042')).toBeNull();
  });

  it('leidt de mededeling af uit jaar, soort en volgnummer', () => {
    expect(communicationForDocument({ kind: 'invoice', year: 2026, sequence: 42 })).toBe('202610004229');
    expect(communicationForDocument({ kind: 'credit-note', year: 2026, sequence: 3 })).toBe('202620000380');
  });

  it('weigert een volgnummer of jaar buiten de reeks', () => {
    expect(() => communicationForDocument({ kind: 'invoice', year: 2026, sequence: 0 })).toThrow(RangeError);
    expect(() => communicationForDocument({ kind: 'invoice', year: 2026, sequence: MAX_SEQUENCE + 1 })).toThrow(RangeError);
    expect(() => communicationForDocument({ kind: 'invoice', year: 1999, sequence: 1 })).toThrow(RangeError);
  });

  it('vindt het document terug uit een betaalde mededeling, en niets uit een vreemde', () => {
    expect(documentKeyFromCommunication('+++202/6100/04229+++')).toEqual({ kind: 'invoice', year: 2026, sequence: 42 });
    expect(documentKeyFromCommunication('+++123/4567/89002+++')).toBeNull();
  });

  describe('eigenschappen', () => {
    it('elke gebouwde mededeling is geldig en overleeft tonen en teruglezen', () => {
      fc.assert(
        fc.property(base, (b) => {
          const digits = communicationFromBase(b);
          expect(isValidStructuredCommunication(digits)).toBe(true);
          expect(parseStructuredCommunication(formatStructuredCommunication(digits))).toBe(digits);
        }),
      );
    });

    it('één gewijzigd cijfer, waar ook, maakt de mededeling ongeldig', () => {
      fc.assert(
        fc.property(base, fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 9 }), (b, position, shift) => {
          const digits = communicationFromBase(b);
          const changed = (Number(digits[position]) + shift) % 10;
          const mutated = `${digits.slice(0, position)}${changed}${digits.slice(position + 1)}`;
          expect(isValidStructuredCommunication(mutated)).toBe(false);
        }),
      );
    });

    it('verschillende documenten krijgen verschillende mededelingen die naar hen terugleiden', () => {
      const key = fc.record({
        kind: fc.constantFrom('invoice' as const, 'credit-note' as const),
        year: fc.integer({ min: 2000, max: 9999 }),
        sequence: fc.integer({ min: 1, max: MAX_SEQUENCE }),
      });
      fc.assert(
        fc.property(key, key, (a, b) => {
          const [ca, cb] = [communicationForDocument(a), communicationForDocument(b)];
          expect(documentKeyFromCommunication(ca)).toEqual(a);
          expect(ca === cb).toBe(a.kind === b.kind && a.year === b.year && a.sequence === b.sequence);
        }),
      );
    });
  });
});
