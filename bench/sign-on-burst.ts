/**
 * Sign-on burst (`npm run bench`, or alone with `node dist/bench/sign-on-burst.js`): 1000
 * organisations sign on at once for 100 places through the HTTP API, beside the same booking
 * transaction sent by node-pg with prepared statements (bench/ceilings/sign-on-transaction.ts).
 * Each round opens a fresh event; pg_stat_statements profiles the statements of the app's bursts.
 */
import { JwtService } from '@nestjs/jwt';
import { request } from 'node:http';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { TokenService } from '../src/accounts/token.service.js';
import { loadAppConfig } from '../src/common/config/app-config.js';
import { signOnTransaction } from './ceilings/sign-on-transaction.js';
import { BENCH_TOKEN_SECRET, startApp } from './harness/app-process.js';
import { startBenchDatabase, type BenchDatabase } from './harness/bench-database.js';
import { insertOrganisations, insertPublishedEvents, insertSeason, postgresVersion } from './harness/fixtures.js';
import { enableStatementProfile, resetStatements, statementsSince, type StatementProfile } from './harness/profiled-database.js';
import { loadAverages, machine, markdownTable, writeSection } from './harness/report.js';
import { alternate, formatRatio, formatSpread } from './harness/stats.js';

const ROUNDS = 3;
const ORGANISATIONS = 1000;
const PLACES = 100;
const SEASON = '2030-2031';
const BODY = JSON.stringify({
  contactName: 'Lies Animatie',
  contactEmail: 'lies@example.org',
  contactPhone: '011 00 02 01',
  screens: 2,
  expectedViewers: 40,
});

interface Burst {
  perSecond: number;
  lastAnswerMs: number;
  confirmed: number;
  serverErrors: number;
}

/**
 * One sign-on over its own connection, with no connect timeout: on a loaded machine, a thousand
 * connections at once wait in the listen backlog longer than fetch's 10 s.
 */
function post(url: string, token: string): Promise<number> {
  return new Promise((done, fail) => {
    const outgoing = request(
      url,
      { method: 'POST', agent: false, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' } },
      (response) => {
        response.resume();
        response.on('end', () => done(response.statusCode ?? 0));
      },
    );
    outgoing.on('error', fail);
    outgoing.end(BODY);
  });
}

async function members(db: BenchDatabase): Promise<{ organisationId: string; token: string }[]> {
  const organisations = await insertOrganisations(db.pool, ORGANISATIONS, 'care_centre');
  const { rows } = await db.pool.query<{ id: string; organisation_id: string }>(
    `INSERT INTO users (organisation_id, email, full_name, password_hash, role)
     SELECT id, 'bench-' || id || '@example.org', 'Bench', 'not-a-login', 'member' FROM unnest($1::uuid[]) AS id
     RETURNING id, organisation_id`,
    [organisations],
  );
  const tokens = new TokenService(
    new JwtService({ secret: BENCH_TOKEN_SECRET }),
    loadAppConfig({ TOKEN_SECRET: BENCH_TOKEN_SECRET }),
  );
  return Promise.all(
    rows.map(async (row) => ({
      organisationId: row.organisation_id,
      token: (await tokens.issue({ id: row.id, sessionVersion: 0 })).accessToken,
    })),
  );
}

async function freshEvent(db: BenchDatabase, launchCentreId: string, day: number): Promise<string> {
  const firstDay = new Date(Date.UTC(2030, 8, 1) + day * 86_400_000).toISOString().slice(0, 10);
  const [id] = await insertPublishedEvents(db.pool, { count: 1, season: SEASON, launchCentreId, firstDay, capacity: PLACES });
  return id;
}

async function confirmedOn(db: BenchDatabase, eventId: string): Promise<number> {
  const { rows } = await db.pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM subscriptions WHERE event_id = $1 AND status = 'confirmed'`,
    [eventId],
  );
  return rows[0].n;
}

async function timed(
  attempts: (() => Promise<number>)[],
): Promise<{ perSecond: number; lastAnswerMs: number; statuses: number[] }> {
  const started = performance.now();
  const statuses = await Promise.all(attempts.map((attempt) => attempt()));
  const lastAnswerMs = performance.now() - started;
  return { perSecond: (attempts.length * 1000) / lastAnswerMs, lastAnswerMs, statuses };
}

export async function benchSignOnBurst(): Promise<{ rssMiB: number }> {
  const db = await startBenchDatabase();
  try {
    await enableStatementProfile(db);
    await insertSeason(db.pool, SEASON);
    const [launchCentre] = await insertOrganisations(db.pool, 1, 'culture_house');
    const satellites = await members(db);
    const app = await startApp(db.url);
    const ceilingPool = new pg.Pool({ connectionString: db.url, max: 20 });
    let day = 0;
    let profile: StatementProfile[] = [];
    try {
      const runs = await alternate<'app' | 'ceiling', Burst>(ROUNDS, {
        app: async () => {
          const eventId = await freshEvent(db, launchCentre, day++);
          await resetStatements(db);
          const burst = await timed(
            satellites.map((satellite) => async () => {
              return post(`${app.baseUrl}/api/events/${eventId}/subscriptions`, satellite.token);
            }),
          );
          profile = await statementsSince(db, ORGANISATIONS / 2);
          return {
            ...burst,
            confirmed: await confirmedOn(db, eventId),
            serverErrors: burst.statuses.filter((s) => s >= 500).length,
          };
        },
        ceiling: async () => {
          const eventId = await freshEvent(db, launchCentre, day++);
          const burst = await timed(
            satellites.map((satellite) => async () => {
              await signOnTransaction(ceilingPool, eventId, satellite.organisationId);
              return 200;
            }),
          );
          return { ...burst, confirmed: await confirmedOn(db, eventId), serverErrors: 0 };
        },
      });
      const perSecond = (bursts: Burst[]) => bursts.map((burst) => burst.perSecond);
      const rows = [
        [
          `${ORGANISATIONS} at once, ${PLACES} places`,
          formatSpread(perSecond(runs.app)),
          formatSpread(perSecond(runs.ceiling)),
          formatRatio(perSecond(runs.app), perSecond(runs.ceiling)),
          formatSpread(
            runs.app.map((burst) => burst.lastAnswerMs / 1000),
            1,
          ),
          runs.app.map((burst) => burst.confirmed).join(', '),
          String(runs.app.reduce((sum, burst) => sum + burst.serverErrors, 0)),
        ],
      ];
      writeSection(
        'sign-on-burst',
        `## Sign-on burst

${ORGANISATIONS} care centres sign on at once (one HTTP request each, all sent together) to one event
with ${PLACES} places, through POST /api/events/:id/subscriptions with a bearer token each.
**Ceiling**: the same booking transaction sent by node-pg with named prepared statements on the same
tables (bench/ceilings/sign-on-transaction.ts: lock, existing sign-on, places taken, insert, history,
outbox, commit), 1000 at once over a pool of 20 like the app's. Every round opens a fresh event;
app and ceiling alternate, ${ROUNDS} rounds each; throughput is sign-ons answered per second over the
whole burst. Load average at the end: ${loadAverages()}.

Machine: ${machine(await postgresVersion(db.pool))}.

${markdownTable(['Burst', 'App (sign-ons/s)', 'Ceiling (sign-ons/s)', 'Ratio', 'Last answer (s)', 'Confirmed per round', '5xx'], rows)}

Statements the app sent in its last burst (pg_stat_statements, those run for at least every other sign-on):

${markdownTable(
  ['Statement', 'Per sign-on', 'Mean ms'],
  profile.map((statement) => [
    `\`${statement.query.slice(0, 110).replace(/\|/g, '\\|')}${statement.query.length > 110 ? '…' : ''}\``,
    (statement.calls / ORGANISATIONS).toFixed(2),
    statement.meanMs.toFixed(2),
  ]),
)}`,
      );
      return { rssMiB: app.rssMiB() };
    } finally {
      await ceilingPool.end();
      await app.stop();
    }
  } finally {
    await db.stop();
  }
}

if (process.argv[1]?.endsWith('sign-on-burst.js')) {
  benchSignOnBurst().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
