import { composeMail, type MailContent } from '../mail/mail-content.js';

export interface ProposalOutcomeInput {
  recipientName: string;
  title: string;
  seasonCode: string;
  accepted: boolean;
  declineReason: string | null;
  url: string;
}

/** The proposer hears once whether the operator takes the performance into the season. */
export function proposalOutcomeMail(input: ProposalOutcomeInput): MailContent {
  if (input.accepted) {
    return composeMail(`Uw voorstel is aanvaard: ${input.title}`, {
      recipientName: input.recipientName,
      paragraphs: [
        `Goed nieuws: we nemen ${input.title} op in het programma van seizoen ${input.seasonCode}.`,
        'De voorstelling staat nu als ontwerp klaar. We nemen contact met u op om de datum, de technische test en de streamlink vast te leggen; daarna zetten we ze open voor intekeningen.',
      ],
      action: { label: 'Bekijk uw voorstellen', url: input.url },
    });
  }
  return composeMail(`Uw voorstel: ${input.title}`, {
    recipientName: input.recipientName,
    paragraphs: [
      `Bedankt voor uw voorstel ${input.title} voor seizoen ${input.seasonCode}. We nemen het deze keer niet op in het programma.`,
      input.declineReason ? `De reden: ${input.declineReason}` : 'Wilt u weten waarom, antwoord dan gerust op deze mail.',
      'We hopen bij een volgende oproep opnieuw een voorstel van u te krijgen.',
    ],
    action: { label: 'Bekijk uw voorstellen', url: input.url },
  });
}
