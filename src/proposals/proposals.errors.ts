import { defineProblems } from '../common/errors/problem.js';

export const ProposalProblems = defineProblems({
  callNotFound: { type: 'call-not-found', status: 404, title: 'Oproep niet gevonden' },
  proposalNotFound: { type: 'proposal-not-found', status: 404, title: 'Voorstel niet gevonden' },
  callAlreadyOpen: { type: 'call-already-open', status: 409, title: 'Er loopt al een oproep' },
  callClosed: { type: 'call-closed', status: 409, title: 'De oproep is gesloten' },
  alreadyDecided: { type: 'proposal-decided', status: 409, title: 'Over dit voorstel is al beslist' },
  notCultureHouse: { type: 'forbidden', status: 403, title: 'Geen toegang' },
  notSatellite: { type: 'forbidden', status: 403, title: 'Geen toegang' },
  notYours: { type: 'forbidden', status: 403, title: 'Geen toegang' },
  invalid: { type: 'validation', status: 400, title: 'Ongeldige invoer' },
});
