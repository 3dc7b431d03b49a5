import fc from 'fast-check';
import {
  enterpriseCheckDigits,
  formatEnterpriseNumber,
  isValidEnterpriseNumber,
  normaliseEnterpriseNumber,
} from './enterprise-number.js';

describe('ondernemingsnummer (KBO)', () => {
  it('aanvaardt een nummer met juiste controlecijfers, in elke gangbare schrijfwijze', () => {
    expect(isValidEnterpriseNumber('0203201340')).toBe(true);
    expect(isValidEnterpriseNumber('0203.201.340')).toBe(true);
    expect(isValidEnterpriseNumber('BE 0203.201.340')).toBe(true);
  });

  it('weigert een fout controlegetal, een verkeerde lengte en een nummer dat niet met 0 of 1 begint', () => {
    expect(isValidEnterpriseNumber('0203201341')).toBe(false);
    expect(isValidEnterpriseNumber('020320134')).toBe(false);
    expect(isValidEnterpriseNumber('2203201340')).toBe(false);
    expect(isValidEnterpriseNumber('abcdefghij')).toBe(false);
  });

  it('geeft voor elke basis precies één geldig controlegetal (eigenschap)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 19_999_999 }), fc.integer({ min: 0, max: 99 }), (base, check) => {
        const firstEight = String(base).padStart(8, '0');
        const number = `${firstEight}${String(check).padStart(2, '0')}`;
        expect(isValidEnterpriseNumber(number)).toBe(check === enterpriseCheckDigits(firstEight));
      }),
    );
  });

  it('bewaart tien kale cijfers en toont ze zoals de KBO', () => {
    expect(normaliseEnterpriseNumber('BE0203.201.340')).toBe('0203201340');
    expect(formatEnterpriseNumber('0203201340')).toBe('0203.201.340');
  });
});
