import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../src/common/database/embedded-postgres-server.js';
import { runMigrations } from '../src/common/database/run-migrations.js';
import { spawnApp, type AppProcess } from './support/app-process.js';
import { withDatabase } from './support/database-url.js';
import { type Member } from './support/factories.js';
import { contestedEvent, signOnOverHttp } from './support/contested-event.js';
import { rawRequest, type RawResponse } from './support/raw-http.js';
import { startAppOn } from './support/test-app.js';
import { waitUntil } from './support/wait-until.js';

const LOCK_TIMEOUT_MS = 10_000;

/** Its own PostgreSQL, so stopping it does not touch the server every other test file shares. */
describe('PostgreSQL stopt en start opnieuw terwijl er ingetekend wordt', () => {
  let folder: string;
  let postgres: EmbeddedPostgresHandle;
  let app: AppProcess | undefined;

  const startPostgres = (port: number) => startEmbeddedPostgres({ dataDir: join(folder, 'pg'), preferredPort: port });

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'satelliet-pg-restart-'));
    chmodSync(folder, 0o755);
    postgres = await startPostgres(0);
  }, 180_000);
  afterAll(async () => {
    await app?.stop();
    await postgres.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('antwoordt 503 met Retry-After zolang de database weg is, meldt niet-klaar, en herstelt zonder herstart zonder iets te verliezen', async () => {
    const admin = new Client({ connectionString: postgres.url });
    await admin.connect();
    await admin.query('CREATE DATABASE satelliet');
    await admin.end();
    const databaseUrl = withDatabase(postgres.url, 'satelliet');
    await runMigrations(databaseUrl);

    const setup = await startAppOn(databaseUrl);
    const { eventId, members } = await contestedEvent(setup, 1000, 60);
    await setup.close();

    app = await spawnApp(databaseUrl, { LOCK_TIMEOUT_MS: String(LOCK_TIMEOUT_MS), OUTBOX_POLL_MS: '100', MAIL_POLL_MS: '100' });
    const baseUrl = app.baseUrl;
    // A refused connection means the app process died: say so with what it printed.
    const signOn = (member: Member) =>
      signOnOverHttp(baseUrl, eventId, member).catch((error: Error) => {
        throw new Error(`${error.message}; de app schreef:\n${app?.output() ?? ''}`);
      });
    /** A busy 503 (the event row stayed locked past the timeout) is a refusal the client may retry, never a loss. */
    const acknowledgedIds = (responses: RawResponse[]) => {
      expect(responses.filter((response) => response.status !== 201 && response.status !== 503)).toEqual([]);
      const ids = responses.filter((response) => response.status === 201).map((response) => (response.json as { id: string }).id);
      expect(ids.length).toBeGreaterThan(0);
      return ids;
    };

    const before = acknowledgedIds(await Promise.all(members.slice(0, 20).map(signOn)));

    const port = postgres.port;
    await postgres.stop();
    const startedAt = Date.now();
    const whileDown = await Promise.all(
      members.slice(20, 40).map(async (member) => {
        const response = await signOn(member);
        return { ...response, tookMs: Date.now() - startedAt };
      }),
    );
    expect(whileDown.map((response) => response.status)).toEqual(Array(20).fill(503));
    for (const response of whileDown) {
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect((response.json as { type: string }).type).toBe('/problems/unavailable');
      expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
      expect(response.tookMs).toBeLessThan(LOCK_TIMEOUT_MS + 1000);
    }
    const readiness = await rawRequest(baseUrl, { method: 'GET', path: '/health/ready' });
    expect(readiness.status).toBe(503);
    expect(readiness.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(app.process.exitCode).toBeNull();

    postgres = await startPostgres(port);
    expect(postgres.port).toBe(port);
    await waitUntil(
      async () => (await rawRequest(baseUrl, { method: 'GET', path: '/health/ready' })).status === 200,
      30_000,
      100,
    );
    const after = acknowledgedIds(await Promise.all(members.slice(40).map(signOn)));
    expect(app.process.exitCode).toBeNull();

    const check = new Client({ connectionString: databaseUrl });
    await check.connect();
    const { rows } = await check.query<{ id: string }>('SELECT id FROM subscriptions WHERE event_id = $1', [eventId]);
    await check.end();
    expect(rows.map((row) => row.id)).toEqual(expect.arrayContaining([...before, ...after]));
  }, 240_000);
});
