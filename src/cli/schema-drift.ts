import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { startEmbeddedPostgres } from '../common/database/embedded-postgres-server.js';
import { runMigrations } from '../common/database/run-migrations.js';
import { postgresOptions } from '../common/database/postgres-options.js';

export interface SchemaDrift {
  up: string[];
  down: string[];
}

/**
 * Runs every committed migration on a throw-away PostgreSQL and asks TypeORM what it would
 * still change to match the entities. Empty means entities and migrations agree.
 */
export async function measureSchemaDrift(): Promise<SchemaDrift> {
  const dataDir = mkdtempSync(join(tmpdir(), 'satelliet-drift-'));
  chmodSync(dataDir, 0o755);
  const server = await startEmbeddedPostgres({ dataDir: join(dataDir, 'pg'), preferredPort: 0 , throwaway: true });
  try {
    await runMigrations(server.url);
    const dataSource = new DataSource({
      ...postgresOptions(server.url),
      entities: [resolve(__dirname, '../**/*.entity.js')],
    });
    await dataSource.initialize();
    try {
      const log = await dataSource.driver.createSchemaBuilder().log();
      return {
        up: log.upQueries.map((query) => query.query),
        down: log.downQueries.map((query) => query.query).reverse(),
      };
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
