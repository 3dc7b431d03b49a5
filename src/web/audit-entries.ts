import { formatDutchDateTime, formatEuroCents } from '../common/format/dutch-format.js';
import { COST_BASIS_LABELS, COST_CATEGORY_LABELS, INCOME_KIND_LABELS } from './finance-forms.js';
import { EVENT_STATUS_LABELS } from './labels.js';

/** One audit entry as GET /api/finance/audit gives it. */
export interface AuditRow {
  id: string;
  at: Date;
  actorName: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  before: unknown;
  after: unknown;
}

export interface AuditChange {
  field: string;
  before: string;
  after: string;
}

/** What a person reads in the audit list: the action in Dutch, what it is about and what changed. */
export interface AuditLine {
  id: string;
  at: Date;
  who: string;
  what: string;
  about: string;
  eventId: string | null;
  changes: AuditChange[];
}

const ACTION_LABELS: Record<string, string> = {
  'event.published': 'Voorstelling gepubliceerd',
  'event.moved': 'Voorstelling verplaatst',
  'event.updated': 'Voorstelling aangepast',
  'event.cancelled': 'Voorstelling afgelast',
  'event.new_date': 'Nieuwe datum voor een afgelaste voorstelling',
  'event.streamed': 'Voorstelling gestreamd',
  'event.closed': 'Boeken van de voorstelling afgesloten',
  'event_plan.created': 'Plan van de voorstelling opgesteld',
  'event_plan.updated': 'Plan van de voorstelling aangepast',
  'season.created': 'Seizoen aangemaakt',
  'season.updated': 'Seizoen aangepast',
  'cost_line.created': 'Kostenlijn toegevoegd',
  'cost_line.updated': 'Kostenlijn aangepast',
  'cost_line.deleted': 'Kostenlijn geschrapt',
  'other_income.created': 'Inkomst toegevoegd',
  'other_income.updated': 'Inkomst aangepast',
  'other_income.deleted': 'Inkomst geschrapt',
  'budget_year.margin_set': 'Marge vastgelegd',
  'budget_year.margin_changed': 'Marge gewijzigd',
  'principle_decision.recorded': 'Principebeslissing vastgelegd',
};

const FIELD_LABELS: Record<string, string> = {
  status: 'status',
  title: 'titel',
  startsAt: 'begin',
  endsAt: 'einde',
  signOnDeadline: 'intekenen tot',
  testSlotStartsAt: 'testmoment van',
  testSlotEndsAt: 'testmoment tot',
  launchCentreId: 'lanceercentrum',
  capacity: 'maximum satellieten',
  cultureHouseTariffCents: 'tarief cultuurhuis',
  careCentreTariffCents: 'tarief zorgcentrum',
  vatRatePercent: 'btw-tarief',
  cancellationReason: 'reden afgelasting',
  previousEventId: 'afgelaste voorstelling',
  priorityUntil: 'voorrang tot',
  seasonCode: 'seizoen',
  name: 'naam',
  startsOn: 'eerste dag',
  endsOn: 'laatste dag',
  label: 'omschrijving',
  category: 'soort',
  basis: 'grondslag',
  kind: 'soort',
  year: 'jaar',
  plannedCents: 'gepland',
  actualCents: 'werkelijk',
  amountCents: 'bedrag',
  approvedMarginCents: 'goedgekeurde marge',
  decisionReference: 'beslissing',
  acceptedDeficitCents: 'aanvaard tekort',
};

/** Bookkeeping columns that change with every save and tell a reader nothing. */
const SKIPPED = new Set(['id', 'eventId', 'createdAt', 'updatedAt', 'setAt', 'setByUserId', 'recordedByUserId']);
/** Stored codes shown as the pages name them. */
const VALUE_LABELS: Record<string, Record<string, string>> = {
  status: EVENT_STATUS_LABELS,
  category: COST_CATEGORY_LABELS,
  basis: COST_BASIS_LABELS,
  kind: INCOME_KIND_LABELS,
};
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function shown(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '–';
  if (field.endsWith('Cents') && typeof value === 'number') return formatEuroCents(value);
  const labels = VALUE_LABELS[field];
  if (labels && typeof value === 'string' && value in labels) return labels[value];
  if (typeof value === 'string' && ISO_INSTANT.test(value)) return formatDutchDateTime(new Date(value));
  if (Array.isArray(value)) return value.map(String).join(', ');
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

const fieldsOf = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};

/** The fields whose value differs between before and after, in the order they first appear. */
export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  const [old, now] = [fieldsOf(before), fieldsOf(after)];
  const fields = [...new Set([...Object.keys(old), ...Object.keys(now)])].filter((field) => !SKIPPED.has(field));
  return fields
    .filter((field) => JSON.stringify(old[field] ?? null) !== JSON.stringify(now[field] ?? null))
    .map((field) => ({ field: FIELD_LABELS[field] ?? field, before: shown(field, old[field]), after: shown(field, now[field]) }));
}

export function auditLine(row: AuditRow): AuditLine {
  const [old, now] = [fieldsOf(row.before), fieldsOf(row.after)];
  const pick = (key: string) => (now[key] ?? old[key] ?? null) as string | null;
  return {
    id: row.id,
    at: row.at,
    who: row.actorName ?? 'het systeem',
    what: ACTION_LABELS[row.action] ?? row.action,
    about: pick('title') ?? pick('label') ?? (row.subjectType === 'budget_year' ? `budgetjaar ${row.subjectId}` : row.subjectId),
    eventId: row.subjectType === 'event' ? row.subjectId : pick('eventId'),
    changes: auditChanges(row.before, row.after),
  };
}
