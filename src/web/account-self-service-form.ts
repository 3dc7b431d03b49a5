import type { FormField } from './form-fields.js';

const NEW_PASSWORD_HELP = 'Minstens 10 tekens. Een korte zin is makkelijk te onthouden, bv. "koffie om tien uur".';

export const CHANGE_PASSWORD_FIELDS: readonly FormField[] = [
  { name: 'currentPassword', label: 'Huidig wachtwoord', help: '', type: 'password', autocomplete: 'current-password' },
  { name: 'newPassword', label: 'Nieuw wachtwoord', help: NEW_PASSWORD_HELP, type: 'password', autocomplete: 'new-password' },
];

export const FORGOT_PASSWORD_FIELDS: readonly FormField[] = [
  {
    name: 'email',
    label: 'E-mailadres',
    help: 'Het adres waarmee u aanmeldt. We sturen er een link naartoe.',
    type: 'email',
    autocomplete: 'username',
  },
];

export const RESET_PASSWORD_FIELDS: readonly FormField[] = [
  { name: 'newPassword', label: 'Nieuw wachtwoord', help: NEW_PASSWORD_HELP, type: 'password', autocomplete: 'new-password' },
];

export const INVITE_COLLEAGUE_FIELDS: readonly FormField[] = [
  {
    name: 'email',
    label: 'E-mailadres van uw collega',
    help: 'Uw collega krijgt een mail met een link om een wachtwoord te kiezen, en ziet dan dezelfde intekeningen als u.',
    type: 'email',
    autocomplete: 'off',
  },
];

export const JOIN_FIELDS: readonly FormField[] = [
  { name: 'fullName', label: 'Uw naam', help: 'Voor- en achternaam, bv. Jan Peeters.', autocomplete: 'name' },
  { name: 'password', label: 'Kies een wachtwoord', help: NEW_PASSWORD_HELP, type: 'password', autocomplete: 'new-password' },
];
