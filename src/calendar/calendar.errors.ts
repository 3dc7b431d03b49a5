import { defineProblems } from '../common/errors/problem.js';

export const CalendarProblems = defineProblems({
  feedNotFound: { type: 'calendar-feed-not-found', status: 404, title: 'Agenda niet gevonden' },
  signOnNotFound: { type: 'subscription-not-found', status: 404, title: 'Intekening niet gevonden' },
  seasonNotFound: { type: 'season-not-found', status: 404, title: 'Seizoen niet gevonden' },
});
