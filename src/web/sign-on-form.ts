import type { FormField, FormValues } from './form-fields.js';
import { wholeNumber } from './form-values.js';

/** The sign-on questions in three steps, each saying why it is asked. Nothing about residents. */
export const SIGN_ON_STEPS: readonly { title: string; why: string; fields: readonly FormField[] }[] = [
  {
    title: 'Wie is uw contactpersoon?',
    why: 'Deze persoon krijgt de agenda-uitnodiging met de streamlink, en wij bellen haar of hem als er iets verandert.',
    fields: [
      {
        name: 'contactName',
        label: 'Naam van de contactpersoon',
        help: 'Bv. de animator die de namiddag begeleidt.',
        autocomplete: 'name',
      },
      {
        name: 'contactEmail',
        label: 'E-mailadres van de contactpersoon',
        help: 'Hierheen sturen we de uitnodiging voor uw agenda.',
        type: 'email',
        autocomplete: 'email',
      },
      {
        name: 'contactPhone',
        label: 'Telefoonnummer van de contactpersoon',
        help: 'Voor technische vragen op de dag zelf, bv. 011 12 34 56.',
        type: 'tel',
        autocomplete: 'tel',
      },
    ],
  },
  {
    title: 'Hoe toont u de voorstelling?',
    why: 'Zo weten we hoeveel verbindingen we moeten voorzien en kunnen we de artiesten vertellen hoeveel mensen meekijken.',
    fields: [
      {
        name: 'screens',
        label: 'Aantal schermen of zalen',
        help: 'In hoeveel ruimtes toont u de stream? Meestal is dat 1.',
        inputmode: 'numeric',
      },
      {
        name: 'expectedViewers',
        label: 'Verwacht aantal kijkers',
        help: 'Een schatting volstaat. We vragen geen namen en niets over uw bewoners.',
        inputmode: 'numeric',
      },
    ],
  },
  {
    title: 'Nog iets dat we moeten weten?',
    why: 'Alleen als het helpt: we lezen dit voor we de techniek voorbereiden.',
    fields: [
      {
        name: 'notes',
        label: 'Opmerkingen over toegankelijkheid of techniek',
        help: 'Bv. "beamer aanwezig, geen kabelinternet in de zaal".',
        type: 'textarea',
        optional: true,
      },
    ],
  },
];

export const SIGN_ON_FIELDS: readonly FormField[] = SIGN_ON_STEPS.flatMap((step) => step.fields);

/** The body SignOnDto validates; counts become numbers when they are numbers. `prefix` names a nested form's fields. */
export function signOnBody(values: FormValues, prefix = ''): Record<string, unknown> {
  const value = (name: string) => values[prefix + name] ?? '';
  return {
    contactName: value('contactName'),
    contactEmail: value('contactEmail'),
    contactPhone: value('contactPhone'),
    screens: wholeNumber(value('screens')),
    expectedViewers: wholeNumber(value('expectedViewers')),
    ...(value('notes').trim() ? { notes: value('notes') } : {}),
  };
}
