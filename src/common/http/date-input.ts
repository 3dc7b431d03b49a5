import { registerDecorator } from 'class-validator';

const ZONED_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const ZONED_DATE_TIME_MESSAGE = {
  message: 'moet een bestaande datum en tijd met tijdzone zijn (bv. 2026-12-05T14:00:00+01:00)',
};
export const CALENDAR_DATE_MESSAGE = 'moet een bestaande datum als JJJJ-MM-DD zijn';

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** JavaScript rolls 30 February over into March; a date a person typed must exist as written. */
function isRealDay(year: number, month: number, day: number): boolean {
  const monthLengths = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= monthLengths[month - 1];
}

/** ISO 8601 with an offset and a day that exists, else undefined: no time is ever read in the server's zone. */
export function parseZonedDateTime(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const parts = ZONED_DATE_TIME.exec(value);
  if (!parts) return undefined;
  const [year, month, day, hour, minute, second = '0', offsetHours = '0', offsetMinutes = '0'] = parts.slice(1);
  const fits =
    isRealDay(Number(year), Number(month), Number(day)) &&
    Number(hour) < 24 &&
    Number(minute) < 60 &&
    Number(second) < 60 &&
    Number(offsetHours) <= 14 &&
    Number(offsetMinutes) < 60;
  return fits ? new Date(value) : undefined;
}

/** A `YYYY-MM-DD` that exists on the calendar. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const parts = CALENDAR_DATE.exec(value);
  return parts !== null && isRealDay(Number(parts[1]), Number(parts[2]), Number(parts[3]));
}

/** class-transformer hook: a valid zoned date-time becomes a Date; anything else stays as sent, for @IsDate to refuse. */
export const toZonedDateTime = ({ value }: { value: unknown }) => parseZonedDateTime(value) ?? value;

export function IsCalendarDate() {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName,
      options: { message: CALENDAR_DATE_MESSAGE },
      validator: { validate: isCalendarDate },
    });
}
