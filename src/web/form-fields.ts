import { ProblemException, type FieldProblem } from '../common/errors/problem.js';

export interface Choice {
  value: string;
  label: string;
}

/** One form field as the `field` partial renders it; `name` is the DTO's dotted path. */
export interface FormField {
  name: string;
  label: string;
  help: string;
  type?: 'text' | 'email' | 'password' | 'tel' | 'textarea' | 'date' | 'time' | 'url';
  autocomplete?: string;
  inputmode?: 'numeric' | 'tel' | 'email';
  optional?: boolean;
  groups?: { label: string; choices: Choice[] }[];
}

export type FormValues = Record<string, string>;
export type FormErrors = Record<string, string>;

/** Only the fields the form declares are read, so stray or hostile keys never reach the DTO. */
export function readForm(fields: readonly FormField[], body: unknown): FormValues {
  const source = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  return Object.fromEntries(
    fields.map((field) => {
      const value = source[field.name];
      return [field.name, typeof value === 'string' ? value : ''];
    }),
  );
}

/** "organisation.postcode" = "3900" becomes { organisation: { postcode: "3900" } }; empty optional fields are left out. */
export function toNested(fields: readonly FormField[], values: FormValues): Record<string, unknown> {
  const nested: Record<string, unknown> = {};
  for (const field of fields) {
    const value = values[field.name] ?? '';
    if (field.optional && value.trim() === '') continue;
    const path = field.name.split('.');
    let target = nested;
    for (const key of path.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>;
    target[path[path.length - 1]] = value;
  }
  return nested;
}

/**
 * Puts each validation message next to the field it names, as "Postcode moet …". `aliases`
 * sends errors on fields the form does not show to the field that decides them.
 */
export function errorsByField(
  fields: readonly FormField[],
  problems: readonly FieldProblem[],
  aliases: Record<string, string> = {},
): { byField: FormErrors; unplaced: string[] } {
  const labels = new Map(fields.map((field) => [field.name, field.label]));
  const byField: FormErrors = {};
  const unplaced: string[] = [];
  for (const problem of problems) {
    const name = aliases[problem.field] ?? problem.field;
    const label = labels.get(name);
    if (!label) {
      unplaced.push(problem.message);
      continue;
    }
    const sentence = `${label} ${problem.message}.`;
    if (!byField[name]?.includes(sentence)) byField[name] = byField[name] ? `${byField[name]} ${sentence}` : sentence;
  }
  return { byField, unplaced };
}

export interface FormState {
  errors: FormErrors;
  summary: string;
  status: number;
}

/**
 * A problem the person can fix by changing the form (a 4xx other than a rate limit) becomes the
 * errors next to the fields plus, for what no field explains, a summary; anything else is
 * rethrown for the error page.
 */
export function formStateFor(error: unknown, fields: readonly FormField[], aliases: Record<string, string> = {}): FormState {
  if (!(error instanceof ProblemException) || error.kind.status >= 500 || error.kind.status === 429) throw error;
  const { byField, unplaced } = errorsByField(fields, error.extensions.errors ?? [], aliases);
  const summary = Object.keys(byField).length === 0 || unplaced.length > 0 ? error.detail : '';
  return { errors: byField, summary, status: error.kind.status };
}
