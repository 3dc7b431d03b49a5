import { forecastSatellites, similarSeasons, type InterestMark } from './satellite-forecast.js';

const mark = (audience: InterestMark['audience'], extra: Partial<InterestMark> = {}): InterestMark => ({
  audience,
  screens: null,
  expectedViewers: null,
  ...extra,
});

describe('verwachte satellieten van een voorstel', () => {
  it('kijkt naar de twee seizoenen voor het seizoen van de oproep', () => {
    expect(similarSeasons('2024-2025')).toEqual(['2022-2023', '2023-2024']);
  });

  it('neemt het gemiddelde van vergelijkbare voorstellingen, naar beneden afgerond, als er weinig interesse is', () => {
    const forecast = forecastSatellites(
      [mark('care_centre')],
      [
        { culture_house: 12, care_centre: 50 },
        { culture_house: 10, care_centre: 45 },
        { culture_house: 6, care_centre: 22 },
      ],
    );
    // (12 + 10 + 6) / 3 = 9.33 → 9; (50 + 45 + 22) / 3 = 39.
    expect(forecast.history).toEqual({ events: 3, averageConfirmed: { culture_house: 9, care_centre: 39 } });
    expect(forecast.expectedSatellites).toEqual({ culture_house: 9, care_centre: 39 });
  });

  it('volgt de interesse als een voorstel meer satellieten trekt dan gewoonlijk, zonder ze bij de geschiedenis op te tellen', () => {
    const marks = [...Array.from({ length: 5 }, () => mark('culture_house')), mark('care_centre')];
    const forecast = forecastSatellites(marks, [{ culture_house: 3, care_centre: 20 }]);
    expect(forecast.interest).toEqual({ culture_house: 5, care_centre: 1 });
    expect(forecast.expectedSatellites).toEqual({ culture_house: 5, care_centre: 20 });
  });

  it('rekent zonder geschiedenis enkel op de interesse', () => {
    const forecast = forecastSatellites([mark('care_centre'), mark('care_centre')], []);
    expect(forecast.history.events).toBe(0);
    expect(forecast.expectedSatellites).toEqual({ culture_house: 0, care_centre: 2 });
  });

  it('telt schermen en kijkers op van wie ze opgaf', () => {
    const forecast = forecastSatellites(
      [mark('care_centre', { screens: 2, expectedViewers: 40 }), mark('care_centre'), mark('culture_house', { screens: 1 })],
      [],
    );
    expect(forecast.screens).toBe(3);
    expect(forecast.expectedViewers).toBe(40);
  });
});
