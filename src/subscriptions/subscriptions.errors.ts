import { defineProblems } from '../common/errors/problem.js';

export const SubscriptionProblems = defineProblems({
  notFound: { type: 'subscription-not-found', status: 404, title: 'Intekening niet gevonden' },
  eventNotOpen: { type: 'event-not-open', status: 409, title: 'Inschrijven is niet mogelijk' },
  deadlinePassed: { type: 'sign-on-deadline-passed', status: 409, title: 'Inteken-deadline voorbij' },
  alreadySignedOn: { type: 'already-signed-on', status: 409, title: 'Al ingetekend' },
  notASatellite: { type: 'not-a-satellite', status: 403, title: 'Geen satelliet' },
  cancellationClosed: { type: 'cancellation-closed', status: 403, title: 'Annuleren niet meer mogelijk' },
  alreadyCancelled: { type: 'already-cancelled', status: 409, title: 'Al geannuleerd' },
  seasonNotFound: { type: 'season-not-found', status: 404, title: 'Seizoen niet gevonden' },
  invitationNotFound: { type: 'invitation-not-found', status: 404, title: 'Uitnodiging niet gevonden' },
  invitationClosed: { type: 'invitation-closed', status: 409, title: 'Uitnodiging niet meer geldig' },
  invitationExists: { type: 'invitation-exists', status: 409, title: 'Al uitgenodigd' },
  invalidInvitee: { type: 'invalid-invitee', status: 400, title: 'Ongeldige genodigde' },
  notACultureHouse: { type: 'not-a-culture-house', status: 403, title: 'Enkel voor cultuurhuizen' },
  priorityWindow: { type: 'priority-window', status: 409, title: 'Eerst voor de vorige satellieten' },
});
