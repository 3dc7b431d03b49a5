import type { FormErrors, FormField, FormValues } from './form-fields.js';
import { brusselsLocalToIso } from './form-values.js';

/** The admin's "Nieuwe datum" form for a cancelled event; every time is typed in Belgian time. */
export const NEW_DATE_FIELDS: readonly FormField[] = [
  { name: 'date', label: 'Nieuwe datum', help: 'De dag van de voorstelling.', type: 'date' },
  { name: 'startTime', label: 'Begint om', help: 'Belgische tijd, bv. 14:00.', type: 'time' },
  { name: 'endTime', label: 'Eindigt om', help: 'Belgische tijd, dezelfde dag.', type: 'time' },
  { name: 'testStartTime', label: 'Testmoment van', help: 'Dezelfde dag, voor de voorstelling.', type: 'time', optional: true },
  { name: 'testEndTime', label: 'Testmoment tot', help: 'Samen met "Testmoment van".', type: 'time', optional: true },
  { name: 'deadlineDate', label: 'Intekenen kan tot (datum)', help: '', type: 'date' },
  { name: 'deadlineTime', label: 'Intekenen kan tot (uur)', help: 'Belgische tijd, bv. 23:59.', type: 'time' },
  {
    name: 'priorityDate',
    label: 'Voorrang tot (datum)',
    help: 'Tot dan kunnen enkel de satellieten van de afgelaste voorstelling intekenen; vóór de uiterste intekendatum.',
    type: 'date',
  },
  { name: 'priorityTime', label: 'Voorrang tot (uur)', help: 'Belgische tijd.', type: 'time' },
  {
    name: 'publish',
    label: 'Publiceren',
    help: '',
    groups: [
      {
        label: 'Publiceren',
        choices: [
          { value: 'ja', label: 'Meteen publiceren en de vorige satellieten uitnodigen' },
          { value: 'nee', label: 'Als ontwerp bewaren, later publiceren' },
        ],
      },
    ],
  },
];

export const NEW_DATE_ALIASES: Record<string, string> = {
  startsAt: 'startTime',
  endsAt: 'endTime',
  signOnDeadline: 'deadlineTime',
  testSlotStartsAt: 'testStartTime',
  testSlotEndsAt: 'testEndTime',
  priorityUntil: 'priorityTime',
};

/** The body NewDateDto validates, or the errors a person fixes first: dates and times that are not one. */
export function newDateBody(values: FormValues): { body: Record<string, unknown>; errors: FormErrors } {
  const errors: FormErrors = {};
  const instant = (date: string, time: string, field: string, label: string) => {
    const iso = brusselsLocalToIso(date, time);
    if (iso === null) errors[field] = `${label} is geen geldige datum en tijd.`;
    return iso;
  };
  const hasTest = values.testStartTime !== '' || values.testEndTime !== '';
  if (values.publish !== 'ja' && values.publish !== 'nee') errors.publish = 'Kies of u meteen publiceert.';
  const body = {
    startsAt: instant(values.date, values.startTime, 'startTime', 'Het begin'),
    endsAt: instant(values.date, values.endTime, 'endTime', 'Het einde'),
    signOnDeadline: instant(values.deadlineDate, values.deadlineTime, 'deadlineTime', 'De uiterste intekendatum'),
    testSlotStartsAt: hasTest
      ? instant(values.date, values.testStartTime, 'testStartTime', 'Het begin van het testmoment')
      : null,
    testSlotEndsAt: hasTest ? instant(values.date, values.testEndTime, 'testEndTime', 'Het einde van het testmoment') : null,
    priorityUntil: instant(values.priorityDate, values.priorityTime, 'priorityTime', 'Het einde van de voorrang'),
    publish: values.publish === 'ja',
  };
  return { body, errors };
}
