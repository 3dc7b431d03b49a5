import type { CalendarEvent, CalendarPerson } from '../calendar/calendar-event.js';
import type { InviteMethod } from '../calendar/invite-builder.js';
import { formatDutchDateTime, formatDutchPeriod } from '../common/format/dutch-format.js';
import { eventDetails, eventOnDate } from './event-details.js';
import { composeMail, type MailContent } from './mail-content.js';
import { invitePart, type SignOnMailInput, testSlotFollows } from './sign-on-mails.js';

/** Where and when the event was before the move, to show what changed. */
export interface PreviousSchedule {
  startsAt: Date;
  endsAt: Date;
  launchCentreName: string;
  launchCentreMunicipality: string;
}

/** Sent to every confirmed satellite; `sequence` must already be the raised one. */
export function eventMovedMail(input: SignOnMailInput & { previous: PreviousSchedule }): MailContent {
  const { previous, event } = input;
  const changes: string[] = [];
  if (previous.startsAt.getTime() !== event.startsAt.getTime() || previous.endsAt.getTime() !== event.endsAt.getTime()) {
    changes.push(
      `Het tijdstip is nu ${formatDutchPeriod(event.startsAt, event.endsAt)} (was ${formatDutchPeriod(previous.startsAt, previous.endsAt)}).`,
    );
  }
  if (
    previous.launchCentreName !== event.launchCentreName ||
    previous.launchCentreMunicipality !== event.launchCentreMunicipality
  ) {
    changes.push(
      `De voorstelling komt nu vanuit ${event.launchCentreName} (${event.launchCentreMunicipality}), niet meer vanuit ${previous.launchCentreName} (${previous.launchCentreMunicipality}).`,
    );
  }
  return composeMail(
    `Gewijzigd: ${eventOnDate(event)}`,
    {
      recipientName: input.contact.name,
      paragraphs: [
        `${event.title} is gewijzigd. De intekening van ${input.organisationName} blijft gewoon geldig.`,
        ...changes,
        'De bijgevoegde uitnodiging werkt de afspraak in uw agenda bij.',
        ...testSlotFollows(event, 'REQUEST'),
      ],
      details: eventDetails(event, { streamLink: true }),
      action: { label: 'Uw intekeningen bekijken', url: input.manageUrl },
    },
    invitePart(input, 'REQUEST'),
  );
}

/** Sent to every satellite of a cancelled event; `sequence` must already be the raised one. */
export function eventCancelledMail(input: SignOnMailInput & { reason: string | null }): MailContent {
  const reason = input.reason?.trim();
  return composeMail(
    `Geannuleerd: ${eventOnDate(input.event)}`,
    {
      recipientName: input.contact.name,
      paragraphs: [
        `Helaas gaat ${input.event.title} van ${formatDutchDateTime(input.event.startsAt)} niet door.`,
        ...(reason ? [`Reden: ${reason}`] : []),
        'Met de bijgevoegde annulering verdwijnt de voorstelling uit uw agenda. Komt er een nieuwe datum, dan krijgt u als eerste de kans om opnieuw in te tekenen.',
        ...testSlotFollows(input.event, 'CANCEL'),
      ],
    },
    invitePart(input, 'CANCEL'),
  );
}

/**
 * A move that drops the technical test: the updated invite no longer names the test slot, and
 * calendars keep what an update leaves out, so the slot is cancelled under its own UID.
 */
export function testSlotCancelledMail(
  input: SignOnMailInput & { previousTestSlot: { startsAt: Date; endsAt: Date } },
): MailContent {
  const { previousTestSlot, event } = input;
  const withPreviousSlot = { ...event, testSlotStartsAt: previousTestSlot.startsAt, testSlotEndsAt: previousTestSlot.endsAt };
  return composeMail(
    `Geen technische test meer: ${eventOnDate(event)}`,
    {
      recipientName: input.contact.name,
      paragraphs: [
        `De technische test voor ${event.title} op ${formatDutchPeriod(previousTestSlot.startsAt, previousTestSlot.endsAt)} gaat niet door. De voorstelling zelf blijft staan.`,
        'Met de bijgevoegde annulering verdwijnt het testmoment uit uw agenda. Probeer de streamlink zelf ruim voor het begin.',
      ],
      action: { label: 'Uw intekeningen bekijken', url: input.manageUrl },
    },
    invitePart({ ...input, event: withPreviousSlot }, 'CANCEL', 'test-slot'),
  );
}

/**
 * The technical test slot as an invite of its own, beside every mail that adds, moves or removes
 * the stream: Outlook keeps only the first VEVENT of a message, Gmail shows one invite per mail,
 * so one mail per UID is what every client keeps. `input.sequence` is the test slot's own.
 */
export function testSlotInviteMail(input: SignOnMailInput, method: InviteMethod): MailContent {
  const { event } = input;
  if (!event.testSlotStartsAt || !event.testSlotEndsAt) throw new RangeError(`Voorstelling ${event.id} heeft geen testmoment`);
  const period = formatDutchPeriod(event.testSlotStartsAt, event.testSlotEndsAt);
  const body =
    method === 'REQUEST'
      ? {
          subject: `Technische test: ${eventOnDate(event)}`,
          paragraphs: [
            `Voor ${event.title} testen we samen beeld en geluid op ${period}, op de plek waar ${input.organisationName} de voorstelling toont.`,
            'De bijgevoegde uitnodiging zet de technische test in uw agenda. De voorstelling zelf kreeg u in een andere mail.',
          ],
        }
      : {
          subject: `Technische test vervalt: ${eventOnDate(event)}`,
          paragraphs: [
            `De technische test voor ${event.title} op ${period} vervalt voor ${input.organisationName}.`,
            'Met de bijgevoegde annulering verdwijnt de technische test uit uw agenda.',
          ],
        };
  return composeMail(
    body.subject,
    {
      recipientName: input.contact.name,
      paragraphs: body.paragraphs,
      action: { label: 'Uw intekeningen bekijken', url: input.manageUrl },
    },
    invitePart(input, method, 'test-slot'),
  );
}

export interface NewDateInvitationInput {
  contact: CalendarPerson;
  organisationName: string;
  cancelledEvent: Pick<CalendarEvent, 'title' | 'startsAt'>;
  newEvent: CalendarEvent;
  /** One click signs the organisation on again. */
  signOnUrl: string;
  /** Until then only former satellites may sign on. */
  priorityUntil: Date;
}

/** The Adamo case: a cancelled stream gets a new date and its former satellites go first. */
export function newDateInvitationMail(input: NewDateInvitationInput): MailContent {
  return composeMail(`Nieuwe datum: ${eventOnDate(input.newEvent)}`, {
    recipientName: input.contact.name,
    paragraphs: [
      `${input.cancelledEvent.title} van ${formatDutchDateTime(input.cancelledEvent.startsAt)} ging niet door. Er is nu een nieuwe datum.`,
      `Omdat ${input.organisationName} toen ingetekend had, kunt u tot ${formatDutchDateTime(input.priorityUntil)} met één klik opnieuw intekenen, voor de anderen.`,
    ],
    details: eventDetails(input.newEvent, { streamLink: false }),
    action: { label: 'Opnieuw intekenen', url: input.signOnUrl },
  });
}

/** For waiting or unpaid sign-ons of a cancelled event: they never had an invite to cancel. */
export function eventCancelledWithoutInviteMail(
  input: Pick<SignOnMailInput, 'event' | 'contact' | 'organisationName' | 'manageUrl'> & { reason: string | null },
): MailContent {
  const reason = input.reason?.trim();
  return composeMail(`Geannuleerd: ${eventOnDate(input.event)}`, {
    recipientName: input.contact.name,
    paragraphs: [
      `Helaas gaat ${input.event.title} van ${formatDutchDateTime(input.event.startsAt)} niet door. De intekening van ${input.organisationName} vervalt.`,
      ...(reason ? [`Reden: ${reason}`] : []),
      'Komt er een nieuwe datum, dan krijgt u als eerste de kans om opnieuw in te tekenen.',
    ],
    action: { label: 'Uw intekeningen bekijken', url: input.manageUrl },
  });
}
