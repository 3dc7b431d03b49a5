import { ListEventsQuery } from '../events/dto/event.dto.js';
import type { Season } from '../events/entities/season.entity.js';
import { Province } from '../organisations/organisation-kinds.js';
import { brusselsMonthRange, formatMonth } from './format.js';

/** One page shows the whole filtered programme; a season has far fewer events than this. */
export const PROGRAMME_LIMIT = 200;

export interface ProgrammeFilter {
  seizoen: string;
  maand: string;
  provincie: string;
}

/**
 * Reads the GET form's Dutch parameters. Values that are not on offer (only a hand-edited
 * address sends them) are dropped, so the page still shows the programme.
 */
export function programmeQuery(
  raw: Record<string, unknown>,
  seasons: readonly Season[],
): { filter: ProgrammeFilter; query: ListEventsQuery } {
  const text = (key: string) => (typeof raw[key] === 'string' ? raw[key] : '');
  const seizoen = seasons.some((season) => season.code === text('seizoen')) ? text('seizoen') : '';
  const maand = /^\d{4}-(0[1-9]|1[0-2])$/.test(text('maand')) ? text('maand') : '';
  const provincie = (Object.values(Province) as string[]).includes(text('provincie')) ? text('provincie') : '';
  const query = Object.assign(new ListEventsQuery(), { limit: PROGRAMME_LIMIT, offset: 0 });
  if (seizoen) query.season = seizoen;
  if (provincie) query.province = provincie as Province;
  if (maand) {
    const { from, to } = brusselsMonthRange(Number(maand.slice(0, 4)), Number(maand.slice(5)));
    Object.assign(query, { from, to });
  }
  return { filter: { seizoen, maand, provincie }, query };
}

/** The months a month filter offers: those of the chosen season, or of every season. */
export function seasonMonths(seasons: readonly Season[], seasonCode: string): { value: string; label: string }[] {
  const chosen = seasonCode ? seasons.filter((season) => season.code === seasonCode) : seasons;
  const months = new Map<string, string>();
  for (const season of chosen) {
    let [year, month] = season.startsOn.split('-').map(Number);
    const [endYear, endMonth] = season.endsOn.split('-').map(Number);
    while (year < endYear || (year === endYear && month <= endMonth)) {
      months.set(`${year}-${String(month).padStart(2, '0')}`, formatMonth(year, month));
      [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
    }
  }
  return [...months].sort(([a], [b]) => a.localeCompare(b)).map(([value, label]) => ({ value, label }));
}
