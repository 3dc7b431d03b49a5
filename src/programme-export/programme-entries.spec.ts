import { EventStatus } from '../events/event-status.js';
import type { ProgrammeEvent } from '../events/programme-sql.js';
import { programmeEntry } from './programme-entries.js';
import { renderProgrammeHtml } from './programme-html.js';

const event = (status: EventStatus): ProgrammeEvent =>
  ({
    id: 'e1',
    title: 'Bartje en de Beiaard',
    performers: ['Bart Herman', 'Wim Berteloot'],
    startsAt: new Date('2023-09-24T12:00:00Z'),
    endsAt: new Date('2023-09-24T13:30:00Z'),
    status,
    launchCentre: { id: 'lc', name: 'CC Brugge', municipality: 'Brugge', province: 'west-vlaanderen' },
  }) as ProgrammeEvent;

describe('een voorstelling in het programma voor de nieuwsbrief', () => {
  it('geeft Belgische tijd, het lanceercentrum en de volledige inschrijflink', () => {
    expect(programmeEntry(event(EventStatus.Published), 'https://satelliet.be/')).toEqual({
      title: 'Bartje en de Beiaard',
      performers: 'Bart Herman, Wim Berteloot',
      when: 'zo 24 sep 2023, 14:00–15:30',
      launchCentre: 'CC Brugge, Brugge',
      link: 'https://satelliet.be/programma/e1/intekenen',
      linkLabel: 'Inschrijven',
      note: '',
    });
  });

  it.each([
    [EventStatus.Cancelled, 'Afgelast'],
    [EventStatus.Streamed, 'Al gestreamd'],
  ])('verwijst bij een voorstelling die %s is naar haar pagina, niet naar inschrijven', (status, note) => {
    expect(programmeEntry(event(status), 'https://satelliet.be')).toMatchObject({
      link: 'https://satelliet.be/programma/e1',
      linkLabel: 'Meer informatie',
      note,
    });
  });

  it('zegt het in de nieuwsbrief als er nog niets op het programma staat', () => {
    expect(renderProgrammeHtml({ seasonName: 'Seizoen 2027-2028', entries: [] })).toContain(
      'Er staan nog geen voorstellingen op het programma.',
    );
  });
});
