import { OrganisationKind, Province, SUB_KINDS_BY_KIND } from '../organisations/organisation-kinds.js';
import type { FormField } from './form-fields.js';
import { KIND_LABELS, PROVINCE_LABELS, SUB_KIND_LABELS } from './labels.js';

const subKindGroups = [OrganisationKind.CareCentre, OrganisationKind.CultureHouse].map((kind) => ({
  label: KIND_LABELS[kind],
  choices: SUB_KINDS_BY_KIND[kind].map((subKind) => ({ value: subKind, label: SUB_KIND_LABELS[subKind] })),
}));

/** Every question of the registration form, with why it is asked. */
export const REGISTER_FIELDS: readonly FormField[] = [
  {
    name: 'organisation.subKind',
    label: 'Soort organisatie',
    help: 'Zorgcentra ontvangen de voorstelling voor hun bewoners; cultuurhuizen helpen zorgcentra in hun gemeente.',
    groups: subKindGroups,
  },
  {
    name: 'organisation.name',
    label: 'Naam van de organisatie',
    help: 'Zoals ze op facturen en in de agenda-uitnodiging moet staan, bv. WZC De Linde.',
    autocomplete: 'organization',
  },
  {
    name: 'organisation.enterpriseNumber',
    label: 'Ondernemingsnummer',
    help: 'Het KBO-nummer van 10 cijfers, bv. 0123.456.749. U vindt het op uw facturen of briefpapier.',
    inputmode: 'numeric',
  },
  {
    name: 'organisation.vatNumber',
    label: 'Btw-nummer',
    help: 'Niet verplicht. Enkel invullen als uw organisatie btw-plichtig is, bv. BE0123456749.',
    optional: true,
  },
  {
    name: 'organisation.street',
    label: 'Straat en huisnummer',
    help: 'Het adres voor de factuur.',
    autocomplete: 'street-address',
  },
  {
    name: 'organisation.postcode',
    label: 'Postcode',
    help: 'Vier cijfers, bv. 3900.',
    autocomplete: 'postal-code',
    inputmode: 'numeric',
  },
  { name: 'organisation.municipality', label: 'Gemeente', help: 'Bv. Pelt.', autocomplete: 'address-level2' },
  {
    name: 'organisation.province',
    label: 'Provincie',
    help: 'Zo tonen we u eerst de voorstellingen uit uw buurt.',
    groups: [
      { label: 'Provincies', choices: Object.values(Province).map((value) => ({ value, label: PROVINCE_LABELS[value] })) },
    ],
  },
  {
    name: 'organisation.email',
    label: 'Algemeen e-mailadres',
    help: 'Hier sturen we facturen en belangrijke berichten naartoe, bv. info@wzc-delinde.be.',
    type: 'email',
    autocomplete: 'email',
  },
  {
    name: 'organisation.phone',
    label: 'Telefoonnummer',
    help: 'Voor als er op de dag van de voorstelling iets misloopt, bv. 011 12 34 56.',
    type: 'tel',
    autocomplete: 'tel',
  },
  {
    name: 'user.fullName',
    label: 'Uw naam',
    help: 'Voor- en achternaam van de persoon die het account beheert.',
    autocomplete: 'name',
  },
  {
    name: 'user.email',
    label: 'Uw e-mailadres',
    help: 'Hiermee meldt u zich later aan.',
    type: 'email',
    autocomplete: 'email',
  },
  {
    name: 'user.password',
    label: 'Kies een wachtwoord',
    help: 'Minstens 10 tekens. Een korte zin is makkelijk te onthouden en moeilijk te raden.',
    type: 'password',
    autocomplete: 'new-password',
  },
];

export const LOGIN_FIELDS: readonly FormField[] = [
  {
    name: 'email',
    label: 'E-mailadres',
    help: 'Het e-mailadres waarmee u zich registreerde.',
    type: 'email',
    autocomplete: 'username',
  },
  { name: 'password', label: 'Wachtwoord', help: '', type: 'password', autocomplete: 'current-password' },
];
