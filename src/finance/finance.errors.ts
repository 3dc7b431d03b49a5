import { defineProblems } from '../common/errors/problem.js';

export const FinanceProblems = defineProblems({
  eventNotFound: { type: 'event-not-found', status: 404, title: 'Voorstelling niet gevonden' },
  lineNotFound: { type: 'finance-line-not-found', status: 404, title: 'Lijn niet gevonden' },
  seasonNotFound: { type: 'season-not-found', status: 404, title: 'Seizoen niet gevonden' },
  invalidScenario: { type: 'validation', status: 400, title: 'Ongeldige invoer' },
  publishRefused: { type: 'publish-refused-budget', status: 409, title: 'Publiceren geweigerd: budget' },
  changeRefused: { type: 'change-refused-budget', status: 409, title: 'Wijziging geweigerd: budget' },
  marginRefused: { type: 'margin-below-committed', status: 409, title: 'Marge geweigerd: het jaar legt al meer vast' },
  eventClosed: { type: 'event-books-closed', status: 409, title: 'De boeken van deze voorstelling zijn afgesloten' },
  notClosable: { type: 'event-not-closable', status: 409, title: 'De boeken kunnen nog niet dicht' },
});
