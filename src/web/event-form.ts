import type { AdminEventView } from '../events/dto/event.dto.js';
import type { FormErrors, FormField, FormValues } from './form-fields.js';
import { brusselsLocalToIso, centsToEuroText, euroToCents, isoToBrusselsLocal, wholeNumber } from './form-values.js';

/** The admin's event form; the selects get their choices per request. Times are typed in Belgian time. */
export const EVENT_FIELDS: readonly FormField[] = [
  { name: 'seasonCode', label: 'Seizoen', help: 'Kan na het aanmaken niet meer veranderen.' },
  { name: 'title', label: 'Titel', help: 'Zoals ze in het programma en in de agenda van de satellieten staat.' },
  { name: 'performers', label: 'Artiesten', help: 'Eén naam per regel.', type: 'textarea' },
  { name: 'description', label: 'Beschrijving', help: 'Een paar zinnen voor het programma.', type: 'textarea', optional: true },
  { name: 'launchCentreId', label: 'Lanceercentrum', help: 'Het cultuurhuis waar de voorstelling op het podium staat.' },
  { name: 'date', label: 'Datum', help: 'De dag van de voorstelling.', type: 'date' },
  { name: 'startTime', label: 'Begint om', help: 'Belgische tijd, bv. 14:00.', type: 'time' },
  { name: 'endTime', label: 'Eindigt om', help: 'Belgische tijd, dezelfde dag.', type: 'time' },
  { name: 'testStartTime', label: 'Testmoment van', help: 'Dezelfde dag, voor de voorstelling.', type: 'time', optional: true },
  {
    name: 'testEndTime',
    label: 'Testmoment tot',
    help: 'Samen met "Testmoment van" in te vullen.',
    type: 'time',
    optional: true,
  },
  {
    name: 'deadlineDate',
    label: 'Intekenen kan tot (datum)',
    help: 'Tot dan kunnen satellieten intekenen en annuleren.',
    type: 'date',
  },
  { name: 'deadlineTime', label: 'Intekenen kan tot (uur)', help: 'Belgische tijd, bv. 23:59.', type: 'time' },
  {
    name: 'capacity',
    label: 'Maximum aantal satellieten',
    help: 'Leeg laten voor onbeperkt.',
    inputmode: 'numeric',
    optional: true,
  },
  { name: 'streamUrl', label: 'Streamlink', help: 'Enkel bevestigde satellieten zien hem.', type: 'url', optional: true },
  { name: 'cultureHouseTariff', label: 'Tarief cultuurhuis', help: 'In euro exclusief btw, bv. 250,00.', inputmode: 'numeric' },
  { name: 'careCentreTariff', label: 'Tarief zorgcentrum', help: 'In euro exclusief btw, bv. 95,00.', inputmode: 'numeric' },
  { name: 'vatRatePercent', label: 'Btw-tarief', help: '' },
];

export const VAT_CHOICES = [0, 6, 12, 21].map((rate) => ({ value: String(rate), label: `${rate}%` }));

/** The API names fields by the DTO; the form shows them as the field a person fixes. */
export const EVENT_ALIASES: Record<string, string> = {
  startsAt: 'startTime',
  endsAt: 'endTime',
  signOnDeadline: 'deadlineTime',
  testSlotStartsAt: 'testStartTime',
  testSlotEndsAt: 'testEndTime',
  cultureHouseTariffCents: 'cultureHouseTariff',
  careCentreTariffCents: 'careCentreTariff',
};

/**
 * The body CreateEventDto (or, without a season, UpdateEventDto) validates, or the errors a
 * person can fix first: dates, times and amounts that are not one.
 */
export function eventBody(values: FormValues, creating: boolean): { body: Record<string, unknown>; errors: FormErrors } {
  const errors: FormErrors = {};
  const instant = (date: string, time: string, field: string, label: string) => {
    const iso = brusselsLocalToIso(date, time);
    // An empty date or time is flagged as missing on its own field (missingFields), not here.
    if (iso === null && date.trim() !== '' && time.trim() !== '') errors[field] = `${label} is geen geldige datum en tijd.`;
    return iso;
  };
  const amount = (field: string) => {
    const cents = euroToCents(values[field]);
    if (cents === null && values[field].trim() !== '') errors[field] = 'Vul een bedrag in euro in, bv. 95,00.';
    return cents;
  };
  const hasTest = values.testStartTime !== '' || values.testEndTime !== '';
  const body: Record<string, unknown> = {
    ...(creating ? { seasonCode: values.seasonCode } : {}),
    title: values.title,
    performers: values.performers
      .split(/\r?\n/)
      .map((name) => name.trim())
      .filter(Boolean),
    description: values.description,
    launchCentreId: values.launchCentreId,
    startsAt: instant(values.date, values.startTime, 'startTime', 'Het begin'),
    endsAt: instant(values.date, values.endTime, 'endTime', 'Het einde'),
    signOnDeadline: instant(values.deadlineDate, values.deadlineTime, 'deadlineTime', 'De uiterste intekendatum'),
    testSlotStartsAt: hasTest
      ? instant(values.date, values.testStartTime, 'testStartTime', 'Het begin van het testmoment')
      : null,
    testSlotEndsAt: hasTest ? instant(values.date, values.testEndTime, 'testEndTime', 'Het einde van het testmoment') : null,
    capacity: values.capacity.trim() === '' ? null : wholeNumber(values.capacity),
    streamUrl: values.streamUrl.trim() === '' ? null : values.streamUrl.trim(),
    cultureHouseTariffCents: amount('cultureHouseTariff'),
    careCentreTariffCents: amount('careCentreTariff'),
    vatRatePercent: wholeNumber(values.vatRatePercent),
  };
  return { body, errors };
}

/** An event's current values as the form shows them, for editing. */
export function eventFormValues(event: AdminEventView): FormValues {
  const start = isoToBrusselsLocal(event.startsAt);
  const deadline = isoToBrusselsLocal(event.signOnDeadline);
  return {
    seasonCode: event.seasonCode,
    title: event.title,
    performers: event.performers.join('\n'),
    description: event.description,
    launchCentreId: event.launchCentre.id,
    date: start.date,
    startTime: start.time,
    endTime: isoToBrusselsLocal(event.endsAt).time,
    testStartTime: event.testSlotStartsAt ? isoToBrusselsLocal(event.testSlotStartsAt).time : '',
    testEndTime: event.testSlotEndsAt ? isoToBrusselsLocal(event.testSlotEndsAt).time : '',
    deadlineDate: deadline.date,
    deadlineTime: deadline.time,
    capacity: event.capacity === null ? '' : String(event.capacity),
    streamUrl: event.streamUrl ?? '',
    cultureHouseTariff: centsToEuroText(event.cultureHouseTariffCents),
    careCentreTariff: centsToEuroText(event.careCentreTariffCents),
    vatRatePercent: String(event.vatRatePercent),
  };
}
