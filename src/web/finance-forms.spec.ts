import { costLineBody, decisionBody, incomeBody, scenarioChanges } from './finance-forms.js';

describe('financieformulieren', () => {
  it('zet euro met duizendtalpunt en decimale komma exact om naar cent', () => {
    expect(
      costLineBody({ category: 'venue', label: 'Zaal', basis: 'fixed', planned: '1.234,50', actual: '1234,5' }).body,
    ).toEqual({
      category: 'venue',
      label: 'Zaal',
      basis: 'fixed',
      plannedCents: 123450,
      actualCents: 123450,
    });
  });

  it('laat een leeg werkelijk bedrag null en meldt een onleesbaar bedrag naast het veld', () => {
    expect(costLineBody({ planned: '10', actual: '' }, true)).toEqual({
      body: { plannedCents: 1000, actualCents: null },
      errors: {},
    });
    expect(costLineBody({ planned: '12.34', actual: '' }, true).errors.planned).toBe('Vul een bedrag in euro in, bv. 1.234,50.');
    expect(incomeBody({ incomeKind: 'subsidy', incomeLabel: 'x', amount: '€\u00A02.000,00' }).body.amountCents).toBe(200000);
  });

  it('vraagt minstens één reden en neemt de andere reden alleen mee als "andere" aangevinkt is', () => {
    expect(decisionBody({ deficit: '4.500', decidedBy: 'RvB', otherReason: 'x' }, undefined).errors.reasons).toBe(
      'Kies minstens één reden.',
    );
    expect(decisionBody({ deficit: '4.500', decidedBy: 'RvB', otherReason: 'x' }, 'network').body).toEqual({
      acceptedDeficitCents: 450000,
      reasons: ['network'],
      decidedBy: 'RvB',
    });
    expect(decisionBody({ deficit: '1', decidedBy: 'RvB', otherReason: 'Jubileum' }, ['other', 'network']).body.otherReason).toBe(
      'Jubileum',
    );
  });

  it('verandert in een wat-als alleen wat ingevuld is', () => {
    expect(
      scenarioChanges({ cultureHouseTariff: '', careCentreTariff: '', cultureHouses: '', careCentres: '', extraCost: '' }),
    ).toEqual({
      changes: {},
      errors: {},
    });
    const { changes, errors } = scenarioChanges({ careCentreTariff: '120', careCentres: '8', extraCost: '500,00' });
    expect(errors).toEqual({});
    expect(changes).toEqual({
      tariffsCents: { culture_house: undefined, care_centre: 12000 },
      satellites: { culture_house: undefined, care_centre: 8 },
      addedCostLines: [{ category: 'other', label: 'Extra kost (wat als)', basis: 'fixed', plannedCents: 50000 }],
    });
    expect(scenarioChanges({ careCentres: 'acht' }).errors.careCentres).toBe('Vul een geheel getal in, met cijfers (bv. 40).');
  });
});
