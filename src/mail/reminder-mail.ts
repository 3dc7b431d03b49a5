import { formatDutchPeriod } from '../common/format/dutch-format.js';
import { eventDetails } from './event-details.js';
import { composeMail, type MailContent } from './mail-content.js';
import { invitePart, type SignOnMailInput } from './sign-on-mails.js';

export type ReminderDays = 7 | 1;

/** A week and a day before the stream, to confirmed satellites; the invite rides along so the agenda stays current. */
export function reminderMail(input: SignOnMailInput & { daysBefore: ReminderDays }): MailContent {
  const { event } = input;
  const when = input.daysBefore === 7 ? 'over een week' : 'morgen';
  const testLine =
    event.testSlotStartsAt && event.testSlotEndsAt
      ? `Kom zeker naar de technische test op ${formatDutchPeriod(event.testSlotStartsAt, event.testSlotEndsAt)}: dan kijken we samen of beeld en geluid goed doorkomen.`
      : 'Er is geen technische test gepland: probeer de streamlink zelf ruim voor het begin.';
  return composeMail(
    `${input.daysBefore === 7 ? 'Nog een week' : 'Morgen'}: ${event.title}`,
    {
      recipientName: input.contact.name,
      paragraphs: [
        `${event.title} komt ${when} naar ${input.organisationName}.`,
        testLine,
        'Zet een groot scherm en goede luidsprekers klaar en start de stream een kwartier voor het begin.',
      ],
      details: eventDetails(event, { streamLink: true }),
      action: { label: 'Uw intekeningen bekijken', url: input.manageUrl },
    },
    invitePart(input, 'REQUEST'),
  );
}
