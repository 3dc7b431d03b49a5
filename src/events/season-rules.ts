import { DateTime } from 'luxon';
import { BRUSSELS_TIME_ZONE, formatDutchCalendarDate } from '../common/format/dutch-format.js';
import type { FieldProblem } from '../common/errors/problem.js';

export interface SeasonDates {
  code: string;
  /** First and last day, YYYY-MM-DD. */
  startsOn: string;
  endsOn: string;
}

const CODE = /^(\d{4})-(\d{4})$/;

const isCalendarDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value, { zone: 'utc' }).isValid;

/**
 * A season runs from autumn of one year to spring of the next: its code names two consecutive
 * years, its first day lies in the first and its last day in the second.
 */
export function seasonProblems(season: SeasonDates): FieldProblem[] {
  const years = CODE.exec(season.code);
  if (!years || Number(years[2]) !== Number(years[1]) + 1) {
    return [{ field: 'code', message: 'moet twee opeenvolgende jaren zijn, zoals 2024-2025' }];
  }
  const problems: FieldProblem[] = [];
  for (const field of ['startsOn', 'endsOn'] as const) {
    if (!isCalendarDate(season[field])) problems.push({ field, message: 'moet een bestaande datum als JJJJ-MM-DD zijn' });
  }
  if (problems.length > 0) return problems;
  if (season.startsOn >= season.endsOn) return [{ field: 'endsOn', message: 'moet na de eerste dag liggen' }];
  for (const [field, year] of [
    ['startsOn', years[1]],
    ['endsOn', years[2]],
  ] as const) {
    if (!season[field].startsWith(`${year}-`)) {
      problems.push({ field, message: `moet in ${year} liggen, want het seizoen heet ${season.code}` });
    }
  }
  return problems;
}

/** The day an event starts in Belgium, YYYY-MM-DD: a stream at 00:30 on 1 September belongs to that day. */
export function brusselsDay(instant: Date): string {
  return DateTime.fromJSDate(instant, { zone: BRUSSELS_TIME_ZONE }).toISODate() as string;
}

/** Null when the event starts inside its season (both days included); otherwise a Dutch sentence naming both dates. */
export function outsideSeasonProblem(startsAt: Date, season: SeasonDates): string | null {
  const day = brusselsDay(startsAt);
  if (day >= season.startsOn && day <= season.endsOn) return null;
  return (
    `De voorstelling begint op ${formatDutchCalendarDate(day)}, buiten seizoen ${season.code} ` +
    `(van ${formatDutchCalendarDate(season.startsOn)} tot en met ${formatDutchCalendarDate(season.endsOn)}).`
  );
}
