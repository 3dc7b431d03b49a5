import type { CalendarEvent, CalendarPerson } from '../calendar/calendar-event.js';
import { formatDutchDate } from '../common/format/dutch-format.js';
import { eventOnDate } from './event-details.js';
import { composeMail, type MailContent } from './mail-content.js';

export interface FeedbackRequestInput {
  contact: CalendarPerson;
  organisationName: string;
  event: Pick<CalendarEvent, 'title' | 'startsAt'>;
  /** The signed link; it works without a login until `expiresAt`. */
  url: string;
  expiresAt: Date;
}

/** After the stream, to every confirmed satellite: five short questions, no login. */
export function feedbackRequestMail(input: FeedbackRequestInput): MailContent {
  return composeMail(`Hoe was het? ${eventOnDate(input.event)}`, {
    recipientName: input.contact.name,
    paragraphs: [
      `Bedankt dat ${input.organisationName} ${input.event.title} live toonde. Wilt u ons laten weten hoe het ging?`,
      'Het zijn vijf korte vragen: hoeveel mensen keken, op hoeveel schermen, hoe tevreden u bent, of beeld en geluid goed waren, en een opmerking als u wilt. Het duurt minder dan een minuut, ook op uw telefoon, en u hoeft niet aan te melden.',
      `U kunt uw antwoord wijzigen tot ${formatDutchDate(input.expiresAt)}. Namen of gegevens van bewoners vragen we niet.`,
    ],
    action: { label: 'Vertel hoe het ging', url: input.url },
  });
}
