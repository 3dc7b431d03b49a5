import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../../src/common/database/embedded-postgres-server.js';
import { runMigrations } from '../../src/common/database/run-migrations.js';

export interface BenchDatabase {
  url: string;
  /** A small pool for filling and checking; the app under test brings its own. */
  pool: pg.Pool;
  /** Stops and starts the server on the same data (for settings that need a restart); same URL. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** A fresh embedded PostgreSQL under the OS temp folder, migrated, as the tests start theirs. */
export async function startBenchDatabase(): Promise<BenchDatabase> {
  const folder = mkdtempSync(join(tmpdir(), 'satelliet-bench-'));
  chmodSync(folder, 0o755);
  const dataDir = join(folder, 'pg');
  let server: EmbeddedPostgresHandle = await startEmbeddedPostgres({ dataDir, preferredPort: 0 });
  await runMigrations(server.url);
  const database: BenchDatabase = {
    url: server.url,
    pool: new pg.Pool({ connectionString: server.url, max: 4 }),
    restart: async () => {
      await database.pool.end();
      await server.stop();
      server = await startEmbeddedPostgres({ dataDir, preferredPort: server.port });
      database.pool = new pg.Pool({ connectionString: server.url, max: 4 });
    },
    stop: async () => {
      await database.pool.end();
      await server.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
  return database;
}
