import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../src/common/database/embedded-postgres-server.js';
import { runMigrations } from '../../src/common/database/run-migrations.js';

export interface BenchDatabase {
  url: string;
  /** A small pool for filling and checking; the app under test brings its own. */
  pool: pg.Pool;
  stop(): Promise<void>;
}

/** A fresh embedded PostgreSQL under the OS temp folder, migrated, as the tests start theirs. */
export async function startBenchDatabase(): Promise<BenchDatabase> {
  const folder = mkdtempSync(join(tmpdir(), 'satelliet-bench-'));
  chmodSync(folder, 0o755);
  const server = await startEmbeddedPostgres({ dataDir: join(folder, 'pg'), preferredPort: 0 });
  await runMigrations(server.url);
  const pool = new pg.Pool({ connectionString: server.url, max: 4 });
  return {
    url: server.url,
    pool,
    stop: async () => {
      await pool.end();
      await server.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
