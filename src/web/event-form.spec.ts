import { missingFields } from './form-fields.js';
import type { AdminEventView } from '../events/dto/event.dto.js';
import { EVENT_FIELDS, eventBody, eventFormValues } from './event-form.js';

const filled = {
  seasonCode: '2023-2024',
  title: 'Bartje en de Beiaard',
  performers: 'Bart Herman\r\n Wim Berteloot \n\n',
  description: '',
  launchCentreId: '6f1c1d1e-0000-4000-8000-000000000001',
  date: '2023-09-24',
  startTime: '14:00',
  endTime: '15:30',
  testStartTime: '12:30',
  testEndTime: '13:15',
  deadlineDate: '2023-09-20',
  deadlineTime: '23:59',
  capacity: '',
  streamUrl: '',
  cultureHouseTariff: '250',
  careCentreTariff: '95,50',
  vatRatePercent: '6',
};

describe('formulier voor een voorstelling', () => {
  it('zet Belgische datum en uren, bedragen in euro en één artiest per regel om naar de API', () => {
    const { body, errors } = eventBody(filled, true);
    expect(errors).toEqual({});
    expect(body).toMatchObject({
      seasonCode: '2023-2024',
      performers: ['Bart Herman', 'Wim Berteloot'],
      startsAt: '2023-09-24T14:00:00+02:00',
      endsAt: '2023-09-24T15:30:00+02:00',
      testSlotStartsAt: '2023-09-24T12:30:00+02:00',
      signOnDeadline: '2023-09-20T23:59:00+02:00',
      capacity: null,
      streamUrl: null,
      cultureHouseTariffCents: 25000,
      careCentreTariffCents: 9550,
      vatRatePercent: 6,
    });
  });

  it('laat het seizoen weg bij aanpassen en het testmoment als het leeg is', () => {
    const { body } = eventBody({ ...filled, testStartTime: '', testEndTime: '' }, false);
    expect(body).not.toHaveProperty('seasonCode');
    expect(body).toMatchObject({ testSlotStartsAt: null, testSlotEndsAt: null });
  });

  it('zet een fout naast elk uur of bedrag dat er geen is', () => {
    const { errors } = eventBody({ ...filled, startTime: '25:00', careCentreTariff: 'gratis' }, true);
    expect(Object.keys(errors).sort()).toEqual(['careCentreTariff', 'startTime']);
    expect(errors.careCentreTariff).toBe('Vul een bedrag in euro in, bv. 95,00.');
    expect(errors.startTime).toBe('Het begin is geen geldige datum en tijd.');
  });

  it('meldt een leeg nieuw formulier op de lege verplichte velden, niet op het voorgevulde uur', () => {
    const empty = Object.fromEntries(EVENT_FIELDS.map((field) => [field.name, '']));
    const prefilled = { ...empty, vatRatePercent: '6', startTime: '14:00', endTime: '15:30', deadlineTime: '23:59' };
    const errors = { ...eventBody(prefilled, true).errors, ...missingFields(EVENT_FIELDS, prefilled) };
    expect(Object.keys(errors).sort()).toEqual(
      [
        'careCentreTariff',
        'cultureHouseTariff',
        'date',
        'deadlineDate',
        'launchCentreId',
        'performers',
        'seasonCode',
        'title',
      ].sort(),
    );
    expect(new Set(Object.values(errors))).toEqual(new Set(['Vul dit veld in.']));
  });

  it('vult het formulier met de waarden van een voorstelling, zodat opslaan zonder wijziging niets verandert', () => {
    const { body } = eventBody(filled, true);
    const view = {
      ...body,
      id: 'x',
      launchCentre: { id: filled.launchCentreId, name: 'CC Brugge', municipality: 'Brugge', province: 'west-vlaanderen' },
      startsAt: new Date(body.startsAt as string).toISOString(),
      endsAt: new Date(body.endsAt as string).toISOString(),
      signOnDeadline: new Date(body.signOnDeadline as string).toISOString(),
      testSlotStartsAt: new Date(body.testSlotStartsAt as string).toISOString(),
      testSlotEndsAt: new Date(body.testSlotEndsAt as string).toISOString(),
    } as unknown as AdminEventView;
    const values = eventFormValues(view);
    expect(Object.keys(values).sort()).toEqual(EVENT_FIELDS.map((field) => field.name).sort());
    expect(eventBody(values, true).body).toEqual({ ...body, performers: ['Bart Herman', 'Wim Berteloot'] });
  });
});
