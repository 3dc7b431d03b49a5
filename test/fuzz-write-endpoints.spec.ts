import { createWriteScene, type Actors } from './support/write-scene.js';
import fc from 'fast-check';
import { Agent } from 'node:http';
import { snapshotData } from './support/data-snapshot.js';
import { bearer } from './support/factories.js';
import { rawRequest, type RawResponse } from './support/raw-http.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** CI runs at least 10,000; `FUZZ_RUNS=100000 npm test -- test/fuzz-write-endpoints.spec.ts` digs deeper. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2_147_483_647);
const CONCURRENCY = 8;

interface OpenApiSchema {
  $ref?: string;
  properties?: Record<string, OpenApiSchema>;
  nullable?: boolean;
}

interface WriteOperation {
  method: string;
  path: string;
  properties: { name: string; nullable: boolean }[];
}

/** Every write operation of the API that takes a JSON body, as the app's own OpenAPI document lists it. */
function jsonWriteOperations(document: {
  paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: OpenApiSchema }> } }>>;
  components: { schemas: Record<string, OpenApiSchema> };
}): WriteOperation[] {
  const resolve = (schema: OpenApiSchema) =>
    schema.$ref ? document.components.schemas[schema.$ref.replace('#/components/schemas/', '')] : schema;
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations)
      .filter(([method, operation]) => ['post', 'put', 'patch', 'delete'].includes(method) && operation.requestBody)
      .flatMap(([method, operation]) => {
        const json = operation.requestBody?.content['application/json'];
        if (!json) return [];
        const properties = Object.entries(resolve(json.schema).properties ?? {}).map(([name, schema]) => ({
          name,
          nullable: resolve(schema).nullable === true,
        }));
        return [{ method: method.toUpperCase(), path, properties }];
      }),
  );
}

/**
 * A request that is wrong in at least one way no handler may accept, whatever the rest of it
 * says: so every answer must be a 4xx problem and nothing may be written.
 */
type Defect =
  | { kind: 'unknown-field' }
  | { kind: 'unstorable-text'; property: string; text: string }
  | { kind: 'too-deep'; property: string; depth: number }
  | { kind: 'unsafe-number'; property: string; number: number }
  | { kind: 'null-not-clearable' }
  | { kind: 'not-an-object'; body: string }
  | { kind: 'malformed-json' }
  | { kind: 'wrong-content-type'; contentType: string }
  | { kind: 'bad-path-segment'; segment: string };

const anyValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.constantFrom('', ' ', '2026-02-30', '2026-12-05T14:00:00', '2026-12-05T14:00:00+01:00', 'other', 'split', 'fixed'),
    fc.integer({ min: -3, max: 100_000 }),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 8 }), tie('value'), { maxKeys: 3 }),
  ),
})).value;

const defects = (propertyNames: string[], notClearable: string[]): fc.Arbitrary<Defect> => {
  const property = propertyNames.length > 0 ? fc.constantFrom(...propertyNames) : fc.constant('extra');
  return fc.oneof(
    fc.constant({ kind: 'unknown-field' as const }),
    fc.record({
      kind: fc.constant('unstorable-text' as const),
      property,
      text: fc.constantFrom('a\u0000b', '\u0000', 'x\ud800', '\udc00y', 'label \ud83d'),
    }),
    fc.record({ kind: fc.constant('too-deep' as const), property, depth: fc.integer({ min: 11, max: 5_000 }) }),
    fc.record({
      kind: fc.constant('unsafe-number' as const),
      property,
      number: fc.constantFrom(2 ** 53 + 2, 1e23, -1e300, 1e20),
    }),
    ...(notClearable.length > 0 ? [fc.constant({ kind: 'null-not-clearable' as const })] : []),
    fc.record({
      kind: fc.constant('not-an-object' as const),
      body: fc.constantFrom('null', '[]', '[{}]', '1', '"tekst"', 'true'),
    }),
    fc.constant({ kind: 'malformed-json' as const }),
    fc.record({
      kind: fc.constant('wrong-content-type' as const),
      contentType: fc.constantFrom('application/xml', 'image/png', 'multipart/form-data; boundary=x'),
    }),
    fc.record({
      kind: fc.constant('bad-path-segment' as const),
      segment: fc.constantFrom('%00', 'a%00', '%E0%A4%A', 'x'.repeat(300)),
    }),
  );
};

interface FuzzRequest {
  method: string;
  path: string;
  body: string;
  contentType: string;
  actor: keyof Actors | 'anonymous';
}

function badRequests(operation: WriteOperation, pathValues: fc.Arbitrary<string>): fc.Arbitrary<FuzzRequest> {
  const names = operation.properties.map((property) => property.name);
  const notClearable = operation.properties.filter((property) => !property.nullable).map((property) => property.name);
  const segments = operation.path.match(/\{\w+\}/g) ?? [];
  return fc
    .record({
      fields: fc.dictionary(names.length > 0 ? fc.constantFrom(...names) : fc.constant('extra'), anyValue, { maxKeys: 6 }),
      pathParts: fc.tuple(...segments.map(() => pathValues)),
      defect: defects(names, notClearable),
      nulled: notClearable.length > 0 ? fc.constantFrom(...notClearable) : fc.constant(''),
      actor: fc.constantFrom<FuzzRequest['actor']>('admin', 'finance', 'cultureHouse', 'careCentre', 'anonymous'),
    })
    .map(({ fields, pathParts, defect, nulled, actor }) => {
      const body: Record<string, unknown> = { ...fields };
      let text: string | undefined;
      let contentType = 'application/json';
      let parts = [...pathParts];
      switch (defect.kind) {
        case 'unknown-field':
          body.veldDatNietBestaat = 1;
          break;
        case 'unstorable-text':
          body[defect.property] = defect.text;
          break;
        case 'too-deep':
          text = JSON.stringify({ ...body, [defect.property]: 0 }).replace(
            `"${defect.property}":0`,
            `"${defect.property}":${'['.repeat(defect.depth)}${']'.repeat(defect.depth)}`,
          );
          break;
        case 'unsafe-number':
          body[defect.property] = defect.number;
          break;
        case 'null-not-clearable':
          body[nulled] = null;
          break;
        case 'not-an-object':
          text = defect.body;
          break;
        case 'malformed-json':
          text = JSON.stringify(body).slice(0, -1);
          break;
        case 'wrong-content-type':
          contentType = defect.contentType;
          break;
        case 'bad-path-segment':
          // Operations without a path parameter get the bad segment in place of their last one.
          parts = parts.length > 0 ? [...parts.slice(0, -1), defect.segment] : [];
          if (segments.length === 0) body.veldDatNietBestaat = 1;
          break;
      }
      let path = operation.path;
      segments.forEach((segment, index) => (path = path.replace(segment, parts[index])));
      return { method: operation.method, path, body: text ?? JSON.stringify(body), contentType, actor };
    });
}

describe('fuzz over elke JSON-schrijfoperatie', () => {
  let t: TestApp;
  let actors: Actors;
  let operations: WriteOperation[];
  let realIds: string[];

  beforeAll(async () => {
    t = await startTestApp();
    const scene = await createWriteScene(t);
    actors = scene.actors;
    realIds = [
      scene.eventId,
      scene.subscriptionId,
      scene.costLineId,
      scene.incomeId,
      actors.careCentre.userId,
      actors.careCentre.organisationId,
    ];
    const document = await t.http.get('/api/docs/openapi.json').expect(200);
    operations = jsonWriteOperations(document.body);
  }, 180_000);
  afterAll(() => t.close());

  it(`${RUNS} slechte aanvragen: enkel 4xx problem+json, en de gegevens blijven gelijk`, async () => {
    // The document is the source, so a new endpoint is fuzzed without anyone adding it here.
    expect(operations.length).toBeGreaterThanOrEqual(23);
    const pathValues = fc.oneof(fc.constantFrom(...realIds), fc.uuid(), fc.constantFrom('2026', '2026-2027', '0', 'abc'));
    const requests = fc.sample(fc.oneof(...operations.map((operation) => badRequests(operation, pathValues))), {
      numRuns: RUNS,
      seed: SEED,
    });

    const before = await snapshotData(t.dataSource);
    const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    const wrong: { request: FuzzRequest; status: number; answer: string }[] = [];
    const isProblem = (response: RawResponse) => {
      const problem = response.json as { type?: unknown; title?: unknown; status?: unknown; detail?: unknown } | undefined;
      return (
        String(response.headers['content-type']).startsWith('application/problem+json') &&
        typeof problem?.type === 'string' &&
        typeof problem.title === 'string' &&
        typeof problem.detail === 'string' &&
        problem.status === response.status
      );
    };
    let next = 0;
    const worker = async () => {
      while (next < requests.length) {
        const request = requests[next++];
        const response = await rawRequest(t.baseUrl, {
          method: request.method,
          path: request.path,
          body: request.body,
          agent,
          headers: {
            'content-type': request.contentType,
            ...(request.actor === 'anonymous' ? {} : bearer(actors[request.actor])),
          },
        });
        if (response.status < 400 || response.status >= 500 || !isProblem(response)) {
          wrong.push({ request, status: response.status, answer: response.text.slice(0, 300) });
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    agent.destroy();

    expect({ seed: SEED, wrongAnswers: wrong.length, firstFive: wrong.slice(0, 5) }).toEqual({
      seed: SEED,
      wrongAnswers: 0,
      firstFive: [],
    });
    expect(await snapshotData(t.dataSource)).toEqual(before);
  }, 300_000);
});
