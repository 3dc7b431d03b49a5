/**
 * Calendar feed benchmark: the private feed of an organisation signed on to 200 events (400
 * VEVENTs), served by the app, beside plain ical-generator building the same calendar in memory;
 * an unchanged poll (If-None-Match); and how long other requests wait while feeds are rebuilt.
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { CalendarEvent } from '../src/calendar/calendar-event.js';
import { calendarEventOfRow } from '../src/calendar/calendar-reader.js';
import { plainIcalFeed } from './ceilings/plain-ical-feed.js';
import { startApp } from './harness/app-process.js';
import { startBenchDatabase, type BenchDatabase } from './harness/bench-database.js';
import { insertOrganisations, insertPublishedEvents, insertSeason, postgresVersion } from './harness/fixtures.js';
import { load } from './harness/load.js';
import { loadAverages, machine, markdownTable, writeSection } from './harness/report.js';
import { alternate, formatRatio, formatSpread, spread } from './harness/stats.js';

const ROUNDS = 3;
const REQUESTS = 5;
/** Enough builds for the 10 ms ticks of the kernel's CPU clock to round off. */
const CPU_REQUESTS = 20;
const SEASON = '2030-2031';

async function signedOnFeed(db: BenchDatabase): Promise<{ token: string; events: CalendarEvent[] }> {
  await insertSeason(db.pool, SEASON);
  const [launchCentre] = await insertOrganisations(db.pool, 1, 'culture_house');
  const [satellite] = await insertOrganisations(db.pool, 1, 'care_centre');
  const eventIds = await insertPublishedEvents(db.pool, {
    count: 200,
    season: SEASON,
    launchCentreId: launchCentre,
    firstDay: '2030-09-01',
  });
  await db.pool.query(
    `UPDATE events SET stream_url = 'https://stream.satelliet.example/live/' || id WHERE id = ANY($1::uuid[])`,
    [eventIds],
  );
  await db.pool.query(
    `INSERT INTO subscriptions (event_id, organisation_id, audience, status, contact_name, contact_email, contact_phone,
                                screens, expected_viewers, tariff_cents, vat_rate_percent, satellite_share_cents)
     SELECT id, $2, 'care_centre', 'confirmed', 'Lies Animatie', 'lies@example.org', '011 00 02 01', 2, 40, 9500, 6, 9500
       FROM unnest($1::uuid[]) AS id`,
    [eventIds, satellite],
  );
  const token = randomBytes(32).toString('base64url');
  await db.pool.query('INSERT INTO calendar_feeds (organisation_id, token) VALUES ($1, $2)', [satellite, token]);
  const { rows } = await db.pool.query<Record<string, unknown>>(
    `SELECT e.*, lc.name AS launch_centre_name, lc.municipality AS launch_centre_municipality
       FROM events e JOIN organisations lc ON lc.id = e.launch_centre_id ORDER BY e.starts_at`,
  );
  const events = rows.map(calendarEventOfRow);
  return { token, events };
}

async function medianOf(times: number, run: () => Promise<number>): Promise<number> {
  const values: number[] = [];
  for (let i = 0; i < times; i++) values.push(await run());
  return spread(values).median;
}

async function timedGet(url: string, headers: Record<string, string> = {}): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { headers });
  await response.arrayBuffer();
  if (response.status !== 200 && response.status !== 304) throw new Error(`Feed answered ${response.status}`);
  return performance.now() - started;
}

export async function benchCalendarFeed(): Promise<{ rssMiB: number }> {
  const db = await startBenchDatabase();
  try {
    const { token, events } = await signedOnFeed(db);
    const app = await startApp(db.url);
    try {
      const url = `${app.baseUrl}/calendar/${token}.ics`;
      const first = await fetch(url);
      const body = await first.text();
      const etag = first.headers.get('etag') ?? '';
      const plain = plainIcalFeed('Satelliet: Bench', events, new Date());
      const runs = await alternate(ROUNDS, {
        rebuild: () => medianOf(REQUESTS, () => timedGet(url)),
        poll: () => medianOf(REQUESTS, () => timedGet(url, { 'if-none-match': etag })),
        plain: () =>
          medianOf(REQUESTS, async () => {
            const started = performance.now();
            plainIcalFeed('Satelliet: Bench', events, new Date());
            return performance.now() - started;
          }),
        // CPU time per build, which a busy neighbour does not stretch the way it stretches wall time.
        rebuildCpu: async () => {
          const before = app.cpuMs();
          for (let i = 0; i < CPU_REQUESTS; i++) await timedGet(url);
          return (app.cpuMs() - before) / CPU_REQUESTS;
        },
        plainCpu: async () => {
          const before = process.cpuUsage();
          for (let i = 0; i < CPU_REQUESTS; i++) plainIcalFeed('Satelliet: Bench', events, new Date());
          const used = process.cpuUsage(before);
          return (used.user + used.system) / 1000 / CPU_REQUESTS;
        },
        // Other requests while feeds are rebuilt back to back: how long does the event loop keep them waiting?
        blocked: async () => {
          const rebuilding = (async () => {
            for (let i = 0; i < REQUESTS; i++) await timedGet(url);
          })();
          const health = await load(`${app.baseUrl}/health`, { connections: 2, seconds: 2 });
          await rebuilding;
          return health.maxMs;
        },
      });
      const rows = [
        [
          'Rebuild: GET of a changed feed (ms)',
          formatSpread(runs.rebuild),
          formatSpread(runs.plain),
          formatRatio(runs.plain, runs.rebuild),
        ],
        [
          'Rebuild: CPU time per changed feed, whole request (ms)',
          formatSpread(runs.rebuildCpu),
          formatSpread(runs.plainCpu),
          formatRatio(runs.plainCpu, runs.rebuildCpu),
        ],
        ['Unchanged poll: If-None-Match → 304 (ms)', formatSpread(runs.poll, 1), '—', '—'],
        ['Longest wait of another request during rebuilds (ms)', formatSpread(runs.blocked), '—', '—'],
      ];
      writeSection(
        'calendar-feed',
        `## Calendar feed

The private feed of an organisation signed on to 200 events, each with a test slot: ${events.length * 2}
VEVENTs, ${(Buffer.byteLength(body) / 1024).toFixed(0)} KiB (the plain build: ${(Buffer.byteLength(plain) / 1024).toFixed(0)} KiB).
**Ceiling**: plain ical-generator building the same calendar from events already in memory
(bench/ceilings/plain-ical-feed.ts), with the patched line folding (docs/patches). Each cell is the
median of ${REQUESTS} sequential requests per round, ${ROUNDS} alternating rounds: median (min–max); the
ratio is ceiling time ÷ app time (1.0 = as fast as the bare library). The last line runs autocannon
on /health (2 connections, 2 s) while the feed is rebuilt ${REQUESTS} times back to back and reports
its slowest answer. The CPU line is the app process's CPU time (from /proc) over ${CPU_REQUESTS} rebuilds,
request handling and database driver included, beside the CPU time of ${CPU_REQUESTS} plain builds. Load average at the end: ${loadAverages()}.

Machine: ${machine(await postgresVersion(db.pool))}.

${markdownTable(['Measure', 'App', 'Plain ical-generator', 'Ratio'], rows)}`,
      );
      return { rssMiB: app.rssMiB() };
    } finally {
      await app.stop();
    }
  } finally {
    await db.stop();
  }
}
