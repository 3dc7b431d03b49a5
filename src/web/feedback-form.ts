import type { FeedbackView } from '../impact/dto/feedback.dto.js';
import { PictureAndSound } from '../impact/picture-and-sound.js';
import { type Choice, type FormErrors, type FormField, type FormValues, REQUIRED_MESSAGE } from './form-fields.js';
import { wholeNumber } from './form-values.js';
import { PICTURE_AND_SOUND_LABELS, SATISFACTION_LABELS } from './labels.js';

/** The five questions after a stream, in the order a person answers them. Counts only, nothing about residents. */
export const FEEDBACK_FIELDS: readonly FormField[] = [
  {
    name: 'viewers',
    label: 'Hoeveel bewoners of bezoekers keken?',
    help: 'Een telling of schatting volstaat, bv. 35.',
    inputmode: 'numeric',
  },
  {
    name: 'screens',
    label: 'Op hoeveel schermen of in hoeveel zalen?',
    help: 'Ingevuld zoals bij uw intekening; pas het aan als het anders liep.',
    inputmode: 'numeric',
  },
  { name: 'satisfaction', label: 'Hoe tevreden bent u?', help: '' },
  { name: 'pictureAndSound', label: 'Hoe waren beeld en geluid?', help: '' },
  {
    name: 'comment',
    label: 'Wilt u nog iets kwijt?',
    help: 'Bv. wat de bewoners ervan vonden, of wat beter kan.',
    type: 'textarea',
    optional: true,
  },
];

/** From "heel tevreden" down, the way people read a scale from the top. */
export const SATISFACTION_CHOICES: Choice[] = [5, 4, 3, 2, 1].map((score) => ({
  value: String(score),
  label: SATISFACTION_LABELS[score],
}));

export const PICTURE_AND_SOUND_CHOICES: Choice[] = Object.values(PictureAndSound).map((value) => ({
  value,
  label: PICTURE_AND_SOUND_LABELS[value],
}));

const CHOSEN = new Set(['satisfaction', 'pictureAndSound']);

/** Every required question left open, each with its own sentence: a choice is picked, a number is typed. */
export function missingFeedback(values: FormValues): FormErrors {
  return Object.fromEntries(
    FEEDBACK_FIELDS.filter((field) => !field.optional && (values[field.name] ?? '').trim() === '').map((field) => [
      field.name,
      CHOSEN.has(field.name) ? 'Kies een van de antwoorden.' : REQUIRED_MESSAGE,
    ]),
  );
}

/** The body FeedbackDto validates. */
export function feedbackBody(values: FormValues): Record<string, unknown> {
  return {
    viewers: wholeNumber(values.viewers),
    screens: wholeNumber(values.screens),
    satisfaction: wholeNumber(values.satisfaction),
    pictureAndSound: values.pictureAndSound,
    ...(values.comment.trim() ? { comment: values.comment } : {}),
  };
}

/** The saved answer, or the screens from the sign-on when there is none yet. */
export function feedbackValues(view: FeedbackView): FormValues {
  const answer = view.answer;
  if (!answer) return { viewers: '', screens: String(view.signedOnScreens), satisfaction: '', pictureAndSound: '', comment: '' };
  return {
    viewers: String(answer.viewers),
    screens: String(answer.screens),
    satisfaction: String(answer.satisfaction),
    pictureAndSound: answer.pictureAndSound,
    comment: answer.comment,
  };
}
