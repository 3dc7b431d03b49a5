import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { EmbeddedDatabaseError, startEmbeddedPostgres } from '../src/common/database/embedded-postgres-server.js';
import { runMigrations } from '../src/common/database/run-migrations.js';
import { seedDemoData } from '../src/demo/seed-demo-data.js';

const scratch = () => {
  const folder = mkdtempSync(join(tmpdir(), 'satelliet-embedded-'));
  chmodSync(folder, 0o755);
  return folder;
};

const countRows = async (url: string, table: string) => {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
  } finally {
    await client.end();
  }
};

describe('ingebouwde PostgreSQL', () => {
  it('herstelt na een run die hard werd afgebroken (SIGKILL), en de demodata laadt maar één keer', async () => {
    const folder = scratch();
    const dataDir = join(folder, 'pg');
    try {
      // A child process starts the server and loads the demo data, then dies without cleaning up.
      const child = spawn(
        process.execPath,
        [
          '-e',
          `const { startEmbeddedPostgres } = require('./dist/src/common/database/embedded-postgres-server.js');
           const { runMigrations } = require('./dist/src/common/database/run-migrations.js');
           const { seedDemoData } = require('./dist/src/demo/seed-demo-data.js');
           startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)}, preferredPort: 0 })
             .then(async (db) => { await runMigrations(db.url); await seedDemoData(db.url); process.stdout.write('ready\\n'); });`,
        ],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      );
      await new Promise<void>((ready) =>
        child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && ready()),
      );
      child.kill('SIGKILL');
      await new Promise((exited) => child.on('exit', exited));
      expect(existsSync(join(dataDir, 'postmaster.pid'))).toBe(true);

      const lines: string[] = [];
      const server = await startEmbeddedPostgres({ dataDir, preferredPort: 0, log: (line) => lines.push(line) });
      try {
        expect(lines.join('\n')).toMatch(/vorige run/);
        expect(await runMigrations(server.url)).toEqual([]);
        const events = await countRows(server.url, 'events');
        expect(events).toBeGreaterThan(0);
        expect(await seedDemoData(server.url)).toBe(0);
        expect(await countRows(server.url, 'events')).toBe(events);
        expect(await countRows(server.url, 'users')).toBe(4);
      } finally {
        await server.stop();
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('kiest een vrije poort als de gewenste bezet is', async () => {
    const folder = scratch();
    const blocker: Server = createServer();
    await new Promise<void>((listening) => blocker.listen(0, '127.0.0.1', listening));
    const busyPort = (blocker.address() as { port: number }).port;
    try {
      const server = await startEmbeddedPostgres({ dataDir: join(folder, 'pg'), preferredPort: busyPort });
      try {
        expect(server.port).not.toBe(busyPort);
        expect(await countRows(server.url, 'pg_database')).toBeGreaterThan(0);
      } finally {
        await server.stop();
      }
    } finally {
      blocker.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('zegt duidelijk welke map PostgreSQL niet kan openen', async () => {
    if (process.getuid?.() !== 0) return; // Only root runs PostgreSQL as another user.
    const folder = scratch();
    const closed = join(folder, 'gesloten');
    mkdirSync(closed, { mode: 0o700 });
    try {
      await expect(startEmbeddedPostgres({ dataDir: join(closed, 'pg'), preferredPort: 0 })).rejects.toThrow(
        EmbeddedDatabaseError,
      );
      await expect(startEmbeddedPostgres({ dataDir: join(closed, 'pg'), preferredPort: 0 })).rejects.toThrow(
        /gesloten.*niet openen/,
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
