import { formatBelgianDate, formatIban, formatPercent, formatVatNumber } from './dutch-format.js';

describe('Belgische schrijfwijzen op documenten', () => {
  it('schrijft datums als dag/maand/jaar', () => {
    expect(formatBelgianDate('2026-01-05')).toBe('05/01/2026');
  });

  it('groepeert een IBAN per vier tekens, welke schrijfwijze ook binnenkomt', () => {
    expect(formatIban('BE68539007547034')).toBe('BE68 5390 0754 7034');
    expect(formatIban('be68 5390 0754 7034')).toBe('BE68 5390 0754 7034');
  });

  it('toont een Belgisch btw-nummer met de punten van het ondernemingsnummer, en laat een buitenlands ongemoeid', () => {
    expect(formatVatNumber('BE0203201340')).toBe('BE 0203.201.340');
    expect(formatVatNumber('be 0203.201.340')).toBe('BE 0203.201.340');
    expect(formatVatNumber('NL123456789B01')).toBe('NL123456789B01');
  });

  it('schrijft een tarief met een spatie voor het procentteken', () => {
    expect(formatPercent(21)).toBe('21 %');
  });
});
