import type { CalendarEvent, CalendarPerson } from '../calendar/calendar-event.js';
import { formatDutchCalendarDate, formatEuroCents } from '../common/format/dutch-format.js';
import { eventDetails, eventOnDate } from './event-details.js';
import { composeMail, type MailContent } from './mail-content.js';

export interface CultureHouseInvitationInput {
  /** The care centre's contact person. */
  contact: CalendarPerson;
  careCentreName: string;
  cultureHouseName: string;
  event: CalendarEvent;
  acceptUrl: string;
  /** What the care centre pays, excluding VAT; null when the culture house pays everything. */
  careCentreShare: { amountCents: number; vatRatePercent: number } | null;
  personalMessage: string | null;
}

export function cultureHouseInvitationMail(input: CultureHouseInvitationInput): MailContent {
  const share = input.careCentreShare;
  const costLine = share
    ? `${input.cultureHouseName} vraagt ${input.careCentreName} een bijdrage van ${formatEuroCents(share.amountCents)} exclusief ${share.vatRatePercent}% btw.`
    : `${input.cultureHouseName} neemt de kosten voor ${input.careCentreName} op zich.`;
  const message = input.personalMessage?.trim();
  return composeMail(`Uitnodiging van ${input.cultureHouseName}: ${eventOnDate(input.event)}`, {
    recipientName: input.contact.name,
    paragraphs: [
      `${input.cultureHouseName} nodigt ${input.careCentreName} uit om ${input.event.title} als livestream te tonen aan uw bewoners.`,
      ...(message ? [`Bericht van ${input.cultureHouseName}:\n${message}`] : []),
      costLine,
      'Neemt u de uitnodiging aan, dan krijgt u een bevestiging met de agenda-uitnodiging en de streamlink.',
    ],
    details: eventDetails(input.event, { streamLink: false }),
    action: { label: 'Uitnodiging aannemen', url: input.acceptUrl },
  });
}

export interface InvoiceReminderInput {
  contact: CalendarPerson;
  organisationName: string;
  invoiceNumber: string;
  /** What is still to pay, VAT included. */
  openAmountCents: number;
  /** YYYY-MM-DD. */
  dueDate: string;
  iban: string;
  /** "+++123/4567/89012+++" */
  structuredCommunication: string;
  /** Online payment, when it is offered. */
  payUrl: string | null;
}

export function invoiceReminderMail(input: InvoiceReminderInput): MailContent {
  return composeMail(`Herinnering: factuur ${input.invoiceNumber} staat nog open`, {
    recipientName: input.contact.name,
    paragraphs: [
      `Volgens onze gegevens is factuur ${input.invoiceNumber} aan ${input.organisationName} nog niet (volledig) betaald. De vervaldag was ${formatDutchCalendarDate(input.dueDate)}.`,
      'Wilt u het openstaande bedrag overschrijven met de gestructureerde mededeling hieronder? Hebt u intussen betaald, dan mag u deze herinnering negeren.',
    ],
    details: [
      { label: 'Factuur', value: input.invoiceNumber },
      { label: 'Te betalen', value: formatEuroCents(input.openAmountCents) },
      { label: 'Rekening', value: input.iban },
      { label: 'Mededeling', value: input.structuredCommunication },
    ],
    ...(input.payUrl && { action: { label: 'Online betalen', url: input.payUrl } }),
  });
}
