/**
 * Programme benchmark (`npm run bench`, or alone with `node dist/bench/programme.js`): a season of
 * 200 published events read through GET /api/events, beside a bare Fastify + pg server running the
 * same SQL and building the same JSON; conditional GETs; the /programma page; and the app with a
 * second replica on the same PostgreSQL.
 */
import { resolve } from 'node:path';
import { startApp, startServerProcess, type ServerProcess } from './harness/app-process.js';
import { startBenchDatabase } from './harness/bench-database.js';
import { insertOrganisations, insertPublishedEvents, insertSeason, postgresVersion } from './harness/fixtures.js';
import { load, type LoadResult } from './harness/load.js';
import { loadAverages, machine, markdownTable, writeSection } from './harness/report.js';
import { alternate, formatRatio, formatSpread } from './harness/stats.js';

const ROUNDS = 3;
const SECONDS = 5;
const SEASON = '2030-2031';
const PATH = `/api/events?season=${SEASON}&limit=200`;

const rps = (results: LoadResult[]) => results.map((result) => result.requestsPerSecond);
const p99 = (results: LoadResult[]) => results.map((result) => result.p99Ms);
const failures = (results: LoadResult[]) => results.reduce((sum, result) => sum + result.non2xx + result.errors, 0);

export async function benchProgramme(): Promise<{ rssMiB: number }> {
  const db = await startBenchDatabase();
  const servers: ServerProcess[] = [];
  try {
    await insertSeason(db.pool, SEASON);
    const [launchCentre] = await insertOrganisations(db.pool, 1, 'culture_house');
    await insertPublishedEvents(db.pool, { count: 200, season: SEASON, launchCentreId: launchCentre, firstDay: '2030-09-01' });
    const app = await startApp(db.url);
    servers.push(app);
    const bare = await startServerProcess({
      command: process.execPath,
      args: [resolve('dist/bench/ceilings/bare-programme-server.js')],
      env: { DATABASE_URL: db.url },
      readyPath: '/health',
    });
    servers.push(bare);

    const appBody = await (await fetch(app.baseUrl + PATH)).text();
    const bareBody = await (await fetch(bare.baseUrl + PATH)).text();
    if (appBody !== bareBody) throw new Error('The bare server does not return the same JSON as the app');
    const etag = (await fetch(app.baseUrl + PATH)).headers.get('etag') ?? '';
    const sizeKiB = Buffer.byteLength(appBody) / 1024;

    const rows: string[][] = [];
    for (const connections of [10, 50]) {
      const runs = await alternate(ROUNDS, {
        app: () => load(app.baseUrl + PATH, { connections, seconds: SECONDS }),
        bare: () => load(bare.baseUrl + PATH, { connections, seconds: SECONDS }),
      });
      rows.push([
        `GET /api/events, ${connections} connections`,
        formatSpread(rps(runs.app)),
        formatSpread(rps(runs.bare)),
        formatRatio(rps(runs.app), rps(runs.bare)),
        `${formatSpread(p99(runs.app))} / ${formatSpread(p99(runs.bare))}`,
        String(failures(runs.app)),
      ]);
    }

    const conditional = await alternate(ROUNDS, {
      notModified: () =>
        load(app.baseUrl + PATH, { connections: 10, seconds: SECONDS, headers: { 'if-none-match': etag }, expectStatus: 304 }),
      full: () => load(app.baseUrl + PATH, { connections: 10, seconds: SECONDS }),
      page: () => load(`${app.baseUrl}/programma?seizoen=${SEASON}`, { connections: 10, seconds: SECONDS }),
    });
    rows.push([
      'Conditional GET (304) vs full 200, 10 connections',
      formatSpread(rps(conditional.notModified)),
      formatSpread(rps(conditional.full)),
      `${formatRatio(rps(conditional.notModified), rps(conditional.full))} (304 ÷ 200)`,
      `${formatSpread(p99(conditional.notModified))} / ${formatSpread(p99(conditional.full))}`,
      String(failures(conditional.notModified)),
    ]);
    rows.push([
      '/programma page vs GET /api/events, 10 connections',
      formatSpread(rps(conditional.page)),
      formatSpread(rps(conditional.full)),
      `${formatRatio(rps(conditional.page), rps(conditional.full))} (page ÷ JSON)`,
      `${formatSpread(p99(conditional.page))} / ${formatSpread(p99(conditional.full))}`,
      String(failures(conditional.page)),
    ]);

    const replica = await startApp(db.url);
    servers.push(replica);
    const scaling = await alternate(ROUNDS, {
      one: () => load(app.baseUrl + PATH, { connections: 50, seconds: SECONDS }),
      two: () => load([app.baseUrl + PATH, replica.baseUrl + PATH], { connections: 50, seconds: SECONDS }),
    });
    rows.push([
      'Two app replicas vs one, 50 connections',
      formatSpread(rps(scaling.two)),
      formatSpread(rps(scaling.one)),
      `${formatRatio(rps(scaling.two), rps(scaling.one))} (two ÷ one)`,
      `${formatSpread(p99(scaling.two))} / ${formatSpread(p99(scaling.one))}`,
      String(failures(scaling.two)),
    ]);
    const rssMiB = app.rssMiB();

    writeSection(
      'programme',
      `## Programme (GET /api/events)

A season of 200 published events (${sizeKiB.toFixed(0)} KiB of JSON per answer). **Ceiling**: a bare
Fastify + pg server (bench/ceilings/bare-programme-server.ts) that runs the app's own programme SQL and
builds the same JSON; the benchmark checks that both answers are byte-identical before timing. Each
line is ${ROUNDS} alternating rounds of ${SECONDS} s with autocannon: median (min–max). The ratio is
taken per round, app and ceiling measured back to back, so a busy neighbour on the shared machine
weighs on both sides alike. Load average at the end: ${loadAverages()}.

Machine: ${machine(await postgresVersion(db.pool))}.

${markdownTable(['Measure', 'App (req/s)', 'Ceiling (req/s)', 'Ratio', 'p99 ms (app / ceiling)', 'Failed requests'], rows)}`,
    );
    return { rssMiB };
  } finally {
    for (const server of servers.reverse()) await server.stop();
    await db.stop();
  }
}

if (process.argv[1]?.endsWith('programme.js')) {
  benchProgramme().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
