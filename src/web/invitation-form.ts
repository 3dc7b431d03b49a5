import { OrganisationKind } from '../organisations/organisation-kinds.js';
import { CostSharing } from '../subscriptions/subscription-status.js';
import type { FormErrors, FormField, FormValues } from './form-fields.js';
import { euroToCents } from './form-values.js';
import { COST_SHARING_LABELS, KIND_LABELS } from './labels.js';
import { REGISTER_FIELDS } from './register-form.js';
import { SIGN_ON_STEPS } from './sign-on-form.js';

/** The fields of the "invite a care centre" form; `organisationId` gets its choices per request. */
export const INVITE_FIELDS: readonly FormField[] = [
  { name: 'eventId', label: 'Voorstelling', help: 'Enkel voorstellingen waarvoor intekenen nog kan.' },
  {
    name: 'organisationId',
    label: 'Zorgcentrum met een account',
    help: 'Kies een zorgcentrum dat al bij Satelliet geregistreerd is.',
    optional: true,
    searchable: true,
  },
  {
    name: 'email',
    label: 'Of: e-mailadres van het zorgcentrum',
    help: 'Heeft het zorgcentrum nog geen account? Dan krijgt het een link om zich in één stap te registreren en in te tekenen.',
    type: 'email',
    optional: true,
  },
  { name: 'costSharing', label: 'Wie betaalt?', help: '' },
  {
    name: 'careCentreShare',
    label: 'Bedrag voor het zorgcentrum',
    help: 'Enkel bij delen: wat het zorgcentrum zelf betaalt, in euro exclusief btw, bv. 25,00. Uw cultuurhuis betaalt de rest.',
    inputmode: 'numeric',
    optional: true,
  },
  {
    name: 'message',
    label: 'Persoonlijke boodschap',
    help: 'Komt in de uitnodiging, bv. "We helpen graag met scherm en geluid."',
    type: 'textarea',
    optional: true,
  },
];

export const COST_SHARING_CHOICES = Object.values(CostSharing).map((value) => ({ value, label: COST_SHARING_LABELS[value] }));

/**
 * The body CreateInvitationDto validates, or the errors a person can fix before it is sent:
 * neither a care centre nor an address, or an amount that is not one.
 */
export function invitationBody(values: FormValues): { body: Record<string, unknown>; errors: FormErrors } {
  const errors: FormErrors = {};
  const body: Record<string, unknown> = { costSharing: values.costSharing };
  if (values.organisationId) body.organisationId = values.organisationId;
  else if (values.email.trim()) body.email = values.email;
  else errors.organisationId = 'Kies een zorgcentrum uit de lijst of vul een e-mailadres in.';
  if (values.costSharing === (CostSharing.Split as string)) {
    const cents = euroToCents(values.careCentreShare);
    if (cents === null) errors.careCentreShare = 'Vul een bedrag in euro in, bv. 25,00.';
    else body.careCentreShareCents = cents;
  }
  if (!values.costSharing) errors.costSharing = 'Kies wie betaalt.';
  if (values.message.trim()) body.message = values.message;
  return { body, errors };
}

const prefixed = (fields: readonly FormField[], prefix: string) =>
  fields.map((field) => ({ ...field, name: prefix + field.name }));

/** Registration for an invited care centre: the same questions, but only care-centre kinds. */
const careCentreRegistration = REGISTER_FIELDS.map((field) =>
  field.name === 'organisation.subKind'
    ? {
        ...field,
        help: 'Wat voor zorgcentrum bent u?',
        groups: field.groups?.filter((group) => group.label === KIND_LABELS[OrganisationKind.CareCentre]),
      }
    : field,
);

export const ACCEPT_STEPS = {
  organisation: prefixed(
    careCentreRegistration.filter((field) => field.name.startsWith('organisation.')),
    'registration.',
  ),
  user: prefixed(
    careCentreRegistration.filter((field) => field.name.startsWith('user.')),
    'registration.',
  ),
  signOn: SIGN_ON_STEPS.map((step) => ({ ...step, fields: prefixed(step.fields, 'signOn.') })),
};

export const ACCEPT_SIGN_ON_FIELDS: readonly FormField[] = ACCEPT_STEPS.signOn.flatMap((step) => step.fields);
export const ACCEPT_WITH_REGISTRATION_FIELDS: readonly FormField[] = [
  ...ACCEPT_STEPS.organisation,
  ...ACCEPT_STEPS.user,
  ...ACCEPT_SIGN_ON_FIELDS,
];
