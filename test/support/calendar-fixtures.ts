import { EventStatus } from '../../src/events/event-status.js';
import type { CalendarEvent, CalendarPerson } from '../../src/calendar/calendar-event.js';

/** Test fixtures for calendar and mail specs: the 2023 programme's Bartje en de Beiaard by default. */
export function calendarEvent(overrides: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    id: '7b0c6a52-3f0e-4d36-9a51-4c2f5f7f1a01',
    title: 'Bartje en de Beiaard',
    performers: ['Bart Herman', 'Wim Berteloot'],
    description: 'Liedjes over de beiaard, de zee en Brugge.',
    launchCentreName: 'CC Brugge',
    launchCentreMunicipality: 'Brugge',
    startsAt: new Date('2023-09-24T12:00:00Z'),
    endsAt: new Date('2023-09-24T13:30:00Z'),
    testSlotStartsAt: new Date('2023-09-24T10:30:00Z'),
    testSlotEndsAt: new Date('2023-09-24T11:15:00Z'),
    streamUrl: 'https://stream.satelliet.example/live/bartje-8f3k2',
    status: EventStatus.Published,
    ...overrides,
  };
}

export const operator: CalendarPerson = { name: 'Satelliet', email: 'programma@satelliet.example' };
export const contact: CalendarPerson = { name: 'An Peeters', email: 'an.peeters@wzc-zonnebloem.example' };
