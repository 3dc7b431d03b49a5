import { createWriteScene, type Actors } from './support/write-scene.js';
import { snapshotData } from './support/data-snapshot.js';
import { rawRequest } from './support/raw-http.js';
import { bearer, signOnBody, type Member } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** Each row is one finding of issue #12: a request that used to reach the database or got a 500. */
interface BadRequest {
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH';
  path: (ids: Ids) => string;
  /** Sent as written: raw JSON text, so lone surrogates, NUL and deep nesting arrive as they would on the wire. */
  body?: string;
  as: keyof Actors;
  field: string;
}

interface Ids {
  eventId: string;
  subscriptionId: string;
  costLineId: string;
  incomeId: string;
  userId: string;
  organisationId: string;
}

const deepArray = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const NUL = '\\u0000';
const LONE_SURROGATE = '\\ud800';
const scenario = (changes: string) => `{"eventId":"00000000-0000-4000-8000-000000000001","changes":${changes}}`;
const decision = (extra: string) => `{"acceptedDeficitCents":1000,"reasons":["network"],"decidedBy":"Raad van bestuur"${extra}}`;

const BAD_REQUESTS: BadRequest[] = [
  // Nesting deeper than any DTO, which used to overflow class-transformer's stack.
  {
    name: 'een 3.000 diepe lijst in een veld',
    method: 'POST',
    path: (i) => `/api/finance/events/${i.eventId}/cost-lines`,
    body: `{"label":${deepArray(3000)}}`,
    as: 'finance',
    field: 'label',
  },
  {
    name: 'een 300.000 diepe body',
    method: 'POST',
    path: () => '/api/events',
    body: deepArray(300_000),
    as: 'admin',
    field: 'body',
  },
  // Text PostgreSQL cannot store, in a body, a path segment and a query string.
  {
    name: 'een NUL-teken in een label',
    method: 'POST',
    path: (i) => `/api/finance/events/${i.eventId}/other-income`,
    body: `{"kind":"subsidy","label":"a${NUL}b","amountCents":100}`,
    as: 'finance',
    field: 'label',
  },
  {
    name: 'een NUL-teken in een padsegment',
    method: 'POST',
    path: () => '/api/seasons/%00/subscriptions',
    body: JSON.stringify(signOnBody()),
    as: 'cultureHouse',
    field: 'code',
  },
  {
    name: 'een NUL-teken in de querystring',
    method: 'GET',
    path: () => '/api/organisations?name=a%00b',
    as: 'admin',
    field: 'name',
  },
  {
    name: 'een losse surrogaat in een label',
    method: 'PATCH',
    path: (i) => `/api/finance/events/${i.eventId}/cost-lines/${i.costLineId}`,
    body: `{"label":"x${LONE_SURROGATE}"}`,
    as: 'finance',
    field: 'label',
  },
  {
    name: 'een NUL-teken in een veldnaam',
    method: 'PATCH',
    path: (i) => `/api/users/${i.userId}`,
    body: `{"full${NUL}Name":"Jan"}`,
    as: 'admin',
    field: `full\u0000Name`,
  },
  // null where a field cannot be cleared (it used to hit a NOT NULL column).
  {
    name: 'null voor de naam van een gebruiker',
    method: 'PATCH',
    path: (i) => `/api/users/${i.userId}`,
    body: '{"fullName":null}',
    as: 'admin',
    field: 'fullName',
  },
  {
    name: 'null voor de naam van een organisatie',
    method: 'PATCH',
    path: (i) => `/api/organisations/${i.organisationId}`,
    body: '{"name":null}',
    as: 'admin',
    field: 'name',
  },
  {
    name: 'null voor de titel van een voorstelling',
    method: 'PATCH',
    path: (i) => `/api/events/${i.eventId}`,
    body: '{"title":null}',
    as: 'admin',
    field: 'title',
  },
  {
    name: 'null voor het label van een kostenlijn',
    method: 'PATCH',
    path: (i) => `/api/finance/events/${i.eventId}/cost-lines/${i.costLineId}`,
    body: '{"label":null}',
    as: 'finance',
    field: 'label',
  },
  {
    name: 'null voor het bedrag van een andere inkomst',
    method: 'PATCH',
    path: (i) => `/api/finance/events/${i.eventId}/other-income/${i.incomeId}`,
    body: '{"amountCents":null}',
    as: 'finance',
    field: 'amountCents',
  },
  // Integers outside the column or outside what the field means.
  {
    name: 'budgetjaar 99999999999999999999',
    method: 'PUT',
    path: () => '/api/finance/years/99999999999999999999/margin',
    body: '{"approvedMarginCents":0,"decisionReference":"RvB"}',
    as: 'finance',
    field: 'year',
  },
  {
    name: 'budgetjaar 0',
    method: 'PUT',
    path: () => '/api/finance/years/0/margin',
    body: '{"approvedMarginCents":0,"decisionReference":"RvB"}',
    as: 'finance',
    field: 'year',
  },
  {
    name: 'budgetjaar -1',
    method: 'PUT',
    path: () => '/api/finance/years/-1/margin',
    body: '{"approvedMarginCents":0,"decisionReference":"RvB"}',
    as: 'finance',
    field: 'year',
  },
  {
    name: 'budgetjaar 1000',
    method: 'PUT',
    path: () => '/api/finance/years/1000/margin',
    body: '{"approvedMarginCents":0,"decisionReference":"RvB"}',
    as: 'finance',
    field: 'year',
  },
  {
    name: 'budgetjaar 99999999999999999999 lezen',
    method: 'GET',
    path: () => '/api/finance/years/99999999999999999999',
    as: 'finance',
    field: 'year',
  },
  {
    name: 'capaciteit 2^53+1 in een what-if',
    method: 'POST',
    path: () => '/api/finance/scenarios',
    body: scenario('{"capacity":9007199254740993}'),
    as: 'finance',
    field: 'changes.capacity',
  },
  {
    // A billion satellites at a billion cents would leave the exact integers: refused at the door, not a 500.
    name: 'een miljard verwachte zorgcentra in een what-if',
    method: 'POST',
    path: () => '/api/finance/scenarios',
    body: scenario('{"expectedSatellites":{"care_centre":1000000000},"tariffsCents":{"care_centre":1000000000}}'),
    as: 'finance',
    field: 'changes.expectedSatellites.care_centre',
  },
  {
    name: 'capaciteit 1e23 in een what-if',
    method: 'POST',
    path: () => '/api/finance/scenarios',
    body: scenario('{"capacity":1e23}'),
    as: 'finance',
    field: 'changes.capacity',
  },
  {
    name: 'een betaling van 2^53+1 cent',
    method: 'POST',
    path: () => '/api/invoices/00000000-0000-4000-8000-000000000002/payments',
    body: '{"amountCents":9007199254740993,"date":"2026-02-10","communication":"x"}',
    as: 'finance',
    field: 'amountCents',
  },
  // Dates that do not exist, or carry no zone.
  {
    name: 'betaaldatum 2026-02-31',
    method: 'POST',
    path: () => '/api/invoices/00000000-0000-4000-8000-000000000002/payments',
    body: '{"amountCents":100,"date":"2026-02-31","communication":"x"}',
    as: 'finance',
    field: 'date',
  },
  {
    name: 'inteken-deadline 2027-02-30',
    method: 'PATCH',
    path: (i) => `/api/events/${i.eventId}`,
    body: '{"signOnDeadline":"2027-02-30T12:00:00+01:00"}',
    as: 'admin',
    field: 'signOnDeadline',
  },
  {
    name: 'decidedAt true',
    method: 'POST',
    path: (i) => `/api/finance/events/${i.eventId}/decision`,
    body: decision(',"decidedAt":true'),
    as: 'finance',
    field: 'decidedAt',
  },
  {
    name: 'decidedAt 123',
    method: 'POST',
    path: (i) => `/api/finance/events/${i.eventId}/decision`,
    body: decision(',"decidedAt":123'),
    as: 'finance',
    field: 'decidedAt',
  },
  {
    name: 'decidedAt zonder tijdzone',
    method: 'POST',
    path: (i) => `/api/finance/events/${i.eventId}/decision`,
    body: decision(',"decidedAt":"2023-06-20T18:00:00"'),
    as: 'finance',
    field: 'decidedAt',
  },
  { name: 'een filterdatum 2026-02-30', method: 'GET', path: () => '/api/events?from=2026-02-30', as: 'admin', field: 'from' },
  // An offset past MAX_OFFSET on every paginated list: a slow query, or past bigint a 500.
  {
    name: 'een offset buiten bigint',
    method: 'GET',
    path: () => '/api/events?offset=99999999999999999999',
    as: 'admin',
    field: 'offset',
  },
  ...(
    [
      ['/api/events', 'admin'],
      ['/api/organisations', 'admin'],
      ['/api/users', 'admin'],
      ['/api/subscriptions', 'careCentre'],
      ['/api/finance/audit', 'finance'],
      ['/api/outbox/parked-messages', 'admin'],
    ] as const
  ).map(([list, as]): BadRequest => ({
    name: `een te grote offset op ${list}`,
    method: 'GET',
    path: () => `${list}?offset=100001`,
    as,
    field: 'offset',
  })),
  // A body that must be an object, and nested DTOs that must be objects.
  {
    name: 'body null bij annuleren',
    method: 'POST',
    path: (i) => `/api/subscriptions/${i.subscriptionId}/cancel`,
    body: 'null',
    as: 'careCentre',
    field: 'body',
  },
  {
    name: 'body als lijst',
    method: 'POST',
    path: (i) => `/api/subscriptions/${i.subscriptionId}/cancel`,
    body: '[]',
    as: 'careCentre',
    field: 'body',
  },
  {
    name: 'addedCostLines [[]]',
    method: 'POST',
    path: () => '/api/finance/scenarios',
    body: scenario('{"addedCostLines":[[]]}'),
    as: 'finance',
    field: 'changes.addedCostLines.0',
  },
  {
    name: 'tarieven als lijst',
    method: 'POST',
    path: () => '/api/finance/scenarios',
    body: scenario('{"tariffsCents":[]}'),
    as: 'finance',
    field: 'changes.tariffsCents',
  },
  // Fields that mean nothing in the combination sent.
  {
    name: 'events bij een what-if voor één voorstelling',
    method: 'POST',
    path: () => '/api/finance/scenarios',
    body: '{"eventId":"00000000-0000-4000-8000-000000000001","events":[]}',
    as: 'finance',
    field: 'events',
  },
  {
    name: 'changes bij een what-if voor een jaar',
    method: 'POST',
    path: () => '/api/finance/scenarios',
    body: '{"year":2026,"changes":{}}',
    as: 'finance',
    field: 'changes',
  },
  {
    name: 'otherReason zonder de reden "other"',
    method: 'POST',
    path: (i) => `/api/finance/events/${i.eventId}/decision`,
    body: decision(',"otherReason":"omdat het kan"'),
    as: 'finance',
    field: 'otherReason',
  },
  {
    name: 'een bedrag voor het zorgcentrum zonder split',
    method: 'POST',
    path: (i) => `/api/events/${i.eventId}/invitations`,
    body: '{"email":"wzc@test.example","costSharing":"sponsor","careCentreShareCents":500}',
    as: 'cultureHouse',
    field: 'careCentreShareCents',
  },
  {
    name: 'zowel organisationId als e-mailadres',
    method: 'POST',
    path: (i) => `/api/events/${i.eventId}/invitations`,
    body: '{"organisationId":"00000000-0000-4000-8000-000000000003","email":"wzc@test.example","costSharing":"sponsor"}',
    as: 'cultureHouse',
    field: 'email',
  },
];

/** Router and body-parser errors, which used to come back as Fastify's plain JSON. */
const PARSER_ERRORS: {
  name: string;
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  contentType?: string;
  status: number;
  type: string;
}[] = [
  { name: 'een ongeldige %-codering', method: 'GET', path: '/api/events/%E0%A4%A', status: 400, type: '/problems/bad-url' },
  {
    name: 'een id van 3.000 tekens',
    method: 'GET',
    path: `/api/events/${'a'.repeat(3000)}`,
    status: 414,
    type: '/problems/uri-too-long',
  },
  {
    name: 'onleesbare JSON',
    method: 'POST',
    path: '/api/events',
    body: '{"title":',
    status: 400,
    type: '/problems/malformed-body',
  },
  {
    name: 'een verkeerd formaat',
    method: 'POST',
    path: '/api/events',
    body: '<event/>',
    contentType: 'application/xml',
    status: 415,
    type: '/problems/unsupported-media-type',
  },
];

describe('slechte invoer: één validatielaag', () => {
  let t: TestApp;
  let actors: Actors;
  let ids: Ids;

  const send = async (method: string, path: string, as: Member, body?: string, contentType = 'application/json') => {
    const response = await rawRequest(t.baseUrl, {
      method,
      path,
      body,
      headers: { ...bearer(as), ...(body === undefined ? {} : { 'content-type': contentType }) },
    });
    return {
      ...response,
      problem: response.json as { type: string; title: string; detail: string; errors: { field: string }[] },
    };
  };

  beforeAll(async () => {
    t = await startTestApp();
    const scene = await createWriteScene(t);
    actors = scene.actors;
    ids = { ...scene, userId: actors.careCentre.userId, organisationId: actors.careCentre.organisationId };
  }, 180_000);
  afterAll(() => t.close());

  it('weigert elke gevonden slechte aanvraag met een Nederlandse 400 die het veld noemt, en schrijft niets', async () => {
    const before = await snapshotData(t.dataSource);
    for (const bad of BAD_REQUESTS) {
      const { status, headers, problem } = await send(bad.method, bad.path(ids), actors[bad.as], bad.body);
      expect({ name: bad.name, status, type: headers['content-type'] }).toEqual({
        name: bad.name,
        status: 400,
        type: 'application/problem+json; charset=utf-8',
      });
      expect({ name: bad.name, type: problem.type, fields: problem.errors.map((error) => error.field) }).toEqual({
        name: bad.name,
        type: '/problems/validation',
        fields: expect.arrayContaining([bad.field]),
      });
      expect(problem.detail).toContain(bad.field);
    }
    expect(await snapshotData(t.dataSource)).toEqual(before);
  });

  it('geeft router- en parserfouten terug als problem+json', async () => {
    for (const error of PARSER_ERRORS) {
      const { status, headers, problem } = await send(error.method, error.path, actors.admin, error.body, error.contentType);
      expect({ name: error.name, status, contentType: headers['content-type'], type: problem.type }).toEqual({
        name: error.name,
        status: error.status,
        contentType: 'application/problem+json; charset=utf-8',
        type: error.type,
      });
      expect(problem.title).toEqual(expect.any(String));
      expect(problem.detail).not.toMatch(/valid url|Unsupported|Unexpected/i);
    }
  });

  it('laat null toe waar een veld gewist mag worden, en geldige datums met tijdzone', async () => {
    await t.http
      .patch(`/api/finance/events/${ids.eventId}/cost-lines/${ids.costLineId}`)
      .set(bearer(actors.finance))
      .send({ actualCents: null })
      .expect(200);
    const cleared = await t.http
      .patch(`/api/events/${ids.eventId}`)
      .set(bearer(actors.admin))
      .send({ capacity: null })
      .expect(200);
    expect(cleared.body.capacity).toBeNull();
    const decided = await t.http
      .post(`/api/finance/events/${ids.eventId}/decision`)
      .set(bearer(actors.finance))
      .send({
        acceptedDeficitCents: 1000,
        reasons: ['other'],
        otherReason: 'Netwerk',
        decidedBy: 'RvB',
        decidedAt: '2024-02-29T18:00:00+01:00',
      })
      .expect(201);
    expect(decided.body.decidedAt).toBe('2024-02-29T17:00:00.000Z');
  });
});
