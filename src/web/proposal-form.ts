import type { ProposalView } from '../proposals/dto/proposal.view.js';
import { VAT_CHOICES } from './event-form.js';
import { choices, COST_BASIS_LABELS, COST_CATEGORY_LABELS } from './finance-forms.js';
import type { FormErrors, FormField, FormValues } from './form-fields.js';
import { brusselsLocalToIso, centsToEuroText, euroToCents, isoToBrusselsLocal, wholeNumber } from './form-values.js';

/** A plain form has a fixed number of rows; empty ones are left out. */
export const DATE_ROWS = 3;
export const COST_ROWS = 5;

const VAT_GROUPS = [{ label: 'Btw-tarieven', choices: VAT_CHOICES }];

export const PROPOSAL_FIELDS: readonly FormField[] = [
  { name: 'title', label: 'Titel', help: 'Zoals ze in het programma zou staan.' },
  { name: 'performers', label: 'Artiesten', help: 'Eén naam per regel.', type: 'textarea' },
  { name: 'venue', label: 'Zaal', help: 'De zaal van uw huis waar gefilmd wordt, bv. "Grote zaal".' },
  { name: 'durationMinutes', label: 'Duur in minuten', help: 'Bv. 90.', inputmode: 'numeric' },
  {
    name: 'technicalNotes',
    label: 'Technische opmerkingen',
    help: 'Camera’s, geluid, internet in de zaal.',
    type: 'textarea',
    optional: true,
  },
];

/** Per possible date: a day and a Belgian start time. The first is required. */
export const DATE_FIELDS: readonly FormField[][] = Array.from({ length: DATE_ROWS }, (_, index) => [
  { name: `date${index + 1}`, label: `Datum ${index + 1}: dag`, help: '', type: 'date', optional: index > 0 },
  {
    name: `time${index + 1}`,
    label: `Datum ${index + 1}: begint om`,
    help: 'Belgische tijd, bv. 14:00.',
    type: 'time',
    optional: index > 0,
  },
]);

/** Per cost line: what it is, how it counts, the amount excluding VAT and the VAT rate. The first is required. */
export const COST_FIELDS: readonly FormField[][] = Array.from({ length: COST_ROWS }, (_, index) => {
  const n = index + 1;
  const optional = index > 0;
  return [
    { name: `line${n}Category`, label: `Kost ${n}: soort`, help: '', groups: choices(COST_CATEGORY_LABELS, 'Soorten'), optional },
    { name: `line${n}Label`, label: `Kost ${n}: omschrijving`, help: 'Bv. "gage artiesten".', optional },
    {
      name: `line${n}Basis`,
      label: `Kost ${n}: rekenwijze`,
      help: '',
      groups: choices(COST_BASIS_LABELS, 'Rekenwijzen'),
      optional,
    },
    {
      name: `line${n}Amount`,
      label: `Kost ${n}: bedrag`,
      help: 'In euro exclusief btw, bv. 2.500,00.',
      inputmode: 'numeric',
      optional,
    },
    { name: `line${n}Vat`, label: `Kost ${n}: btw-tarief`, help: '', groups: VAT_GROUPS, optional },
  ];
});

export const ALL_PROPOSAL_FIELDS: readonly FormField[] = [...PROPOSAL_FIELDS, ...DATE_FIELDS.flat(), ...COST_FIELDS.flat()];

const COST_PARTS: Record<string, string> = {
  category: 'Category',
  label: 'Label',
  basis: 'Basis',
  plannedCents: 'Amount',
  vatRatePercent: 'Vat',
};

/** The API names `possibleStarts.0` and `costLines.1.plannedCents`; the page shows them as the row a person fixes. */
export function proposalAliases(dateRows: readonly number[], costRows: readonly number[]): Record<string, string> {
  const aliases: Record<string, string> = { possibleStarts: 'time1', costLines: 'line1Category' };
  dateRows.forEach((row, index) => (aliases[`possibleStarts.${index}`] = `time${row}`));
  costRows.forEach((row, index) => {
    for (const [part, suffix] of Object.entries(COST_PARTS)) aliases[`costLines.${index}.${part}`] = `line${row}${suffix}`;
  });
  return aliases;
}

const filled = (values: FormValues, names: readonly string[]) => names.some((name) => (values[name] ?? '').trim() !== '');

/**
 * The body SubmitProposalDto validates, with the rows used (for the aliases), or the errors a
 * person can fix first: dates, times and amounts that are not one.
 */
export function proposalBody(values: FormValues): {
  body: Record<string, unknown>;
  errors: FormErrors;
  aliases: Record<string, string>;
} {
  const errors: FormErrors = {};
  const dateRows: number[] = [];
  const possibleStarts: (string | null)[] = [];
  DATE_FIELDS.forEach((_, index) => {
    const n = index + 1;
    if (index > 0 && !filled(values, [`date${n}`, `time${n}`])) return;
    const iso = brusselsLocalToIso(values[`date${n}`] ?? '', values[`time${n}`] ?? '');
    if (iso === null) errors[`time${n}`] = 'Vul een bestaande dag en een uur in, bv. 14:00.';
    dateRows.push(n);
    possibleStarts.push(iso);
  });
  const costRows: number[] = [];
  const costLines = COST_FIELDS.flatMap((row, index) => {
    const n = index + 1;
    if (
      index > 0 &&
      !filled(
        values,
        row.map((field) => field.name),
      )
    )
      return [];
    const cents = euroToCents(values[`line${n}Amount`] ?? '');
    if (cents === null) errors[`line${n}Amount`] = 'Vul een bedrag in euro in, bv. 2.500,00.';
    costRows.push(n);
    return [
      {
        category: values[`line${n}Category`],
        label: values[`line${n}Label`],
        basis: values[`line${n}Basis`],
        plannedCents: cents,
        vatRatePercent: wholeNumber(values[`line${n}Vat`] ?? ''),
      },
    ];
  });
  const body = {
    title: values.title,
    performers: (values.performers ?? '')
      .split(/\r?\n/)
      .map((name) => name.trim())
      .filter(Boolean),
    venue: values.venue,
    durationMinutes: wholeNumber(values.durationMinutes ?? ''),
    technicalNotes: values.technicalNotes ?? '',
    possibleStarts,
    costLines,
  };
  return { body, errors, aliases: proposalAliases(dateRows, costRows) };
}

/** A proposal's current values as the form shows them, for editing. */
export function proposalFormValues(proposal: ProposalView): FormValues {
  const values: FormValues = {
    title: proposal.title,
    performers: proposal.performers.join('\n'),
    venue: proposal.venue,
    durationMinutes: String(proposal.durationMinutes),
    technicalNotes: proposal.technicalNotes,
  };
  proposal.possibleStarts.forEach((start, index) => {
    const local = isoToBrusselsLocal(start);
    values[`date${index + 1}`] = local.date;
    values[`time${index + 1}`] = local.time;
  });
  (proposal.costLines ?? []).forEach((line, index) => {
    const n = index + 1;
    values[`line${n}Category`] = line.category;
    values[`line${n}Label`] = line.label;
    values[`line${n}Basis`] = line.basis;
    values[`line${n}Amount`] = centsToEuroText(line.plannedCents);
    values[`line${n}Vat`] = String(line.vatRatePercent);
  });
  return values;
}

/** A new proposal starts with one fixed line for the artists at 6% VAT, the usual case. */
export const NEW_PROPOSAL_VALUES: FormValues = {
  durationMinutes: '90',
  line1Category: 'artist_fee',
  line1Basis: 'fixed',
  line1Vat: '6',
};
