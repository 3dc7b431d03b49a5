import { defineProblems } from '../common/errors/problem.js';

export const OrganisationProblems = defineProblems({
  notFound: { type: 'organisation-not-found', status: 404, title: 'Organisatie niet gevonden' },
  subKindMismatch: { type: 'validation', status: 400, title: 'Ongeldige invoer' },
});
