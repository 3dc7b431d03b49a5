import { DateTime } from 'luxon';

/** Satelliet shows and invites every time in Belgian local time, whatever zone the server runs in. */
export const BRUSSELS_TIME_ZONE = 'Europe/Brussels';

// Written out rather than taken from Intl, whose Dutch abbreviations ("sep.", "mrt.") differ between ICU builds.
const WEEKDAYS = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];
const MONTHS = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

export function inBrussels(instant: Date): DateTime {
  const local = DateTime.fromJSDate(instant, { zone: BRUSSELS_TIME_ZONE });
  if (!local.isValid) throw new RangeError(`Ongeldig tijdstip: ${String(instant)}`);
  return local;
}

const dutchDay = (local: DateTime) => `${WEEKDAYS[local.weekday - 1]} ${local.day} ${MONTHS[local.month - 1]} ${local.year}`;

/** "zo 24 sep 2023", the day an instant falls on in Belgium. */
export function formatDutchDate(instant: Date): string {
  return dutchDay(inBrussels(instant));
}

/** "di 31 okt 2023", for a date without time of day such as an invoice's due date (YYYY-MM-DD). */
export function formatDutchCalendarDate(isoDate: string): string {
  const day = DateTime.fromISO(isoDate, { zone: 'utc' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate) || !day.isValid) throw new RangeError(`Geen datum als JJJJ-MM-DD: "${isoDate}"`);
  return dutchDay(day);
}

const twoDigits = (value: number) => String(value).padStart(2, '0');
// Written out rather than with luxon's toFormat, which parses its pattern on every call: a feed formats hundreds.
const clockTime = (local: DateTime) => `${twoDigits(local.hour)}:${twoDigits(local.minute)}`;

/** "14:00" */
export function formatDutchTime(instant: Date): string {
  return clockTime(inBrussels(instant));
}

const dutchDayAndTime = (local: DateTime) => `${dutchDay(local)}, ${clockTime(local)}`;

/** "zo 24 sep 2023, 14:00" */
export function formatDutchDateTime(instant: Date): string {
  return dutchDayAndTime(inBrussels(instant));
}

/** "zo 24 sep 2023, 14:00–15:30"; the end gets its own date only when it falls on another day. */
export function formatDutchPeriod(start: Date, end: Date): string {
  // Each instant is placed in Brussels once: the zone lookup is the costly part of formatting.
  const from = inBrussels(start);
  const until = inBrussels(end);
  const sameDay = from.toISODate() === until.toISODate();
  return `${dutchDayAndTime(from)}–${sameDay ? clockTime(until) : dutchDayAndTime(until)}`;
}

/** Keeps "€" with its amount (and a minus with its "€") on one line in pages, mails and PDFs. */
const NO_BREAK_SPACE = '\u00A0';

const groupThousands = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/**
 * "€ 1.234,50" and "- € 8.000,00" (as on invoices), from integer cents without ever passing
 * through a float. The spaces are no-break spaces, so a narrow column never leaves "€" alone.
 */
export function formatEuroCents(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Een bedrag in cent moet een geheel getal zijn, niet ${cents}`);
  const sign = cents < 0 ? `-${NO_BREAK_SPACE}` : '';
  const absolute = Math.abs(cents);
  const euros = Math.trunc(absolute / 100);
  const rest = absolute % 100;
  return `${sign}€${NO_BREAK_SPACE}${groupThousands(String(euros))},${String(rest).padStart(2, '0')}`;
}

/** "3.456": a whole count the way a Dutch report writes it. */
export function formatDutchCount(count: number): string {
  if (!Number.isSafeInteger(count)) throw new RangeError(`Een aantal moet een geheel getal zijn, niet ${count}`);
  return `${count < 0 ? '-' : ''}${groupThousands(String(Math.abs(count)))}`;
}

/** "4,3": one decimal with a decimal comma, for an average already rounded to one decimal. */
export function formatDutchOneDecimal(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`Geen getal: ${value}`);
  const tenths = Math.round(Math.abs(value) * 10);
  return `${value < 0 ? '-' : ''}${groupThousands(String(Math.trunc(tenths / 10)))},${tenths % 10}`;
}
