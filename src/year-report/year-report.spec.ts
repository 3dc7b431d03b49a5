import { PictureAndSound } from '../impact/picture-and-sound.js';
import { yearReport, type TakingPartRow, type YearFinance, type YearRows } from './year-report.js';
import { formatLineValue, yearReportLines, yearReportSentences } from './year-report-text.js';

const answer = (satisfaction: number, viewers: number) => ({
  satisfaction,
  viewers,
  screens: 1,
  pictureAndSound: PictureAndSound.Good,
});
const houses = (...ids: string[]): TakingPartRow[] => ids.map((organisationId) => ({ organisationId, kind: 'culture_house' }));
const centres = (...ids: string[]): TakingPartRow[] => ids.map((organisationId) => ({ organisationId, kind: 'care_centre' }));
const finance = (resultCents: number, approvedMarginCents: number, allBooksClosed = true): YearFinance => ({
  approvedMarginCents,
  allBooksClosed,
  committed: {
    resultCents,
    marginUsedCents: Math.max(0, -resultCents),
    marginRemainingCents: -approvedMarginCents - Math.max(0, -resultCents),
    status: resultCents >= approvedMarginCents ? 'within_margin' : 'margin_exceeded',
  },
});
const empty = (year: number): YearRows => ({
  year,
  eventStatuses: [],
  takingPart: [],
  feedback: [],
  finance: null,
  decisions: [],
});

const year2022: YearRows = {
  year: 2022,
  eventStatuses: ['streamed', 'streamed', 'cancelled'],
  takingPart: [...houses('h1', 'h2', 'h3'), ...centres('c1', 'c2', 'c3', 'c4')],
  feedback: [answer(4, 30), answer(5, 20), answer(3, 10)],
  finance: finance(15500, -500000),
  decisions: [],
};
const year2023: YearRows = {
  year: 2023,
  eventStatuses: ['streamed', 'cancelled', 'streamed', 'streamed', 'published'],
  // h2 launched one show and signed on to another: one culture partner.
  takingPart: [...houses('h2', 'h3', 'h4', 'h2'), ...centres('c3', 'c4', 'c5', 'c6', 'c7', 'c3')],
  feedback: [answer(5, 40), answer(5, 25), answer(4, 15), answer(4, 5)],
  finance: finance(-410100, -800000),
  decisions: [
    {
      eventTitle: 'Bartje en de Beiaard',
      eventStartsAt: new Date('2023-09-24T12:00:00Z'),
      acceptedDeficitCents: 354600,
      reasons: ['social_relevance', 'partner_satisfaction'],
      otherReason: null,
      decidedBy: 'Raad van bestuur',
      decidedAt: new Date('2023-06-20T17:00:00Z'),
    },
  ],
};

describe('het jaar in cijfers', () => {
  const report = yearReport(year2023, year2022);

  it('telt gestreamde en afgelaste voorstellingen, elk tegenover het vorige jaar', () => {
    expect(report.streamsHeld).toEqual({ value: 3, comparison: { previousYear: 2022, previous: 2, direction: 'higher' } });
    expect(report.streamsCancelled.comparison?.direction).toBe('equal');
  });

  it('telt verschillende partners en splitst ze in nieuw en teruggekeerd', () => {
    expect(report.cultureHouses).toMatchObject({
      value: 3,
      returned: 2,
      new: 1,
      comparison: { previous: 3, direction: 'equal' },
    });
    expect(report.careCentres).toMatchObject({ value: 5, returned: 2, new: 3, comparison: { previous: 4, direction: 'higher' } });
  });

  it('neemt kijkers, meldingen en tevredenheid uit de antwoorden', () => {
    expect(report.viewers).toMatchObject({ value: 85, comparison: { previous: 60, direction: 'higher' } });
    expect(report.satellitesReported).toMatchObject({ value: 4, comparison: { previous: 3, direction: 'higher' } });
    expect(report.satisfaction).toEqual({
      average: 4.5,
      comparison: { previousYear: 2022, previous: 4, direction: 'higher' },
      counts: { 1: 0, 2: 0, 3: 0, 4: 2, 5: 2 },
    });
  });

  it('zet het resultaat tegenover de marge en het vorige jaar', () => {
    expect(report.finance).toEqual({
      resultCents: -410100,
      marginUsedCents: 410100,
      marginRemainingCents: 389900,
      approvedMarginCents: -800000,
      withinMargin: true,
      final: true,
      comparison: { previousYear: 2022, previous: 15500, direction: 'lower' },
    });
  });

  it('schrijft korte zinnen die zo in een jaarverslag passen', () => {
    expect(yearReportSentences(report)).toEqual([
      'In 2023 gingen 3 streams door, hoger dan in 2022 (2). 1 stream werd afgelast, gelijk aan 2022 (1).',
      '3 cultuurpartners namen deel, gelijk aan 2022 (3). 2 waren er in 2022 ook bij, 1 is nieuw.',
      '5 zorgcentra namen deel, hoger dan in 2022 (4). 2 waren er in 2022 ook bij, 3 zijn nieuw.',
      '4 satellieten gaven feedback, hoger dan in 2022 (3). Samen meldden ze 85 kijkers, hoger dan in 2022 (60).',
      'De satellieten gaven gemiddeld 4,5 op 5 voor hun tevredenheid, hoger dan in 2022 (4,0). 4 van de 4 antwoorden gaven een 4 of een 5.',
      'Budgetjaar 2023 sluit af met een resultaat van -\u00A0€\u00A04.101,00, lager dan in 2022 (€\u00A0155,00). ' +
        'Dat blijft binnen de goedgekeurde marge van -\u00A0€\u00A08.000,00: er is nog €\u00A03.899,00 ruimte.',
      'Voor Bartje en de Beiaard (zo 24 sep 2023) werd een tekort van €\u00A03.546,00 aanvaard ' +
        '(beslissing van Raad van bestuur, di 20 jun 2023), om deze redenen: maatschappelijke relevantie en tevredenheid van partners.',
    ]);
  });

  it('vergelijkt niets met een jaar zonder gegevens', () => {
    const first = yearReport(year2022, empty(2021));
    const lines = yearReportLines(first);
    expect(lines.every((line) => line.comparison === '' && line.previous === null)).toBe(true);
    expect(first.cultureHouses).toMatchObject({ value: 3, returned: null, new: null });
    expect(yearReportSentences(first)[0]).toBe('In 2022 gingen 2 streams door. 1 stream werd afgelast.');
  });

  it('zegt wanneer de marge overschreden is en het resultaat nog niet definitief is', () => {
    const over = yearReport({ ...year2023, finance: finance(-900000, -800000, false) }, year2022);
    expect(yearReportSentences(over)[5]).toBe(
      'Budgetjaar 2023 gaat naar een resultaat van -\u00A0€\u00A09.000,00, lager dan in 2022 (€\u00A0155,00); nog niet alle boeken zijn afgesloten. ' +
        'Dat is €\u00A01.000,00 voorbij de goedgekeurde marge van -\u00A0€\u00A08.000,00.',
    );
  });

  it('geeft in de tabel dezelfde cijfers als in de zinnen', () => {
    const byLabel = Object.fromEntries(yearReportLines(report).map((line) => [line.label, line]));
    expect(byLabel['Zorgcentra']).toEqual({
      label: 'Zorgcentra',
      unit: 'count',
      value: 5,
      previous: 4,
      comparison: 'hoger dan in 2022',
    });
    const satisfaction = byLabel['Gemiddelde tevredenheid (1 tot 5)'];
    expect(formatLineValue(satisfaction.unit, satisfaction.value)).toBe('4,5');
    expect(byLabel['Resultaat'].comparison).toBe('lager dan in 2022');
  });
});
