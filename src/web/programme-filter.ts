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
  /** '' shows what is coming (the default); 'voorbij' what already was, newest first. */
  wanneer: '' | 'voorbij';
}

/**
 * Reads the GET form's Dutch parameters. Values that are not on offer (only a hand-edited
 * address sends them) are dropped, so the page still shows the programme.
 */
export function programmeQuery(
  raw: Record<string, unknown>,
  seasons: readonly Season[],
  now = new Date(),
): { filter: ProgrammeFilter; query: ListEventsQuery } {
  const text = (key: string) => (typeof raw[key] === 'string' ? raw[key] : '');
  const seizoen = seasons.some((season) => season.code === text('seizoen')) ? text('seizoen') : '';
  const maand = /^\d{4}-(0[1-9]|1[0-2])$/.test(text('maand')) ? text('maand') : '';
  const provincie = (Object.values(Province) as string[]).includes(text('provincie')) ? text('provincie') : '';
  const wanneer = text('wanneer') === 'voorbij' ? 'voorbij' : '';
  const query = Object.assign(new ListEventsQuery(), { limit: PROGRAMME_LIMIT, offset: 0 });
  if (seizoen) query.season = seizoen;
  if (provincie) query.province = provincie as Province;
  if (maand) {
    const { from, to } = brusselsMonthRange(Number(maand.slice(0, 4)), Number(maand.slice(5)));
    Object.assign(query, { from, to });
  } else if (wanneer === 'voorbij') {
    query.to = now;
  } else {
    // People come for what they can still sign on to; what already was is one link away.
    query.from = now;
  }
  return { filter: { seizoen, maand, provincie, wanneer }, query };
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
