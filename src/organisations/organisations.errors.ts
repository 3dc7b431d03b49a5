import { defineProblems } from '../common/errors/problem.js';

export const OrganisationProblems = defineProblems({
  notFound: { type: 'organisation-not-found', status: 404, title: 'Organisatie niet gevonden' },
  enterpriseNumberTaken: { type: 'enterprise-number-taken', status: 409, title: 'Organisatie bestaat al' },
  erased: { type: 'organisation-erased', status: 409, title: 'Organisatie gewist' },
  operatorStaysActive: { type: 'operator-stays-active', status: 409, title: 'De operator blijft actief' },
  subKindMismatch: { type: 'validation', status: 400, title: 'Ongeldige invoer' },
});
