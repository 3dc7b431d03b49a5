import { defineProblems } from '../common/errors/problem.js';

export const EventProblems = defineProblems({
  notFound: { type: 'event-not-found', status: 404, title: 'Voorstelling niet gevonden' },
  seasonNotFound: { type: 'season-not-found', status: 404, title: 'Seizoen niet gevonden' },
  seasonExists: { type: 'season-exists', status: 409, title: 'Seizoen bestaat al' },
  invalidSeason: { type: 'validation', status: 400, title: 'Ongeldige invoer' },
  outsideSeason: { type: 'event-outside-season', status: 400, title: 'Buiten het seizoen' },
  seasonHasEventsOutside: { type: 'season-events-outside', status: 409, title: 'Voorstellingen vallen buiten het seizoen' },
  invalidSchedule: { type: 'validation', status: 400, title: 'Ongeldige invoer' },
  invalidLaunchCentre: { type: 'invalid-launch-centre', status: 400, title: 'Ongeldig lanceercentrum' },
  staleVersion: { type: 'event-version-conflict', status: 409, title: 'Intussen gewijzigd' },
  wrongStatus: { type: 'event-wrong-status', status: 409, title: 'Niet mogelijk in deze status' },
});
