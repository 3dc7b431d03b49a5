import { brusselsDay, outsideSeasonProblem, seasonProblems } from './season-rules.js';

const season = { code: '2023-2024', startsOn: '2023-09-01', endsOn: '2024-06-30' };

describe('seizoenen', () => {
  it('aanvaardt een seizoen van twee opeenvolgende jaren met de eerste dag voor de laatste', () => {
    expect(seasonProblems(season)).toEqual([]);
  });

  it.each(['2023', '2023-2025', '2024-2023', '23-24', '2023-2024x'])('weigert de code %s', (code) => {
    expect(seasonProblems({ ...season, code })).toEqual([{ field: 'code', message: expect.stringContaining('2024-2025') }]);
  });

  it('weigert een laatste dag voor of op de eerste dag', () => {
    expect(seasonProblems({ ...season, startsOn: '2024-06-30', endsOn: '2023-09-01' })).toEqual([
      { field: 'endsOn', message: 'moet na de eerste dag liggen' },
    ]);
    expect(seasonProblems({ ...season, startsOn: '2023-09-01', endsOn: '2023-09-01' })).toEqual([
      { field: 'endsOn', message: 'moet na de eerste dag liggen' },
    ]);
  });

  it('weigert dagen die niet bestaan of buiten de jaren van de code liggen', () => {
    expect(seasonProblems({ ...season, startsOn: '2023-02-30' })).toEqual([
      { field: 'startsOn', message: 'moet een bestaande datum als JJJJ-MM-DD zijn' },
    ]);
    expect(seasonProblems({ ...season, startsOn: '2022-09-01', endsOn: '2025-06-30' })).toEqual([
      { field: 'startsOn', message: 'moet in 2023 liggen, want het seizoen heet 2023-2024' },
      { field: 'endsOn', message: 'moet in 2024 liggen, want het seizoen heet 2023-2024' },
    ]);
  });

  it('neemt de Brusselse dag van het begin, ook net na middernacht', () => {
    expect(brusselsDay(new Date('2023-08-31T22:30:00Z'))).toBe('2023-09-01');
    expect(brusselsDay(new Date('2024-06-30T21:59:00Z'))).toBe('2024-06-30');
    expect(brusselsDay(new Date('2024-06-30T22:00:00Z'))).toBe('2024-07-01');
  });

  it('aanvaardt een voorstelling op de eerste en de laatste dag van het seizoen', () => {
    expect(outsideSeasonProblem(new Date('2023-08-31T22:30:00Z'), season)).toBeNull();
    expect(outsideSeasonProblem(new Date('2024-06-30T21:59:00Z'), season)).toBeNull();
  });

  it('noemt beide data als de voorstelling buiten haar seizoen begint', () => {
    expect(outsideSeasonProblem(new Date('2023-08-31T21:59:00Z'), season)).toBe(
      'De voorstelling begint op do 31 aug 2023, buiten seizoen 2023-2024 (van vr 1 sep 2023 tot en met zo 30 jun 2024).',
    );
    expect(outsideSeasonProblem(new Date('2024-06-30T22:00:00Z'), season)).toContain('ma 1 jul 2024');
  });
});
