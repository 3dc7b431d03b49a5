import { DateTime } from 'luxon';

const BRUSSELS = 'Europe/Brussels';

/** The calendar date of an instant in Belgium, as YYYY-MM-DD: an invoice issued at 00:30 on 1 January belongs to the new year. */
export function brusselsDate(instant: Date): string {
  return DateTime.fromJSDate(instant, { zone: BRUSSELS }).toISODate()!;
}

/** The year that picks the numbering series, from a YYYY-MM-DD issue date. */
export function yearOfDate(date: string): number {
  return Number(date.slice(0, 4));
}

/** Calendar arithmetic on a YYYY-MM-DD date; no time of day, so no daylight-saving surprises. */
export function addDays(date: string, days: number): string {
  const parsed = DateTime.fromISO(date, { zone: 'UTC' });
  if (!parsed.isValid || !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`not a YYYY-MM-DD date: "${date}"`);
  return parsed.plus({ days }).toISODate();
}

/** Default payment term; the service reads the configured one and falls back to this. */
export const DEFAULT_PAYMENT_TERM_DAYS = 30;

export function dueDate(issueDate: string, paymentTermDays = DEFAULT_PAYMENT_TERM_DAYS): string {
  return addDays(issueDate, paymentTermDays);
}
