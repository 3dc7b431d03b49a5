import { randomUUID } from 'node:crypto';
import { TokenService } from '../src/accounts/token.service.js';
import { OutboxRelay } from '../src/common/outbox/outbox-relay.js';
import {
  bearer,
  createStaff,
  ensureSeason,
  eventBody,
  publishedEvent,
  registerMember,
  signOnBody,
  type Member,
} from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * Who may call what, for every route the app has. The routes come from Fastify's own route table,
 * so a new route without a row here fails the test. Each route is called as each actor on data of
 * care centre A, and the answer's class is compared with the row:
 * - ok: 2xx or 3xx (a redirect to the login page counts as no);
 * - in: let through, then refused on content (400, 409, 422, or a page form without CSRF token):
 *   write routes get a probe body that no DTO accepts, so they change nothing;
 * - no: 401, 403 or 404.
 * Columns: anonymous, member of A, member of B, culture house, finance, admin.
 */
const ACTORS = ['anonymous', 'memberA', 'memberB', 'cultureHouse', 'finance', 'admin'] as const;
type Actor = (typeof ACTORS)[number];

const MATRIX: Record<string, string> = {
  'GET /': 'ok ok ok ok ok ok',
  'GET /api/docs': 'ok ok ok ok ok ok',
  'GET /api/docs/': 'ok ok ok ok ok ok',
  'GET /api/docs/swagger-ui-init.js': 'ok ok ok ok ok ok',
  'GET /api/docs/docs/swagger-ui-init.js': 'ok ok ok ok ok ok',
  'GET /api/docs/*': 'no no no no no no',
  'GET /api/docs/index.html': 'ok ok ok ok ok ok',
  'GET /api/docs/LICENSE': 'no no no no no no',
  'GET /api/docs/openapi.json': 'ok ok ok ok ok ok',
  'GET /api/docs-yaml': 'ok ok ok ok ok ok',
  'GET /api/organisations': 'no no no no no ok',
  'GET /api/payments/to-review': 'no no no no ok ok',
  'GET /financien/te-controleren': 'no no no no ok ok',
  'GET /api/organisations/:id': 'no ok no no ok ok',
  'PATCH /api/organisations/:id': 'no no no no no in',
  'POST /api/organisations/:id/deactivate': 'no no no no no ok',
  'GET /api/organisations/:id/export': 'no ok no no no ok',
  'POST /api/organisations/:id/erasure': 'no no no no no in',
  'POST /api/organisations/:id/activate': 'no no no no no ok',
  'GET /api/operator': 'no no no no ok ok',
  'PUT /api/operator': 'no no no no no in',
  'POST /api/auth/register': 'in in in in in in',
  'POST /api/auth/login': 'in in in in in in',
  'POST /api/auth/logout': 'no ok ok ok ok ok',
  'POST /api/auth/password-reset': 'in in in in in in',
  'POST /api/auth/password-reset/confirm': 'in in in in in in',
  'GET /api/me': 'no ok ok ok ok ok',
  'POST /api/me/password': 'no in in in in in',
  'GET /api/users': 'no no no no no ok',
  'PATCH /api/users/:id': 'no no no no no in',
  'POST /api/colleagues': 'no in in in no no',
  'POST /api/colleagues/accept': 'in in in in in in',
  'GET /api/credit-notes/:id.pdf': 'no ok no no ok ok',
  'GET /api/credit-notes/:id.xml': 'no ok no no ok ok',
  'GET /api/calendar/feed': 'no ok ok ok no no',
  'DELETE /api/calendar/feed': 'no ok ok ok no no',
  'POST /api/calendar/feed/rotate': 'no ok ok ok no no',
  'GET /api/events': 'ok ok ok ok ok ok',
  'POST /api/events': 'no no no no no in',
  'GET /api/events/:id': 'ok ok ok ok ok ok',
  'PATCH /api/events/:id': 'no no no no no in',
  'POST /api/events/:id/publish': 'no no no no no in',
  'POST /api/events/:id/cancel': 'no no no no no in',
  'POST /api/events/:id/subscriptions': 'no in in in no no',
  'GET /api/events/:id/subscriptions': 'no no no no no ok',
  'GET /api/events/:id/subscriptions.csv': 'no no no no no ok',
  'POST /api/events/:id/subscriptions/again': 'in in in in in in',
  'POST /api/events/:id/invitations': 'no in in in no no',
  'POST /api/events/:id/new-date': 'no no no no no in',
  'GET /api/events/:id/stream-report': 'no no no no no ok',
  'PUT /api/events/:id/stream-report': 'no no no no no in',
  'GET /api/feedback/:token': 'no no no no no no',
  'PUT /api/feedback/:token': 'in in in in in in',
  'GET /api/seasons': 'ok ok ok ok ok ok',
  'POST /api/seasons': 'no no no no no in',
  'GET /api/seasons/:code': 'ok ok ok ok ok ok',
  'GET /api/seasons/:code/programme.pdf': 'no no no no no ok',
  'GET /api/seasons/:code/programme.html': 'no no no no no ok',
  'PATCH /api/seasons/:code': 'no no no no no in',
  'POST /api/seasons/:code/subscriptions': 'no in in in no no',
  'GET /api/subscriptions': 'no ok ok ok ok ok',
  'GET /api/subscriptions/:id': 'no ok no no ok ok',
  'GET /api/subscriptions/:id/history': 'no ok no no ok ok',
  'POST /api/subscriptions/:id/cancel': 'no in in in no in',
  'POST /api/subscriptions/:id/checkout': 'no in in in no no',
  'GET /api/subscriptions/:id/invite.ics': 'no ok no no no ok',
  'GET /api/subscriptions/:id/test-slot.ics': 'no ok no no no ok',
  'GET /api/invitations': 'no ok ok ok no no',
  'GET /api/invitations/by-token/:token': 'no no no no no no',
  'POST /api/invitations/by-token/:token/accept': 'in in in in in in',
  'POST /api/invitations/:id/accept': 'no in in in no no',
  'GET /api/invoices': 'no ok ok ok ok ok',
  'GET /api/invoices.csv': 'no ok ok ok ok ok',
  'GET /api/invoices/overdue': 'no no no no ok ok',
  'GET /api/invoices/:id.pdf': 'no ok no no ok ok',
  'GET /api/invoices/:id.xml': 'no ok no no ok ok',
  'GET /api/invoices/:id': 'no ok no no ok ok',
  'POST /api/invoices/:id/payments': 'no no no no in in',
  'POST /api/invoices/:id/reminders': 'no no no no ok in',
  'POST /api/payments/stripe/webhook': 'in in in in in in',
  'GET /api/finance/events/:id': 'no no no no ok ok',
  'GET /api/finance/events/:id/report.csv': 'no no no no ok ok',
  'POST /api/finance/events/:id/decision': 'no no no no in in',
  'PUT /api/finance/events/:id/plan': 'no no no no in in',
  'POST /api/finance/events/:id/close': 'no no no no in in',
  'GET /api/finance/events/:id/corrections': 'no no no no ok ok',
  'POST /api/finance/events/:id/corrections': 'no no no no in in',
  'GET /api/finance/events/:id/cost-lines': 'no no no no ok ok',
  'POST /api/finance/events/:id/cost-lines': 'no no no no in in',
  'PATCH /api/finance/events/:id/cost-lines/:lineId': 'no no no no in in',
  'DELETE /api/finance/events/:id/cost-lines/:lineId': 'no no no no ok ok',
  'GET /api/finance/events/:id/other-income': 'no no no no ok ok',
  'POST /api/finance/events/:id/other-income': 'no no no no in in',
  'PATCH /api/finance/events/:id/other-income/:lineId': 'no no no no in in',
  'DELETE /api/finance/events/:id/other-income/:lineId': 'no no no no ok ok',
  'GET /api/finance/events/:id/money-in': 'no no no no ok ok',
  'GET /api/finance/events/:id/impact': 'no no no no ok ok',
  'GET /api/finance/years/:year': 'no no no no ok ok',
  'GET /api/finance/years/:year/report.csv': 'no no no no ok ok',
  'PUT /api/finance/years/:year/margin': 'no no no no in in',
  'GET /api/finance/years/:year/money-in': 'no no no no ok ok',
  'GET /api/year-report/:year': 'no no no no ok ok',
  'GET /api/year-report/:year/report.csv': 'no no no no ok ok',
  'GET /api/year-report/:year/report.pdf': 'no no no no ok ok',
  'GET /api/finance/seasons/:season': 'no no no no ok ok',
  'GET /api/finance/seasons/:season/report.csv': 'no no no no ok ok',
  'POST /api/finance/scenarios': 'no no no no in in',
  'GET /api/finance/audit': 'no no no no ok ok',
  'GET /aanmelden': 'ok ok ok ok ok ok',
  'POST /aanmelden': 'in in in in in in',
  'GET /afmelden': 'ok ok ok ok ok ok',
  'POST /afmelden': 'in in in in in in',
  'GET /*': 'ok ok ok ok ok ok',
  'GET /health': 'ok ok ok ok ok ok',
  'GET /health/ready': 'ok ok ok ok ok ok',
  'GET /api/outbox/parked-messages': 'no no no no no ok',
  'POST /api/outbox/parked-messages/:id/retry': 'no no no no no in',
  'GET /hoe-werkt-het': 'ok ok ok ok ok ok',
  'GET /programma': 'ok ok ok ok ok ok',
  'GET /programma/:id': 'ok ok ok ok ok ok',
  'GET /programma/:id/intekenen': 'no ok ok ok ok ok',
  'POST /programma/:id/intekenen': 'no in in in in in',
  'GET /registreren': 'ok ok ok ok ok ok',
  'POST /registreren': 'in in in in in in',
  'GET /mijn': 'no ok ok ok ok ok',
  'GET /mijn/gegevens.zip': 'no ok ok ok ok ok',
  'GET /mijn/wachtwoord': 'no ok ok ok ok ok',
  'POST /mijn/wachtwoord': 'in in in in in in',
  'GET /mijn/collega': 'no ok ok ok no no',
  'POST /mijn/collega': 'in in in in in in',
  'GET /mijn/creditnotas/:id/pdf': 'no ok no no ok ok',
  'GET /mijn/intekeningen': 'no ok ok ok ok ok',
  'GET /mijn/intekeningen/:id': 'no ok no no ok ok',
  'GET /mijn/intekeningen/:id/annuleren': 'no ok no no ok ok',
  'POST /mijn/intekeningen/:id/annuleren': 'no in no no in in',
  'GET /mijn/intekeningen/:id/uitnodiging.ics': 'no ok no no no ok',
  'GET /mijn/intekeningen/:id/technische-test.ics': 'no ok no no no ok',
  'POST /mijn/intekeningen/:id/betalen': 'no in in in no no',
  'GET /mijn/uitnodigen': 'no no no ok no no',
  'POST /mijn/uitnodigen': 'no no no in no no',
  'GET /mijn/uitnodigingen': 'no ok ok ok no no',
  'GET /mijn/uitnodigingen/:id': 'no no no no no no',
  'GET /mijn/agenda': 'no ok ok ok no no',
  'POST /mijn/agenda': 'no in in in no no',
  'GET /mijn/facturen': 'no ok ok ok ok ok',
  'GET /mijn/facturen/:id/pdf': 'no ok no no ok ok',
  'GET /wachtwoord-vergeten': 'ok ok ok ok ok ok',
  'POST /wachtwoord-vergeten': 'in in in in in in',
  'GET /wachtwoord-herstellen/:token': 'no no no no no no',
  'POST /wachtwoord-herstellen/:token': 'in in in in in in',
  'GET /collega-worden/:token': 'no no no no no no',
  'POST /collega-worden/:token': 'in in in in in in',
  'GET /calendar/seizoen/:file': 'ok ok ok ok ok ok',
  'GET /calendar/:file': 'ok ok ok ok ok ok',
  'GET /uitnodigingen/:token': 'no no no no no no',
  'POST /uitnodigingen/:token': 'in in in in in in',
  'GET /beheer/voorstellingen': 'no no no no no ok',
  'GET /beheer/voorstellingen/nieuw': 'no no no no no ok',
  'POST /beheer/voorstellingen/nieuw': 'no no no no no in',
  'GET /beheer/voorstellingen/:id/bewerken': 'no no no no no ok',
  'POST /beheer/voorstellingen/:id/bewerken': 'no no no no no in',
  'POST /beheer/voorstellingen/:id/publiceren': 'no no no no no in',
  'GET /beheer/voorstellingen/:id/afgelasten': 'no no no no no ok',
  'POST /beheer/voorstellingen/:id/afgelasten': 'no no no no no in',
  'GET /beheer/voorstellingen/:id/satellieten': 'no no no no no ok',
  'GET /beheer/voorstellingen/:id/satellieten.csv': 'no no no no no ok',
  'GET /beheer/voorstellingen/:id/nieuwe-datum': 'no no no no no ok',
  'POST /beheer/voorstellingen/:id/nieuwe-datum': 'no no no no no in',
  'GET /beheer/privacy': 'no no no no no ok',
  'GET /beheer/privacy/:id': 'no no no no no ok',
  'GET /beheer/privacy/:id/gegevens.zip': 'no no no no no ok',
  'POST /beheer/privacy/:id/wissen': 'no no no no no in',
  'GET /beheer/seizoenen': 'no no no no no ok',
  'POST /beheer/seizoenen': 'no no no no no in',
  'GET /beheer/seizoenen/:code/bewerken': 'no no no no no ok',
  'GET /beheer/seizoenen/:code/programma.pdf': 'no no no no no ok',
  'GET /beheer/seizoenen/:code/programma.html': 'no no no no no ok',
  'POST /beheer/seizoenen/:code/bewerken': 'no no no no no in',
  'GET /beheer/berichten': 'no no no no no ok',
  'POST /beheer/berichten/:id/opnieuw': 'no no no no no in',
  'GET /beheer/gebruikers': 'no no no no no ok',
  'POST /beheer/gebruikers/:id/rol': 'no no no no no in',
  'POST /beheer/gebruikers/:id/actief': 'no no no no no in',
  'GET /beheer/organisatie': 'no no no no no ok',
  'POST /beheer/organisatie': 'no no no no no in',
  'GET /financien': 'no no no no ok ok',
  'GET /financien/voorstelling/:id': 'no no no no ok ok',
  'POST /financien/voorstelling/:id/plan': 'no no no no in in',
  'POST /financien/voorstelling/:id/afsluiten': 'no no no no in in',
  'POST /financien/voorstelling/:id/kosten': 'no no no no in in',
  'POST /financien/voorstelling/:id/kosten/:lineId': 'no no no no in in',
  'POST /financien/voorstelling/:id/kosten/:lineId/schrappen': 'no no no no in in',
  'POST /financien/voorstelling/:id/inkomsten': 'no no no no in in',
  'POST /financien/voorstelling/:id/inkomsten/:lineId': 'no no no no in in',
  'POST /financien/voorstelling/:id/inkomsten/:lineId/schrappen': 'no no no no in in',
  'POST /financien/voorstelling/:id/beslissing': 'no no no no in in',
  'GET /financien/wat-als': 'no no no no ok ok',
  'GET /financien/audit': 'no no no no ok ok',
  'GET /financien/:year/overzicht.csv': 'no no no no ok ok',
  'GET /jaarverslag': 'no no no no ok ok',
  'GET /jaarverslag/:year/jaarverslag.json': 'no no no no ok ok',
  'GET /jaarverslag/:year/jaarverslag.csv': 'no no no no ok ok',
  'GET /jaarverslag/:year/jaarverslag.pdf': 'no no no no ok ok',
  'GET /api/calls': 'no ok ok ok ok ok',
  'POST /api/calls': 'no no no no no in',
  'GET /api/calls/:id': 'no ok ok ok ok ok',
  'POST /api/calls/:id/close': 'no no no no no in',
  'GET /api/calls/:id/proposals': 'no ok ok ok ok ok',
  'POST /api/calls/:id/proposals': 'no in in in no no',
  'GET /api/calls/:id/planned-results': 'no no no no ok ok',
  'GET /api/proposals/mine': 'no no no ok no no',
  'GET /api/proposals/:id': 'no ok ok ok ok ok',
  'PATCH /api/proposals/:id': 'no in in in no no',
  'PUT /api/proposals/:id/interest': 'no in in in no no',
  'DELETE /api/proposals/:id/interest': 'no ok ok ok no no',
  'GET /api/proposals/:id/planned-result': 'no no no no ok ok',
  'POST /api/proposals/:id/what-if': 'no no no no in in',
  'POST /api/proposals/:id/accept': 'no no no no no in',
  'POST /api/proposals/:id/decline': 'no no no no no in',
  'GET /oproep': 'no ok ok ok no no',
  'POST /oproep/voorstellen/:id/interesse': 'no in in in no no',
  'POST /oproep/voorstellen/:id/interesse-intrekken': 'no in in in no no',
  'GET /oproep/mijn-voorstellen': 'no no no ok no no',
  'GET /oproep/:id/voorstellen': 'no no no ok no no',
  'POST /oproep/:id/voorstellen': 'no in in in no no',
  'GET /oproep/voorstellen/:id/bewerken': 'no no no ok no no',
  'POST /oproep/voorstellen/:id/bewerken': 'no in in in no no',
  'GET /beheer/oproepen': 'no no no no no ok',
  'POST /beheer/oproepen': 'no no no no no in',
  'POST /beheer/oproepen/:id/sluiten': 'no no no no no in',
  'POST /beheer/oproepen/voorstellen/:id/aanvaarden': 'no no no no no in',
  'POST /beheer/oproepen/voorstellen/:id/afwijzen': 'no no no no no in',
  'GET /financien/voorstellen': 'no no no no ok ok',
  'GET /financien/voorstellen/:id': 'no no no no ok ok',
  'GET /opnieuw-intekenen/:token': 'no no no no no no',
  'GET /feedback/:token': 'no no no no no no',
  'POST /feedback/:token': 'in in in in in in',
  'GET /mijn/lanceercentrum': 'no no no ok no no',
  'GET /mijn/lanceercentrum/:id': 'no no no no no ok',
  'POST /mijn/lanceercentrum/:id': 'no no no no no in',
  'POST /opnieuw-intekenen/:token': 'no no no no no no',
};

const PROBE = { matrixProbe: true };
const CSRF_REFUSAL = 'Dit formulier is verlopen of kwam niet van Satelliet';

describe('toegangsmatrix over elke route', () => {
  let t: TestApp;
  const people = {} as Record<Exclude<Actor, 'anonymous'>, Member>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    const season = await ensureSeason(t.dataSource);
    people.admin = await createStaff(t, 'admin');
    people.finance = await createStaff(t, 'finance');
    people.memberA = await registerMember(t, 'care_centre');
    people.memberB = await registerMember(t, 'care_centre');
    people.cultureHouse = await registerMember(t, 'culture_house');
    const launchCentre = await registerMember(t, 'culture_house');
    ids.event = await publishedEvent(t, people.admin, launchCentre.organisationId);
    const otherEvent = await publishedEvent(t, people.admin, launchCentre.organisationId);
    ids.draftEvent = (
      await t.http.post('/api/events').set(bearer(people.admin)).send(eventBody(launchCentre.organisationId)).expect(201)
    ).body.id;
    const signOn = (eventId: string) =>
      t.http.post(`/api/events/${eventId}/subscriptions`).set(bearer(people.memberA)).send(signOnBody()).expect(201);
    ids.subscription = (await signOn(ids.event)).body.id;
    const cancelled = (await signOn(otherEvent)).body.id as string;
    await t.app.get(OutboxRelay).drain();
    await t.http.post(`/api/subscriptions/${cancelled}/cancel`).set(bearer(people.memberA)).send({}).expect(200);
    await t.app.get(OutboxRelay).drain();
    [{ id: ids.invoice }] = await t.dataSource.query('SELECT id FROM invoices WHERE subscription_id = $1', [ids.subscription]);
    [{ id: ids.creditNote }] = await t.dataSource.query(
      'SELECT c.id FROM credit_notes c JOIN invoices i ON i.id = c.invoice_id WHERE i.subscription_id = $1',
      [cancelled],
    );
    ids.season = season;
    // A call for next season with one proposal of the culture house, still to be decided.
    const first = Number(season.slice(0, 4)) + 1;
    const nextSeason = await ensureSeason(t.dataSource, `${first}-${first + 1}`);
    ids.call = (
      await t.http
        .post('/api/calls')
        .set(bearer(people.admin))
        .send({ seasonCode: nextSeason, deadline: new Date(Date.now() + 30 * 86_400_000).toISOString() })
        .expect(201)
    ).body.id;
    ids.proposal = (
      await t.http
        .post(`/api/calls/${ids.call}/proposals`)
        .set(bearer(people.cultureHouse))
        .send({
          title: 'Voorstel van het cultuurhuis',
          performers: ['De Testers'],
          venue: 'Grote zaal',
          possibleStarts: [`${first}-10-14T14:00:00+02:00`],
          costLines: [{ category: 'artist_fee', label: 'Gage', basis: 'fixed', plannedCents: 100000, vatRatePercent: 6 }],
        })
        .expect(201)
    ).body.id;
  });
  afterAll(() => t.close());

  /** Fastify's route table as "METHOD /path" keys; HEAD answers as GET does, so it is left out. */
  function routesOfApp(): string[] {
    const tree: string = t.app.getHttpAdapter().getInstance().printRoutes({ commonPrefix: false });
    const stack: string[] = [];
    const routes: string[] = [];
    for (const line of tree.split('\n')) {
      const match = /^([│ ├└─]*)(\S.*?)(?: \(([A-Z, ]+)\))?$/.exec(line);
      if (!match || !match[2]) continue;
      const depth = match[1].length / 4;
      stack.length = depth;
      stack[depth] = match[2];
      const path = stack.join('');
      for (const method of (match[3] ?? '').split(', ').filter((m) => m && m !== 'HEAD')) routes.push(`${method} ${path}`);
    }
    return routes;
  }

  /** A concrete address of A's data for a route pattern; the lines of a finance event are made fresh, because DELETE takes them. */
  async function concrete(path: string): Promise<string> {
    let url = path;
    if (url === '/calendar/:file') {
      // A's private feed, made anew: the feed routes before it may have rotated or deleted it.
      const token = (await tokenOf('memberA')) as string;
      const feed = (await t.http.post('/api/calendar/feed/rotate').set(bearer({ token })).expect(200)).body.url as string;
      return new URL(feed).pathname;
    }
    if (url.includes(':lineId')) {
      const isCost = url.includes('cost-lines') || url.includes('/kosten/');
      const created = await t.http
        .post(`/api/finance/events/${ids.draftEvent}/${isCost ? 'cost-lines' : 'other-income'}`)
        .set(bearer({ token: (await tokenOf('finance')) as string }))
        .send(
          isCost
            ? { category: 'artist_fee', label: 'Gage', basis: 'fixed', plannedCents: 1000 }
            : { kind: 'subsidy', label: 'Subsidie', amountCents: 1000 },
        )
        .expect(201);
      url = url.replace(':lineId', created.body.id).replace(':id', ids.draftEvent);
    }
    const byPrevious: Record<string, string> = {
      events: ids.event,
      programma: ids.event,
      voorstellingen: ids.event,
      voorstelling: ids.event,
      lanceercentrum: ids.event,
      subscriptions: ids.subscription,
      intekeningen: ids.subscription,
      invoices: ids.invoice,
      facturen: ids.invoice,
      'credit-notes': ids.creditNote,
      creditnotas: ids.creditNote,
      users: people.memberA.userId,
      gebruikers: people.memberA.userId,
      organisations: people.memberA.organisationId,
      privacy: people.memberA.organisationId,
      calls: ids.call,
      oproep: ids.call,
      oproepen: ids.call,
      proposals: ids.proposal,
      voorstellen: ids.proposal,
    };
    url = url.replace(/\/([\w-]+)\/:id/g, (_all, previous: string) => `/${previous}/${byPrevious[previous] ?? randomUUID()}`);
    return url
      .replace('calendar/seizoen/:file', `calendar/seizoen/${ids.season}.ics`)
      .replace(/:(code|season)\b/, ids.season)
      .replace(':year', String(new Date().getUTCFullYear()))
      .replace(':token', 'geen-geldige-link')
      .replace(/\/\*$/, '/static/site.css');
  }

  /** A fresh token per call: a route such as logout ends the actor's sessions, and the next call must still be theirs. */
  async function tokenOf(actor: Actor): Promise<string | undefined> {
    if (actor === 'anonymous') return undefined;
    const [user] = await t.dataSource.query('SELECT session_version FROM users WHERE id = $1', [people[actor].userId]);
    return (await t.app.get(TokenService).issue({ id: people[actor].userId, sessionVersion: user.session_version })).accessToken;
  }

  /** Puts back what an allowed body-less write may have switched off, so the next call meets the same data. */
  async function repair(): Promise<void> {
    const users = Object.values(people).map((member) => member.userId);
    await t.dataSource.query('UPDATE users SET active = true WHERE id = ANY($1)', [users]);
    await t.dataSource.query(`UPDATE users SET role = 'admin' WHERE id = $1`, [people.admin.userId]);
    await t.dataSource.query(`UPDATE users SET role = 'finance' WHERE id = $1`, [people.finance.userId]);
    await t.dataSource.query('UPDATE organisations SET active = true WHERE id = ANY($1)', [
      Object.values(people).map((member) => member.organisationId),
    ]);
  }

  /** ok, in or no; any other status (a 500, a 405) is returned as its number and fails the row. */
  async function answer(route: string, actor: Actor): Promise<string> {
    const [method, path] = route.split(' ');
    const url = await concrete(path);
    const token = await tokenOf(actor);
    const page = !url.startsWith('/api/');
    let call = t.http[method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](url).redirects(0);
    if (token) call = page ? call.set('Cookie', `satelliet_sessie=${token}`) : call.set('Authorization', `Bearer ${token}`);
    if (method !== 'GET') call = page ? call.type('form').send({}) : call.send(PROBE);
    const response = await call;
    if (method !== 'GET') await repair();
    const status = response.status;
    if (status >= 300 && status < 400) return String(response.headers.location).startsWith('/aanmelden') ? 'no' : 'ok';
    if (status < 300) return 'ok';
    if (status === 403 && response.text.includes(CSRF_REFUSAL)) return 'in';
    if ([400, 409, 422].includes(status)) return 'in';
    if ([401, 403, 404].includes(status)) return 'no';
    return `${status}`;
  }

  it('geeft elke route voor elke rol het antwoord uit de tabel, en elke route heeft een rij', async () => {
    const routes = routesOfApp();
    expect(routes.length).toBeGreaterThan(100);
    const seen: Record<string, string> = {};
    for (const route of routes) {
      const answers: string[] = [];
      for (const actor of ACTORS) answers.push(await answer(route, actor));
      seen[route] = answers.join(' ');
    }
    expect(routes.filter((route) => !(route in MATRIX))).toEqual([]);
    expect(seen).toEqual(MATRIX);
  });
});
