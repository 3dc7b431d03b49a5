import { DateTime } from 'luxon';
import {
  BRUSSELS_TIME_ZONE,
  formatDutchCalendarDate,
  formatDutchDateTime,
  formatDutchTime,
  formatEuroCents,
} from '../common/format/dutch-format.js';
import { USUAL_TEST_SLOT_MINUTES_BEFORE, usualTestSlot } from '../events/schedule-rules.js';
import { brusselsLocalToIso } from './form-values.js';

/**
 * The shared Dutch formats (src/common/format), taking the ISO strings that API views carry, so
 * templates can pass a view's fields straight in.
 */
export const PAGE_FORMATS = {
  formatDateTime: (moment: Date | string) => formatDutchDateTime(new Date(moment)),
  formatTime: (moment: Date | string) => formatDutchTime(new Date(moment)),
  formatMoney: formatEuroCents,
  /** A date without time (YYYY-MM-DD), such as an invoice's due date. */
  formatDate: formatDutchCalendarDate,
  /** "1.234" or, with decimals, "4,5": counts and averages the Belgian way. */
  formatNumber: (value: number, decimals = 0) =>
    value.toLocaleString('nl-BE', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }),
};

const MONTH_NAMES = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** "september 2023", for a month filter label. */
export function formatMonth(year: number, month: number): string {
  return `${MONTH_NAMES[month - 1]} ${year}`;
}

/** The UTC instants where a Brussels calendar month starts and the next one starts. */
export function brusselsMonthRange(year: number, month: number): { from: Date; to: Date } {
  const start = DateTime.fromObject({ year, month, day: 1 }, { zone: BRUSSELS_TIME_ZONE });
  return { from: start.toJSDate(), to: start.plus({ months: 1 }).toJSDate() };
}

/** The usual test slot as "Hoe werkt het?" explains it, for a show at 14:00 (a common start). */
export function usualTestSlotExample(showTime = '14:00') {
  const show = new Date(brusselsLocalToIso('2026-01-15', showTime) as string);
  const slot = usualTestSlot(show);
  return {
    showTime,
    from: formatDutchTime(slot.startsAt),
    until: formatDutchTime(slot.endsAt),
    fromMinutes: USUAL_TEST_SLOT_MINUTES_BEFORE.from,
    untilMinutes: USUAL_TEST_SLOT_MINUTES_BEFORE.until,
  };
}
