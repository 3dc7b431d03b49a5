import type { Season } from '../events/entities/season.entity.js';
import { programmeQuery, seasonMonths } from './programme-filter.js';

const seasons: Season[] = [
  { code: '2022-2023', name: 'Seizoen 2022-2023', startsOn: '2022-09-01', endsOn: '2023-06-30' },
  { code: '2023-2024', name: 'Seizoen 2023-2024', startsOn: '2023-09-01', endsOn: '2024-06-30' },
];

describe('programmafilter', () => {
  it('zet seizoen, maand en provincie om naar een zoekvraag met Brusselse maandgrenzen', () => {
    const { filter, query } = programmeQuery({ seizoen: '2023-2024', maand: '2023-09', provincie: 'west-vlaanderen' }, seasons);
    expect(filter).toEqual({ seizoen: '2023-2024', maand: '2023-09', provincie: 'west-vlaanderen', wanneer: '' });
    expect(query).toMatchObject({
      season: '2023-2024',
      province: 'west-vlaanderen',
      from: new Date('2023-08-31T22:00:00Z'),
      to: new Date('2023-09-30T22:00:00Z'),
    });
  });

  it('laat waarden vallen die het formulier niet aanbiedt, zodat het hele programma zichtbaar blijft', () => {
    const { filter, query } = programmeQuery({ seizoen: '1999-2000', maand: '2023-13', provincie: 'atlantis' }, seasons);
    expect(filter).toEqual({ seizoen: '', maand: '', provincie: '', wanneer: '' });
    expect(query.season).toBeUndefined();
    expect(query.province).toBeUndefined();
  });

  it('toont zonder maand wat komt, en de voorbije voorstellingen pas achter de link', () => {
    const now = new Date('2026-11-30T07:00:00Z');
    expect(programmeQuery({}, seasons, now).query).toMatchObject({ from: now });
    expect(programmeQuery({}, seasons, now).query.to).toBeUndefined();
    const past = programmeQuery({ wanneer: 'voorbij' }, seasons, now);
    expect(past.filter.wanneer).toBe('voorbij');
    expect(past.query).toMatchObject({ to: now });
    expect(past.query.from).toBeUndefined();
  });

  it('biedt de maanden van het gekozen seizoen aan, van september tot juni', () => {
    const months = seasonMonths(seasons, '2023-2024');
    expect(months).toHaveLength(10);
    expect(months[0]).toEqual({ value: '2023-09', label: 'september 2023' });
    expect(months[9].value).toBe('2024-06');
  });

  it('biedt zonder seizoen de maanden van alle seizoenen aan, in volgorde', () => {
    const values = seasonMonths(seasons, '').map((month) => month.value);
    expect(values).toHaveLength(20);
    expect(values).toEqual([...values].sort());
  });
});
