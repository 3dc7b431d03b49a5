import type { ValidationError } from 'class-validator';
import type { FieldProblem } from './problem.js';

/**
 * Dutch wording per class-validator constraint. Decorators that carry their own `message`
 * keep it; anything not listed falls back to a neutral sentence rather than English.
 */
const DUTCH: Record<string, string> = {
  whitelistValidation: 'is geen bekend veld',
  isDefined: 'is verplicht',
  isNotEmpty: 'mag niet leeg zijn',
  isString: 'moet tekst zijn',
  isInt: 'moet een geheel getal zijn',
  isNumber: 'moet een getal zijn',
  isBoolean: 'moet waar of onwaar zijn',
  isEmail: 'moet een geldig e-mailadres zijn',
  isUrl: 'moet een geldig webadres zijn',
  isUUID: 'moet een geldige id (uuid) zijn',
  isDateString: 'moet een datum en tijd zijn (ISO 8601, bv. 2026-12-05T14:00:00+01:00)',
  isISO8601: 'moet een datum en tijd zijn (ISO 8601, bv. 2026-12-05T14:00:00+01:00)',
  isEnum: 'heeft geen toegelaten waarde',
  isIn: 'heeft geen toegelaten waarde',
  min: 'is te klein',
  max: 'is te groot',
  minLength: 'is te kort',
  maxLength: 'is te lang',
  matches: 'heeft niet de juiste vorm',
  isArray: 'moet een lijst zijn',
  arrayMinSize: 'moet minstens één element bevatten',
  arrayMaxSize: 'bevat te veel elementen',
  nestedValidation: 'moet een object zijn',
  isObject: 'moet een object zijn',
};

// "Too short" misleads when nothing was typed at all: the person left the field empty.
const dutchFor = (constraint: string, value: unknown): string =>
  constraint === 'minLength' && typeof value === 'string' && value.trim() === ''
    ? DUTCH.isNotEmpty
    : (DUTCH[constraint] ?? 'is ongeldig');

const ENGLISH_DEFAULT = /^(each value in )?[\w.[\]]+ (must|should|is|has)\b/;

/** Flattens nested validation errors into `errors[]` entries with dotted field paths and Dutch messages. */
export function toFieldProblems(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
      field,
      message: ENGLISH_DEFAULT.test(message) ? dutchFor(constraint, error.value) : message,
    }));
    return [...own, ...toFieldProblems(error.children ?? [], field)];
  });
}

export function describeFieldProblems(problems: FieldProblem[]): string {
  return problems.map((problem) => `${problem.field} ${problem.message}`).join('; ');
}
