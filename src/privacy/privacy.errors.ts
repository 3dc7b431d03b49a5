import { defineProblems } from '../common/errors/problem.js';

export const PrivacyProblems = defineProblems({
  organisationNotFound: { type: 'organisation-not-found', status: 404, title: 'Organisatie niet gevonden' },
  erasureRefused: { type: 'erasure-refused', status: 409, title: 'Organisatie kan (nog) niet gewist worden' },
});
