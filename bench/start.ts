/**
 * Start benchmark: `npm start` on an empty data folder (initdb, migrations, demo data) and again on
 * the same folder, timed until /health answers. The build is up to date beforehand, as it is on a
 * second start; prestart then only checks it.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startServerProcess } from './harness/app-process.js';
import { loadAverages, markdownTable, writeSection } from './harness/report.js';
import { alternate, formatSpread } from './harness/stats.js';

const ROUNDS = 3;

async function timedStart(dataDir: string): Promise<number> {
  const server = await startServerProcess({
    command: 'npm',
    args: ['start', '--silent'],
    env: { DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(await freePort()), LOG_LEVEL: 'warn' },
    readyPath: '/health',
  });
  await server.stop();
  return server.readyMs / 1000;
}

export async function benchStart(rssAfterLoads: Record<string, number>): Promise<void> {
  const folders: string[] = [];
  try {
    const runs = await alternate(ROUNDS, {
      empty: async () => {
        const folder = mkdtempSync(join(tmpdir(), 'satelliet-start-'));
        // The postgres user must be able to enter it (see README, Start it).
        chmodSync(folder, 0o755);
        folders.push(folder);
        return timedStart(folder);
      },
      second: () => timedStart(folders[folders.length - 1]),
    });
    const rss = Object.entries(rssAfterLoads).map(([after, mib]) => [`RSS after ${after}`, `${mib.toFixed(0)} MiB`, '< 250 MB']);
    writeSection(
      'start',
      `## Start and memory

\`npm start\` timed from spawn until GET /health answers, ${ROUNDS} alternating rounds: a fresh data
folder (initdb, migrations, demo data), then a second start on that folder. The build is up to date,
so prestart (src/cli/build-if-stale.cjs) only compares file times. RSS is the app process's resident
memory (VmRSS) right after each load benchmark. Load average at the end: ${loadAverages()}.

${markdownTable(
  ['Measure', 'Median (min–max)', 'Goal'],
  [
    ['Start on an empty data folder (s)', formatSpread(runs.empty, 1), '—'],
    ['Second start (s)', formatSpread(runs.second, 1), '< 3 s'],
    ...rss,
  ],
)}`,
    );
  } finally {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  }
}
