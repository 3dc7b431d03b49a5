import { costPerViewerCents, eventImpact, type ImpactSatellite } from './event-impact.js';
import { PictureAndSound } from './picture-and-sound.js';

const answer = (viewers: number, satisfaction: number, pictureAndSound = PictureAndSound.Good, comment = '') => ({
  viewers,
  screens: 1,
  satisfaction,
  pictureAndSound,
  comment,
});
const satellite = (
  organisationName: string,
  audience: ImpactSatellite['audience'],
  given: ImpactSatellite['answer'] = null,
): ImpactSatellite => ({ organisationName, audience, answer: given });
const quietLaunch = { organisationName: 'CC Brugge', technicalIncidents: '' };

describe('impact van één voorstelling', () => {
  it('telt satellieten per doelgroep, en wie antwoordde, uit hoeveel bevestigde', () => {
    const impact = eventImpact({
      satellites: [
        satellite('CC Peer', 'culture_house', answer(40, 5)),
        satellite('WZC De Linde', 'care_centre', answer(25, 4)),
        satellite('WZC Zonneweide', 'care_centre'),
      ],
      launchCentre: quietLaunch,
      costCents: 130_000,
    });
    expect(impact.satellitesByAudience).toEqual({ culture_house: 1, care_centre: 2 });
    expect(impact.satellites).toBe(3);
    expect(impact.reportedByAudience).toEqual({ culture_house: 1, care_centre: 1 });
    expect(impact.feedback).toMatchObject({ reported: 2, viewers: 65, averageSatisfaction: 4.5 });
    expect(impact.feedback.satisfactionCounts).toEqual({ 1: 0, 2: 0, 3: 0, 4: 1, 5: 1 });
  });

  it('deelt de kost door de gemelde kijkers, niet door de verwachte: 1300 euro voor 65 kijkers is 20 euro', () => {
    const impact = eventImpact({
      satellites: [satellite('CC Peer', 'culture_house', answer(40, 5)), satellite('WZC De Linde', 'care_centre', answer(25, 4))],
      launchCentre: quietLaunch,
      costCents: 130_000,
    });
    expect(impact.costPerViewerCents).toBe(2000);
  });

  it('geeft geen kost per kijker zolang niemand kijkers meldde', () => {
    const impact = eventImpact({
      satellites: [satellite('WZC De Linde', 'care_centre')],
      launchCentre: quietLaunch,
      costCents: 50_000,
    });
    expect(impact.costPerViewerCents).toBeNull();
    expect(impact.feedback.reported).toBe(0);
    expect(costPerViewerCents(50_000, 0)).toBeNull();
  });

  it('rondt de kost per kijker af op de cent, een halve cent naar boven', () => {
    expect(costPerViewerCents(100, 3)).toBe(33);
    expect(costPerViewerCents(200, 3)).toBe(67);
    expect(costPerViewerCents(1, 2)).toBe(1);
    expect(costPerViewerCents(0, 10)).toBe(0);
    // 9007199254740991 / 7 = 1286742750677284.43; a float quotient rounds it up to …285.
    expect(costPerViewerCents(Number.MAX_SAFE_INTEGER, 7)).toBe(1286742750677284);
    expect(() => costPerViewerCents(-1, 3)).toThrow(RangeError);
  });

  it('verzamelt de opmerkingen en de technische problemen van satellieten en lanceercentrum', () => {
    const impact = eventImpact({
      satellites: [
        satellite('CC Peer', 'culture_house', answer(40, 5, PictureAndSound.Good, '  Prachtig!  ')),
        satellite('WZC De Linde', 'care_centre', answer(25, 2, PictureAndSound.Hiccups, 'Geluid viel weg.')),
        satellite('WZC Zonneweide', 'care_centre', answer(0, 1, PictureAndSound.Failed)),
      ],
      launchCentre: { organisationName: 'CC Brugge', technicalIncidents: 'Encoder herstart om 14:20.' },
      costCents: 0,
    });
    expect(impact.comments).toEqual([
      { organisationName: 'CC Peer', text: 'Prachtig!' },
      { organisationName: 'WZC De Linde', text: 'Geluid viel weg.' },
    ]);
    expect(impact.technicalIssues).toEqual([
      { source: 'satellite', organisationName: 'WZC De Linde', pictureAndSound: 'hiccups', text: 'Geluid viel weg.' },
      { source: 'satellite', organisationName: 'WZC Zonneweide', pictureAndSound: 'failed', text: '' },
      { source: 'launch_centre', organisationName: 'CC Brugge', pictureAndSound: null, text: 'Encoder herstart om 14:20.' },
    ]);
    expect(impact.feedback.pictureAndSoundCounts).toEqual({ good: 1, hiccups: 1, failed: 1 });
  });
});
