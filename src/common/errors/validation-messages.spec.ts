import { IsString, MinLength, validateSync } from 'class-validator';
import { toFieldProblems } from './validation-messages.js';

class Label {
  @IsString()
  @MinLength(3)
  label!: string;
}

const problemsFor = (label: unknown) => {
  const input = Object.assign(new Label(), { label });
  return toFieldProblems(validateSync(input));
};

describe('Nederlandse veldfouten', () => {
  it('zegt "mag niet leeg zijn" voor een leeg veld, niet "is te kort"', () => {
    expect(problemsFor('')).toEqual([{ field: 'label', message: 'mag niet leeg zijn' }]);
  });

  it('zegt "is te kort" voor een ingevuld maar te kort veld', () => {
    expect(problemsFor('ab')).toEqual([{ field: 'label', message: 'is te kort' }]);
  });

  it('zegt "moet tekst zijn" voor een getal', () => {
    expect(problemsFor(12).map((problem) => problem.message)).toContain('moet tekst zijn');
  });
});
