import type { CalendarEvent } from '../calendar/calendar-event.js';
import { livestreamLocation } from '../calendar/preparation-text.js';
import { formatDutchDateTime, formatDutchPeriod } from '../common/format/dutch-format.js';
import type { MailDetail } from './mail-content.js';

/** The facts of an event as mails list them; the stream link only for confirmed satellites. */
export function eventDetails(event: CalendarEvent, options: { streamLink: boolean }): MailDetail[] {
  const details: MailDetail[] = [{ label: 'Voorstelling', value: event.title }];
  if (event.performers.length > 0) details.push({ label: 'Met', value: event.performers.join(', ') });
  details.push(
    { label: 'Wanneer', value: formatDutchPeriod(event.startsAt, event.endsAt) },
    { label: 'Vanuit', value: livestreamLocation(event) },
  );
  if (event.testSlotStartsAt && event.testSlotEndsAt) {
    details.push({ label: 'Technische test', value: formatDutchPeriod(event.testSlotStartsAt, event.testSlotEndsAt) });
  }
  if (options.streamLink) {
    details.push(
      event.streamUrl
        ? { label: 'Streamlink', value: event.streamUrl, href: event.streamUrl }
        : { label: 'Streamlink', value: 'volgt voor de voorstelling' },
    );
  }
  return details;
}

/** "Bartje en de Beiaard op zo 24 sep 2023, 14:00", the way subjects name an event. */
export const eventOnDate = (event: Pick<CalendarEvent, 'title' | 'startsAt'>) =>
  `${event.title} op ${formatDutchDateTime(event.startsAt)}`;
