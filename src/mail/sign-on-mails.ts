import type { CalendarEvent, CalendarPerson } from '../calendar/calendar-event.js';
import { type CalendarPart, hasTestSlot } from '../calendar/calendar-components.js';
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
  part: CalendarPart = 'stream',
): NonNullable<MailContent['calendar']> {
  return {
    method,
    ics: buildInvite({
      event: input.event,
      part,
      attendee: input.contact,
      organizer: input.organizer,
      sequence: input.sequence,
      method,
      // Every invite mail goes to a confirmed sign-on; a cancellation no longer needs the link.
      includeStreamLink: method === 'REQUEST',
    }),
  };
}

/** Said in every mail whose test slot follows in a mail of its own. */
export const testSlotFollows = (event: CalendarEvent, method: InviteMethod) =>
  hasTestSlot(event)
    ? [
        method === 'REQUEST'
          ? 'De uitnodiging voor de technische test komt in een aparte mail, zodat elke agenda ze bewaart.'
          : 'Ook de technische test verdwijnt uit uw agenda, met een aparte mail.',
      ]
    : [];

const manageAction = (input: { manageUrl: string }) => ({ label: 'Uw intekeningen bekijken', url: input.manageUrl });

export function confirmationMail(input: SignOnMailInput): MailContent {
  return composeMail(
    `Bevestigd: ${eventOnDate(input.event)}`,
    {
      recipientName: input.contact.name,
      paragraphs: [
        `De intekening van ${input.organisationName} voor ${input.event.title} is bevestigd.`,
        'In de bijlage zit een agenda-uitnodiging voor de voorstelling. Verandert er iets, dan krijgt u een bijgewerkte uitnodiging.',
        ...testSlotFollows(input.event, 'REQUEST'),
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
        'In de bijlage zit de agenda-uitnodiging voor de voorstelling.',
        ...testSlotFollows(input.event, 'REQUEST'),
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
        'Met de bijgevoegde annulering verdwijnt de voorstelling uit uw agenda.',
        ...testSlotFollows(input.event, 'CANCEL'),
      ],
      action: manageAction(input),
    },
    invitePart(input, 'CANCEL'),
  );
}
