import { isValidBelgianVatNumber, isValidIban, missingOperatorDetails, vatNumberBelongsTo } from './operator-details.js';

describe('operator details', () => {
  it.each(['BE68539007547034', 'BE68 5390 0754 7034', 'be71096123456769', 'NL91ABNA0417164300', 'DE89370400440532013000'])(
    'accepts the valid IBAN %s',
    (iban) => expect(isValidIban(iban)).toBe(true),
  );

  it.each(['BE68539007547035', 'BE6853900754703', 'NL91ABNA0417164301', '68539007547034', ''])('refuses the IBAN %s', (iban) =>
    expect(isValidIban(iban)).toBe(false),
  );

  it('checks a VAT number with the enterprise number mod-97 rule', () => {
    expect(isValidBelgianVatNumber('BE 0799.000.183')).toBe(true);
    expect(isValidBelgianVatNumber('BE0799000184')).toBe(false);
    expect(isValidBelgianVatNumber('0799000183')).toBe(false);
    expect(isValidBelgianVatNumber('NL0799000183')).toBe(false);
  });

  it('ties the VAT number to the enterprise number', () => {
    expect(vatNumberBelongsTo('BE0799.000.183', '0799000183')).toBe(true);
    expect(vatNumberBelongsTo('BE0203201340', '0799000183')).toBe(false);
  });

  it('names what is missing in Dutch', () => {
    expect(missingOperatorDetails({ name: 'Satelliet vzw', enterpriseNumber: '0799000183', vatNumber: null, iban: ' ' })).toEqual(
      ['btw-nummer', 'IBAN'],
    );
    expect(missingOperatorDetails(undefined)).toEqual(['naam', 'ondernemingsnummer', 'btw-nummer', 'IBAN']);
  });
});
