import { formatEuroCents } from '../common/format/dutch-format.js';
import { composeMail, type MailContent } from './mail-content.js';

export interface UncoveredDeficitInput {
  recipientName: string;
  title: string;
  committedResultCents: number;
  acceptedDeficitCents: number | null;
  url: string;
}

/** Finance hears once that reality took a published event past what its decision covers. */
export function uncoveredDeficitMail(input: UncoveredDeficitInput): MailContent {
  return composeMail(`Tekort zonder beslissing: ${input.title}`, {
    recipientName: input.recipientName,
    paragraphs: [
      `Een werkelijk bedrag brengt ${input.title} op een vastgelegd resultaat van ${formatEuroCents(input.committedResultCents)}.`,
      input.acceptedDeficitCents === null
        ? 'Er is geen principebeslissing die dit tekort aanvaardt.'
        : `De principebeslissing aanvaardt maar ${formatEuroCents(input.acceptedDeficitCents)}.`,
      'Het bedrag is geboekt, want het is een feit. Leg een principebeslissing vast of zoek een oplossing binnen de marge.',
    ],
    action: { label: 'Bekijk de voorstelling', url: input.url },
  });
}
