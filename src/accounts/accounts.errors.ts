import { defineProblems } from '../common/errors/problem.js';

export const AccountProblems = defineProblems({
  badCredentials: { type: 'bad-credentials', status: 401, title: 'Aanmelden mislukt' },
  tokenInvalid: { type: 'token-invalid', status: 401, title: 'Niet aangemeld' },
  accountInactive: { type: 'account-inactive', status: 403, title: 'Account gedeactiveerd' },
  lockedOut: { type: 'too-many-login-attempts', status: 429, title: 'Te veel foute pogingen' },
  enterpriseNumberTaken: { type: 'enterprise-number-taken', status: 409, title: 'Organisatie bestaat al' },
  emailTaken: { type: 'email-taken', status: 409, title: 'E-mailadres al in gebruik' },
  userNotFound: { type: 'user-not-found', status: 404, title: 'Gebruiker niet gevonden' },
  lastAdmin: { type: 'last-admin', status: 409, title: 'Laatste beheerder' },
  linkInvalid: { type: 'account-link-invalid', status: 404, title: 'Link niet geldig' },
});
