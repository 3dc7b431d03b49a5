import { formatDutchPeriod } from '../common/format/dutch-format.js';
import { eventDetails } from './event-details.js';
import { composeMail, type MailContent } from './mail-content.js';
import type { SignOnMailInput } from './sign-on-mails.js';

export type ReminderDays = 7 | 1;

/**
 * A week and a day before the stream, to confirmed satellites. No invite rides along: nothing
 * changed, and an unchanged invite would either repeat a SEQUENCE (clients call it outdated) or
 * raise one for nothing; every real change already sent its own update.
 */
export function reminderMail(input: Omit<SignOnMailInput, 'organizer' | 'sequence'> & { daysBefore: ReminderDays }): MailContent {
  const { event } = input;
  const when = input.daysBefore === 7 ? 'over een week' : 'morgen';
  const testLine =
    event.testSlotStartsAt && event.testSlotEndsAt
      ? `Kom zeker naar de technische test op ${formatDutchPeriod(event.testSlotStartsAt, event.testSlotEndsAt)}: dan kijken we samen of beeld en geluid goed doorkomen.`
      : 'Er is geen technische test gepland: probeer de streamlink zelf ruim voor het begin.';
  return composeMail(`${input.daysBefore === 7 ? 'Nog een week' : 'Morgen'}: ${event.title}`, {
    recipientName: input.contact.name,
    paragraphs: [
      `${event.title} komt ${when} naar ${input.organisationName}.`,
      testLine,
      'Zet een groot scherm en goede luidsprekers klaar en start de stream een kwartier voor het begin.',
    ],
    details: eventDetails(event, { streamLink: true }),
    action: { label: 'Uw intekeningen bekijken', url: input.manageUrl },
  });
}
