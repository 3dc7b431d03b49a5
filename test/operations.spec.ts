import { readFileSync } from 'node:fs';
import { buildOpenApiDocument } from '../src/app.factory.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('beheer: health, fouten en API-documentatie', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('/health antwoordt zonder database en /health/ready controleert de database', async () => {
    await t.http.get('/health').expect(200, { status: 'ok' });
    const ready = await t.http.get('/health/ready').expect(200);
    expect(ready.body.info.database.status).toBe('up');
  });

  it('een onbekend adres geeft een problem+json 404 in het Nederlands', async () => {
    const response = await t.http.get('/api/bestaat-niet').expect(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ type: '/problems/not-found', title: 'Niet gevonden', status: 404 });
  });

  it('elke fout draagt de request-id, ook in de header', async () => {
    const response = await t.http.get('/api/bestaat-niet').set('X-Request-Id', 'test-request-123456').expect(404);
    expect(response.headers['x-request-id']).toBe('test-request-123456');
    expect(response.body.requestId).toBe('test-request-123456');
  });

  it('een onleesbare JSON-body geeft 400, geen 500', async () => {
    const response = await t.http.post('/api/auth/login').set('content-type', 'application/json').send('{"email":').expect(400);
    expect(response.body.type).toBe('/problems/malformed-body');
  });

  it('de API-documentatie staat op /api/docs en komt overeen met openapi.json in de repository', async () => {
    await t.http.get('/api/docs').expect(200);
    const served = await t.http.get('/api/docs/openapi.json').expect(200);
    const committed = JSON.parse(readFileSync('openapi.json', 'utf8'));
    expect(served.body).toEqual(committed);
    expect(buildOpenApiDocument(t.app)).toEqual(committed);
  });
});

describe('een onverwachte fout', () => {
  it('wordt een algemene 500 die niets intern prijsgeeft', async () => {
    const t = await startTestApp();
    try {
      // A table that vanished is as unexpected as it gets; its SQL error must stay in the log.
      await t.dataSource.query('DROP TABLE events CASCADE');
      const response = await t.http.get('/api/events').expect(500);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ type: '/problems/internal', status: 500, title: 'Er ging iets mis' });
      expect(response.text).not.toMatch(/relation|does not exist|SELECT|QueryFailed/i);
      expect(response.body.requestId).toEqual(response.headers['x-request-id']);
    } finally {
      await t.close();
    }
  });
});
