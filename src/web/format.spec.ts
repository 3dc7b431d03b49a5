import { DEMO_EVENTS } from '../demo/demo-events.js';
import { brusselsMonthRange, formatMonth, PAGE_FORMATS, usualTestSlotExample } from './format.js';

describe('Nederlandse notatie voor de webpagina’s', () => {
  it('neemt ISO-tekst uit de API-weergaven aan en toont ze in Brusselse tijd', () => {
    expect(PAGE_FORMATS.formatDateTime('2023-09-24T12:00:00Z')).toBe('zo 24 sep 2023, 14:00');
    expect(PAGE_FORMATS.formatTime('2023-03-13T13:00:00Z')).toBe('14:00');
    expect(PAGE_FORMATS.formatMoney(123450)).toBe('€\u00A01.234,50');
    expect(PAGE_FORMATS.formatDate('2023-10-31')).toBe('di 31 okt 2023');
  });

  it('noemt een maand voluit', () => {
    expect(formatMonth(2023, 9)).toBe('september 2023');
    expect(formatMonth(2024, 3)).toBe('maart 2024');
  });

  it('begrenst een maand op Brusselse middernacht, ook rond de overgang naar zomertijd', () => {
    expect(brusselsMonthRange(2023, 3)).toEqual({ from: new Date('2023-02-28T23:00:00Z'), to: new Date('2023-03-31T22:00:00Z') });
    expect(brusselsMonthRange(2023, 12)).toEqual({
      from: new Date('2023-11-30T23:00:00Z'),
      to: new Date('2023-12-31T23:00:00Z'),
    });
  });

  it('legt het gewone testmoment uit zoals de regels en de gegevens het plannen: 12:30–13:15 voor 14:00', () => {
    expect(usualTestSlotExample('14:00')).toMatchObject({ from: '12:30', until: '13:15', fromMinutes: 90, untilMinutes: 45 });
    for (const event of DEMO_EVENTS) {
      const start = PAGE_FORMATS.formatTime(event.startsAt);
      expect(usualTestSlotExample(start)).toMatchObject({
        from: PAGE_FORMATS.formatTime(event.testSlot[0]),
        until: PAGE_FORMATS.formatTime(event.testSlot[1]),
      });
    }
  });
});
