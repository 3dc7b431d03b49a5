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
  /** A long list: the page's script adds a search box above it (the list works without it). */
  searchable?: boolean;
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

/** Said on a required field left empty. */
export const REQUIRED_MESSAGE = 'Vul dit veld in.';

// A wrong kind of value ("veertig" for a number) makes range rules meaningless: that one is said first.
const SHAPE_PROBLEM = /^(is verplicht|mag niet leeg zijn|moet (tekst|een (geheel )?getal|een geldig)\b)/;

/**
 * The API speaks of a field in the third person ("moet een geheel getal zijn"); next to the field
 * a person reads a sentence addressed to them, never their label as its subject.
 */
export function fieldSentence(message: string): string {
  if (/^(is verplicht|mag niet leeg zijn)$/.test(message)) return REQUIRED_MESSAGE;
  if (message === 'moet een geheel getal zijn') return 'Vul een geheel getal in, met cijfers (bv. 40).';
  if (message === 'moet een getal zijn') return 'Vul een getal in, met cijfers.';
  if (message === 'moet een geldig e-mailadres zijn') return 'Vul een geldig e-mailadres in, bv. naam@zorgcentrum.be.';
  return `Dit veld ${message}.`;
}

/**
 * Puts one validation message next to each field it names (the most basic one when there are
 * several). `aliases` sends errors on fields the form does not show to the field that decides them.
 */
export function errorsByField(
  fields: readonly FormField[],
  problems: readonly FieldProblem[],
  aliases: Record<string, string> = {},
): { byField: FormErrors; unplaced: string[] } {
  const shown = new Set(fields.map((field) => field.name));
  const chosen = new Map<string, string>();
  const unplaced: string[] = [];
  for (const problem of problems) {
    const name = aliases[problem.field] ?? problem.field;
    if (!shown.has(name)) {
      unplaced.push(problem.message);
      continue;
    }
    const current = chosen.get(name);
    if (current === undefined || (!SHAPE_PROBLEM.test(current) && SHAPE_PROBLEM.test(problem.message))) {
      chosen.set(name, problem.message);
    }
  }
  const byField = Object.fromEntries([...chosen].map(([name, message]) => [name, fieldSentence(message)]));
  return { byField, unplaced };
}

/** Every required field left empty, flagged on that field itself (not on a field derived from it). */
export function missingFields(fields: readonly FormField[], values: FormValues): FormErrors {
  return Object.fromEntries(
    fields
      .filter((field) => !field.optional && (values[field.name] ?? '').trim() === '')
      .map((field) => [field.name, REQUIRED_MESSAGE]),
  );
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
