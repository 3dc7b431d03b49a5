import { defineProblems } from '../common/errors/problem.js';

export const CalendarProblems = defineProblems({
  feedNotFound: { type: 'calendar-feed-not-found', status: 404, title: 'Agenda niet gevonden' },
  signOnNotFound: { type: 'subscription-not-found', status: 404, title: 'Intekening niet gevonden' },
  noTestSlot: { type: 'test-slot-not-found', status: 404, title: 'Geen technische test' },
  seasonNotFound: { type: 'season-not-found', status: 404, title: 'Seizoen niet gevonden' },
  notCancelled: { type: 'event-not-cancelled', status: 409, title: 'Voorstelling niet afgelast' },
  invalidPriorityWindow: { type: 'invalid-priority-window', status: 400, title: 'Ongeldige voorrangsperiode' },
  newDateExists: { type: 'new-date-exists', status: 409, title: 'Er is al een nieuwe datum' },
  signOnAgainLinkInvalid: { type: 'sign-on-again-link-invalid', status: 404, title: 'Link niet geldig' },
});
