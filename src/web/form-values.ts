import { DateTime } from 'luxon';
import { BRUSSELS_TIME_ZONE } from '../common/format/dutch-format.js';

/**
 * Form fields arrive as text. These turn the text people type into what the API's DTOs take;
 * text that does not parse is passed on unchanged, so the DTO's validation names the field.
 */

/** "12" becomes 12; anything else stays text for the validator to refuse. */
export function wholeNumber(text: string): number | string {
  return /^\s*\d{1,9}\s*$/.test(text) ? Number(text) : text;
}

/** "1.234,50", "25" or "25,5" euro becomes cents; Belgians write a decimal comma. Null when it is not an amount. */
export function euroToCents(text: string): number | null {
  const match = /^\s*(?:€\s*)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?\s*$/.exec(text);
  if (!match) return null;
  const euros = Number(match[1].replace(/\./g, ''));
  const cents = Number((match[2] ?? '0').padEnd(2, '0'));
  const total = euros * 100 + cents;
  return Number.isSafeInteger(total) ? total : null;
}

/** 2550 becomes "25,50", as an amount field shows it again. */
export function centsToEuroText(cents: number): string {
  return `${Math.trunc(cents / 100)},${String(Math.abs(cents) % 100).padStart(2, '0')}`;
}

/**
 * A date and time typed as Belgian local time ("2026-12-05", "14:00") as ISO 8601 with its offset.
 * Null when either part is missing or the time does not exist (the hour skipped in spring).
 */
export function brusselsLocalToIso(date: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const local = DateTime.fromISO(`${date}T${time}`, { zone: BRUSSELS_TIME_ZONE });
  if (!local.isValid || local.toFormat('HH:mm') !== time) return null;
  return local.toISO({ suppressMilliseconds: true });
}

/** The other way, to fill a date and a time field with Belgian local time. */
export function isoToBrusselsLocal(iso: string): { date: string; time: string } {
  const local = DateTime.fromISO(iso, { zone: BRUSSELS_TIME_ZONE });
  return { date: local.toFormat('yyyy-LL-dd'), time: local.toFormat('HH:mm') };
}
