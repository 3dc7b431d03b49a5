/** Dutch (nl-BE) presentation of times and money for the web pages; times always in Brussels. */
const BRUSSELS = 'Europe/Brussels';

const dateTimeFormat = new Intl.DateTimeFormat('nl-BE', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: BRUSSELS,
});

const timeFormat = new Intl.DateTimeFormat('nl-BE', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: BRUSSELS });

const monthFormat = new Intl.DateTimeFormat('nl-BE', { month: 'long', year: 'numeric', timeZone: BRUSSELS });

/** "zo 24 sep 2023, 14:00": built from parts, so an ICU update cannot change the punctuation. */
export function formatDateTime(moment: Date | string): string {
  const parts = Object.fromEntries(dateTimeFormat.formatToParts(new Date(moment)).map((part) => [part.type, part.value]));
  return `${parts.weekday} ${parts.day} ${parts.month.replace(/\.$/, '')} ${parts.year}, ${parts.hour}:${parts.minute}`;
}

/** "14:00" in Brussels. */
export function formatTime(moment: Date | string): string {
  return timeFormat.format(new Date(moment));
}

/** "september 2023", for a month filter label. */
export function formatMonth(year: number, month: number): string {
  return monthFormat.format(new Date(Date.UTC(year, month - 1, 15)));
}

/** "€ 1.234,50" from integer cents; integer arithmetic only, so no float ever rounds a cent. */
export function formatMoney(cents: number): string {
  if (!Number.isInteger(cents)) throw new RangeError(`Bedrag moet een geheel aantal cent zijn, niet ${cents}`);
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(cents);
  const euros = Math.floor(absolute / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}€ ${euros},${String(absolute % 100).padStart(2, '0')}`;
}

/** The UTC instants where a Brussels calendar month starts and the next one starts. */
export function brusselsMonthRange(year: number, month: number): { from: Date; to: Date } {
  return { from: brusselsMidnight(year, month, 1), to: brusselsMidnight(month === 12 ? year + 1 : year, (month % 12) + 1, 1) };
}

function brusselsMidnight(year: number, month: number, day: number): Date {
  const guess = Date.UTC(year, month - 1, day);
  // Brussels is UTC+1 or UTC+2; the offset at the guess tells how far local midnight lies before it.
  const offsetMinutes = brusselsOffsetMinutes(new Date(guess));
  return new Date(guess - offsetMinutes * 60_000);
}

function brusselsOffsetMinutes(moment: Date): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: BRUSSELS,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(moment)
      .map((part) => [part.type, Number(part.value)]),
  );
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute);
  return Math.round((asUtc - moment.getTime()) / 60_000);
}
