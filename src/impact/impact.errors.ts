import { defineProblems } from '../common/errors/problem.js';

export const ImpactProblems = defineProblems({
  feedbackLinkInvalid: { type: 'feedback-link-invalid', status: 404, title: 'Deze link klopt niet' },
  feedbackLinkExpired: { type: 'feedback-link-expired', status: 410, title: 'Deze link is verlopen' },
  feedbackSignOnCancelled: { type: 'feedback-sign-on-cancelled', status: 410, title: 'Deze intekening is geannuleerd' },
  eventNotFound: { type: 'event-not-found', status: 404, title: 'Voorstelling niet gevonden' },
  notLaunchCentre: { type: 'forbidden', status: 403, title: 'Geen toegang' },
  notStreamed: { type: 'event-not-streamed', status: 409, title: 'De voorstelling is nog niet gestreamd' },
  invalidReport: { type: 'validation', status: 400, title: 'Ongeldige invoer' },
});
