import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import {
  bearer,
  createMembersInBulk,
  createStaff,
  ensureSeason,
  publishedEvent,
  registerMember,
  signOnBody,
} from './support/factories.js';
import { startAppOn, type TestApp } from './support/test-app.js';
import { createTestDatabase } from './support/test-database.js';

const TOKEN_SECRET = 'test-secret-that-is-long-enough-for-the-schema';

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  return typeof address === 'object' && address ? address.port : 0;
}

/** The built app (`npm test` builds it first) in its own process, on the test's database. */
async function startAppProcess(databaseUrl: string): Promise<{ child: ChildProcess; baseUrl: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [resolve('dist/src/main.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_DEMO_DATA: 'false',
      TOKEN_SECRET,
      OUTBOX_POLL_MS: '0',
      MAIL_POLL_MS: '0',
      LOG_LEVEL: 'silent',
    },
    stdio: 'ignore',
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`De app stopte bij het starten (code ${child.exitCode})`);
    const up = await fetch(`${baseUrl}/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) return { child, baseUrl };
    await new Promise((done) => setTimeout(done, 100));
  }
}

describe('Idempotency-Key na een crash', () => {
  let t: TestApp;
  let databaseUrl: string;

  beforeAll(async () => {
    databaseUrl = await createTestDatabase();
    t = await startAppOn(databaseUrl, { TOKEN_SECRET });
    await ensureSeason(t.dataSource);
  });
  afterAll(() => t.close());

  it('een sleutel waarvan de eerste aanvraag crashte voor ze vastlag, werkt meteen bij de volgende poging', async () => {
    const admin = await createStaff(t, 'admin');
    const launchCentre = await registerMember(t, 'culture_house');
    const eventId = await publishedEvent(t, admin, launchCentre.organisationId);
    const [careCentre] = await createMembersInBulk(t, 1);
    const crashing = await startAppProcess(databaseUrl);

    // The event row stays locked, so the first sign-on is still inside its work when its process dies.
    const blocker = t.dataSource.createQueryRunner();
    await blocker.startTransaction();
    await blocker.query('SELECT id FROM events WHERE id = $1 FOR UPDATE', [eventId]);
    const firstTry = fetch(`${crashing.baseUrl}/api/events/${eventId}/subscriptions`, {
      method: 'POST',
      headers: { ...bearer(careCentre), 'content-type': 'application/json', 'idempotency-key': 'na-crash-1' },
      body: JSON.stringify(signOnBody()),
    }).then(
      async (response) => `${response.status} ${await response.text()}`,
      () => 'afgebroken',
    );
    let answered: string | undefined;
    void firstTry.then((answer) => (answered = answer));
    for (;;) {
      // An answer before the lock wait means the request never reached the event row: say what it was.
      expect(answered).toBeUndefined();
      const [{ waiting }] = await t.dataSource.query(
        `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      if (waiting > 0) break;
      await new Promise((done) => setTimeout(done, 50));
    }
    crashing.child.kill('SIGKILL');
    await once(crashing.child, 'exit');
    expect(await firstTry).toBe('afgebroken');
    await blocker.rollbackTransaction();
    await blocker.release();

    const started = Date.now();
    const retry = await t.http
      .post(`/api/events/${eventId}/subscriptions`)
      .set(bearer(careCentre))
      .set('Idempotency-Key', 'na-crash-1')
      .send(signOnBody());

    expect(retry.status).toBe(201);
    expect(Date.now() - started).toBeLessThan(10_000);
    const [{ count }] = await t.dataSource.query(
      'SELECT count(*)::int AS count FROM subscriptions WHERE event_id = $1 AND organisation_id = $2',
      [eventId, careCentre.organisationId],
    );
    expect(count).toBe(1);
  }, 120_000);
});
