import { composeMail, type MailContent } from '../../mail/mail-content.js';

export function passwordResetMail(input: { name: string; url: string; validMinutes: number }): MailContent {
  return composeMail('Een nieuw wachtwoord voor Satelliet', {
    recipientName: input.name,
    paragraphs: [
      'Iemand vroeg een nieuw wachtwoord voor uw account bij Satelliet. Was u dat, kies dan hieronder een nieuw wachtwoord.',
      `De link werkt één keer en ${input.validMinutes} minuten lang.`,
      'Vroeg u niets? Dan hoeft u niets te doen: uw wachtwoord blijft hetzelfde.',
    ],
    action: { label: 'Nieuw wachtwoord kiezen', url: input.url },
  });
}

export function colleagueInvitationMail(input: {
  inviterName: string;
  organisationName: string;
  url: string;
  validDays: number;
}): MailContent {
  return composeMail(`${input.inviterName} nodigt u uit bij Satelliet`, {
    recipientName: 'collega',
    paragraphs: [
      `${input.inviterName} nodigt u uit om mee te werken voor ${input.organisationName} in Satelliet, de livestreams van voorstellingen voor zorgcentra.`,
      `Kies met de link hieronder uw wachtwoord. Ze werkt één keer en ${input.validDays} dagen lang.`,
    ],
    action: { label: 'Account aanmaken', url: input.url },
  });
}
