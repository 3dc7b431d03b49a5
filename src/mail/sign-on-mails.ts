import type { CalendarEvent, CalendarPerson } from '../calendar/calendar-event.js';
import { buildInvite, type InviteMethod } from '../calendar/invite-builder.js';
import { formatDutchDateTime } from '../common/format/dutch-format.js';
import { eventDetails, eventOnDate } from './event-details.js';
import { composeMail, type MailContent } from './mail-content.js';

/** What every mail about one sign-on needs. */
export interface SignOnMailInput {
  event: CalendarEvent;
  /** The sign-on's contact person, who receives the mail and the invite. */
  contact: CalendarPerson;
  organisationName: string;
  /** The operator, as ORGANIZER of the invite. */
  organizer: CalendarPerson;
  /** The event's current SEQUENCE. */
  sequence: number;
  /** Where the contact sees and manages the organisation's sign-ons. */
  manageUrl: string;
}

export function invitePart(
  input: SignOnMailInput,
  method: InviteMethod,
  options: { testSlotOnly?: boolean } = {},
): NonNullable<MailContent['calendar']> {
  return {
    method,
    ics: buildInvite({
      ...options,
      event: input.event,
      attendee: input.contact,
      organizer: input.organizer,
      sequence: input.sequence,
      method,
      // Every invite mail goes to a confirmed sign-on; a cancellation no longer needs the link.
      includeStreamLink: method === 'REQUEST',
    }),
  };
}

const manageAction = (input: { manageUrl: string }) => ({ label: 'Uw intekeningen bekijken', url: input.manageUrl });

export function confirmationMail(input: SignOnMailInput): MailContent {
  return composeMail(
    `Bevestigd: ${eventOnDate(input.event)}`,
    {
      recipientName: input.contact.name,
      paragraphs: [
        `De intekening van ${input.organisationName} voor ${input.event.title} is bevestigd.`,
        'In de bijlage zit een agenda-uitnodiging voor de voorstelling en het technische testmoment. Verandert er iets, dan krijgt u een bijgewerkte uitnodiging.',
      ],
      details: eventDetails(input.event, { streamLink: true }),
      action: manageAction(input),
    },
    invitePart(input, 'REQUEST'),
  );
}

export function waitingListMail(input: Omit<SignOnMailInput, 'organizer' | 'sequence'> & { position: number }): MailContent {
  if (!Number.isSafeInteger(input.position) || input.position < 1) {
    throw new RangeError(`Een plaats op de wachtlijst begint bij 1, niet ${input.position}`);
  }
  return composeMail(`Wachtlijst: ${eventOnDate(input.event)}`, {
    recipientName: input.contact.name,
    paragraphs: [
      `${input.event.title} is volzet. ${input.organisationName} staat op plaats ${input.position} van de wachtlijst.`,
      'Komt er een plaats vrij, dan schuift u automatisch door. U krijgt dan een mail met de agenda-uitnodiging en de streamlink.',
    ],
    details: eventDetails(input.event, { streamLink: false }),
    action: manageAction(input),
  });
}

export function promotionMail(input: SignOnMailInput): MailContent {
  return composeMail(
    `Er is plaats: ${eventOnDate(input.event)}`,
    {
      recipientName: input.contact.name,
      paragraphs: [
        `Er is een plaats vrijgekomen. De intekening van ${input.organisationName} voor ${input.event.title} is nu bevestigd.`,
        'In de bijlage zit de agenda-uitnodiging voor de voorstelling en het technische testmoment.',
      ],
      details: eventDetails(input.event, { streamLink: true }),
      action: manageAction(input),
    },
    invitePart(input, 'REQUEST'),
  );
}

export function signOnCancelledMail(input: SignOnMailInput): MailContent {
  return composeMail(
    `Intekening geannuleerd: ${eventOnDate(input.event)}`,
    {
      recipientName: input.contact.name,
      paragraphs: [
        `De intekening van ${input.organisationName} voor ${input.event.title} (${formatDutchDateTime(input.event.startsAt)}) is geannuleerd.`,
        'Met de bijgevoegde annulering verdwijnen de voorstelling en het testmoment uit uw agenda.',
      ],
      action: manageAction(input),
    },
    invitePart(input, 'CANCEL'),
  );
}
