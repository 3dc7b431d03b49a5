import { errorsByField, fieldSentence, type FormField } from './form-fields.js';

const fields: FormField[] = [
  { name: 'expectedViewers', label: 'Verwacht aantal kijkers', help: '' },
  { name: 'password', label: 'Kies een wachtwoord', help: '' },
];

describe('foutmeldingen naast een veld', () => {
  it('geeft bij "veertig" kijkers één melding, de meest basale, en niet drie tegenstrijdige', () => {
    const { byField } = errorsByField(fields, [
      { field: 'expectedViewers', message: 'is te groot' },
      { field: 'expectedViewers', message: 'moet minstens 1 zijn' },
      { field: 'expectedViewers', message: 'moet een geheel getal zijn' },
    ]);
    expect(byField).toEqual({ expectedViewers: 'Vul een geheel getal in, met cijfers (bv. 40).' });
  });

  it('gebruikt het label nooit als onderwerp van de zin', () => {
    const { byField } = errorsByField(fields, [{ field: 'password', message: 'moet minstens 10 tekens lang zijn' }]);
    expect(byField.password).toBe('Dit veld moet minstens 10 tekens lang zijn.');
    expect(byField.password).not.toContain('Kies een wachtwoord');
  });

  it('zegt "Vul dit veld in." bij een verplicht veld en laat onbekende velden voor de samenvatting', () => {
    expect(fieldSentence('is verplicht')).toBe('Vul dit veld in.');
    expect(errorsByField(fields, [{ field: 'elders', message: 'is ongeldig' }]).unplaced).toEqual(['is ongeldig']);
  });
});
