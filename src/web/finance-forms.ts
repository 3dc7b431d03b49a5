import { fieldSentence, type FormErrors, type FormField, type FormValues } from './form-fields.js';
import { euroToCents, wholeNumber } from './form-values.js';

/** Dutch names of the finance enums, for selects, tables and decision reasons. */
export const COST_CATEGORY_LABELS: Record<string, string> = {
  artist_fee: 'Gage artiesten',
  venue: 'Zaal',
  production: 'Productie',
  rights: 'Rechten',
  promotion: 'Promotie',
  platform: 'Platform',
  other: 'Andere',
};
export const COST_BASIS_LABELS: Record<string, string> = { fixed: 'Vast per voorstelling', per_satellite: 'Per satelliet' };
export const INCOME_KIND_LABELS: Record<string, string> = { subsidy: 'Subsidie', sponsor: 'Sponsor', other: 'Andere' };
export { DECISION_REASON_NL as DECISION_REASON_LABELS } from '../finance/finance-csv.js';

export const choices = (labels: Record<string, string>, group: string) => [
  { label: group, choices: Object.entries(labels).map(([value, label]) => ({ value, label })) },
];

export const COST_LINE_FIELDS: readonly FormField[] = [
  { name: 'category', label: 'Soort kost', help: '', groups: choices(COST_CATEGORY_LABELS, 'Soorten') },
  { name: 'label', label: 'Omschrijving', help: 'Bv. "SABAM" of "affiche- en ticketkit".' },
  { name: 'basis', label: 'Rekenwijze', help: '', groups: choices(COST_BASIS_LABELS, 'Rekenwijzen') },
  { name: 'planned', label: 'Gepland bedrag', help: 'In euro exclusief btw, bv. 1.234,50.', inputmode: 'numeric' },
  {
    name: 'actual',
    label: 'Werkelijk bedrag',
    help: 'Leeg zolang de factuur niet binnen is.',
    inputmode: 'numeric',
    optional: true,
  },
];

export const COST_EDIT_FIELDS: readonly FormField[] = COST_LINE_FIELDS.filter((f) => f.name === 'planned' || f.name === 'actual');

export const INCOME_FIELDS: readonly FormField[] = [
  { name: 'incomeKind', label: 'Soort inkomst', help: '', groups: choices(INCOME_KIND_LABELS, 'Soorten') },
  { name: 'incomeLabel', label: 'Naam van de inkomst', help: 'Bv. "provinciale subsidie".' },
  { name: 'amount', label: 'Bedrag', help: 'In euro exclusief btw, bv. 2.000,00.', inputmode: 'numeric' },
];

export const DECISION_FIELDS: readonly FormField[] = [
  { name: 'deficit', label: 'Aanvaard tekort', help: 'In euro, als positief bedrag, bv. 4.500,00.', inputmode: 'numeric' },
  {
    name: 'otherReason',
    label: 'Andere reden',
    help: 'Verplicht als u "Andere reden" aanvinkt.',
    type: 'textarea',
    optional: true,
  },
  { name: 'decidedBy', label: 'Beslist door', help: 'Bv. "Raad van bestuur".' },
];

export const PLAN_FIELDS: readonly FormField[] = [
  {
    name: 'cultureHouses',
    label: 'Verwachte cultuurhuizen',
    help: 'Hoeveel cultuurhuizen u als satelliet verwacht.',
    inputmode: 'numeric',
  },
  {
    name: 'careCentres',
    label: 'Verwachte zorgcentra',
    help: 'Hoeveel zorgcentra u als satelliet verwacht.',
    inputmode: 'numeric',
  },
];
export const PLAN_ALIASES = { expectedCultureHouses: 'cultureHouses', expectedCareCentres: 'careCentres' };

/** The body for SetPlanDto; a count that is not a whole number stays text, so the DTO names the field. */
export function planBody(values: FormValues): { body: Record<string, unknown>; errors: FormErrors } {
  return {
    body: {
      expectedCultureHouses: wholeNumber(values.cultureHouses ?? ''),
      expectedCareCentres: wholeNumber(values.careCentres ?? ''),
    },
    errors: {},
  };
}

/** Aliases from the DTO's field names to the form's. */
export const COST_ALIASES = { plannedCents: 'planned', actualCents: 'actual' };
export const INCOME_ALIASES = { kind: 'incomeKind', label: 'incomeLabel', amountCents: 'amount' };
export const DECISION_ALIASES = { acceptedDeficitCents: 'deficit', reasons: 'reasons' };

const AMOUNT_HINT = 'Vul een bedrag in euro in, bv. 1.234,50.';

/** Reads one euro field into cents, noting an error beside it; an empty optional field is null. */
function amountInto(values: FormValues, errors: FormErrors, field: FormField): number | null | undefined {
  const text = values[field.name] ?? '';
  if (field.optional && text.trim() === '') return null;
  const cents = euroToCents(text);
  if (cents === null) errors[field.name] = AMOUNT_HINT;
  return cents ?? undefined;
}

const fieldNamed = (fields: readonly FormField[], name: string) => fields.find((f) => f.name === name) as FormField;

/** The body for CreateCostLineDto (or, with `editOnly`, the planned and actual amounts of UpdateCostLineDto). */
export function costLineBody(values: FormValues, editOnly = false): { body: Record<string, unknown>; errors: FormErrors } {
  const errors: FormErrors = {};
  const body: Record<string, unknown> = {
    plannedCents: amountInto(values, errors, fieldNamed(COST_LINE_FIELDS, 'planned')),
    actualCents: amountInto(values, errors, fieldNamed(COST_LINE_FIELDS, 'actual')),
  };
  if (!editOnly) Object.assign(body, { category: values.category, label: values.label, basis: values.basis });
  return { body, errors };
}

export const INCOME_EDIT_ALIASES = { amountCents: 'planned', actualCents: 'actual' };

/** The planned and actual amounts of an income line, with the same fields as a cost line's edit form. */
export function incomeEditBody(values: FormValues): { body: Record<string, unknown>; errors: FormErrors } {
  const { body, errors } = costLineBody(values, true);
  return { body: { amountCents: body.plannedCents, actualCents: body.actualCents }, errors };
}

export function incomeBody(values: FormValues): { body: Record<string, unknown>; errors: FormErrors } {
  const errors: FormErrors = {};
  const body = {
    kind: values.incomeKind,
    label: values.incomeLabel,
    amountCents: amountInto(values, errors, fieldNamed(INCOME_FIELDS, 'amount')),
  };
  return { body, errors };
}

/** `reasons` are the ticked checkboxes: one value arrives as text, several as a list. */
export function decisionBody(values: FormValues, reasons: unknown): { body: Record<string, unknown>; errors: FormErrors } {
  const errors: FormErrors = {};
  const ticked = (Array.isArray(reasons) ? reasons : [reasons]).filter((r): r is string => typeof r === 'string');
  if (ticked.length === 0) errors.reasons = 'Kies minstens één reden.';
  const body: Record<string, unknown> = {
    acceptedDeficitCents: amountInto(values, errors, fieldNamed(DECISION_FIELDS, 'deficit')),
    reasons: ticked,
    decidedBy: values.decidedBy,
    ...(ticked.includes('other') ? { otherReason: values.otherReason } : {}),
  };
  return { body, errors };
}

/** What-if fields: each left empty keeps today's value. */
export const SCENARIO_FIELDS: readonly FormField[] = [
  {
    name: 'cultureHouseTariff',
    label: 'Tarief cultuurhuis',
    help: 'In euro, leeg = huidig tarief.',
    inputmode: 'numeric',
    optional: true,
  },
  {
    name: 'careCentreTariff',
    label: 'Tarief zorgcentrum',
    help: 'In euro, leeg = huidig tarief.',
    inputmode: 'numeric',
    optional: true,
  },
  {
    name: 'cultureHouses',
    label: 'Satellieten: cultuurhuizen',
    help: 'Aantal, leeg = huidig aantal.',
    inputmode: 'numeric',
    optional: true,
  },
  {
    name: 'careCentres',
    label: 'Satellieten: zorgcentra',
    help: 'Aantal, leeg = huidig aantal.',
    inputmode: 'numeric',
    optional: true,
  },
  {
    name: 'extraCost',
    label: 'Extra vaste kost',
    help: 'In euro; een nieuwe kostenlijn in dit scenario.',
    inputmode: 'numeric',
    optional: true,
  },
];
export const SCENARIO_YEAR_FIELDS: readonly FormField[] = [
  {
    name: 'margin',
    label: 'Andere goedgekeurde marge',
    help: 'In euro, als positief bedrag; leeg = huidige.',
    inputmode: 'numeric',
    optional: true,
  },
];

/** Scenario changes for one event, from the what-if form; empty fields change nothing. */
export function scenarioChanges(values: FormValues): { changes: Record<string, unknown>; errors: FormErrors } {
  const errors: FormErrors = {};
  const amount = (name: string) => {
    const text = values[name] ?? '';
    if (text.trim() === '') return undefined;
    const cents = euroToCents(text);
    if (cents === null) errors[name] = AMOUNT_HINT;
    return cents ?? undefined;
  };
  const count = (name: string) => {
    const text = values[name] ?? '';
    if (text.trim() === '') return undefined;
    const number = wholeNumber(text);
    if (typeof number !== 'number') errors[name] = fieldSentence('moet een geheel getal zijn');
    return typeof number === 'number' ? number : undefined;
  };
  const tariffs = { culture_house: amount('cultureHouseTariff'), care_centre: amount('careCentreTariff') };
  const satellites = { culture_house: count('cultureHouses'), care_centre: count('careCentres') };
  const extra = amount('extraCost');
  const any = (o: Record<string, unknown>) => Object.values(o).some((v) => v !== undefined);
  const changes: Record<string, unknown> = {
    ...(any(tariffs) ? { tariffsCents: tariffs } : {}),
    ...(any(satellites) ? { satellites } : {}),
    ...(extra !== undefined
      ? { addedCostLines: [{ category: 'other', label: 'Extra kost (wat als)', basis: 'fixed', plannedCents: extra }] }
      : {}),
  };
  return { changes, errors };
}
