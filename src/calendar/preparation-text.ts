import { formatDutchPeriod } from '../common/format/dutch-format.js';
import type { CalendarEvent } from './calendar-event.js';

export const livestreamLocation = (event: CalendarEvent) =>
  `${event.launchCentreName}, ${event.launchCentreMunicipality} (livestream)`;

export const performersLine = (event: CalendarEvent) =>
  event.performers.length > 0 ? `Met ${event.performers.join(', ')}.` : '';

/**
 * The DESCRIPTION of an invite: what a satellite has to set up before the stream. The stream link
 * is only written when the caller may show it (a confirmed sign-on, never a public feed).
 */
export function preparationText(event: CalendarEvent, includeStreamLink: boolean): string {
  const testSlot =
    event.testSlotStartsAt && event.testSlotEndsAt
      ? `- Technische test: ${formatDutchPeriod(event.testSlotStartsAt, event.testSlotEndsAt)}. Test dan beeld en geluid op de plek waar u de voorstelling toont.`
      : '- Er is geen technische test gepland; test beeld en geluid zelf ruim voor het begin.';
  const intro = [
    `${event.title}, live vanuit ${event.launchCentreName} (${event.launchCentreMunicipality}).`,
    performersLine(event),
    event.description.trim(),
  ].filter((line) => line !== '');
  const lines = [
    ...intro,
    '',
    'Zo bereidt u de livestream voor:',
    '- Een groot scherm of projector, met internet (liefst via een kabel).',
    '- Goed geluid: externe luidsprekers, niet die van een laptop.',
    testSlot,
    '- Start de stream een kwartier voor het begin, zodat iedereen rustig kan gaan zitten.',
  ];
  if (includeStreamLink) {
    lines.push('', event.streamUrl ? `Streamlink: ${event.streamUrl}` : 'De streamlink volgt voor de voorstelling.');
  }
  return lines.join('\n');
}
