import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../../migrations/index.js';
import { postgresOptions } from './postgres-options.js';

/** Applies the committed migrations in order; each in its own transaction. */
export async function runMigrations(url: string): Promise<string[]> {
  const dataSource = new DataSource({ ...postgresOptions(url), migrations: MIGRATIONS, migrationsTransactionMode: 'each' });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations();
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}
