import type { DataSource } from 'typeorm';

/**
 * Bookkeeping that a refused request may legitimately touch: the login rate-limit counters
 * and the migrations list. Everything else a 4xx must leave exactly as it was.
 */
const IGNORED_TABLES = /^(migrations|typeorm_metadata|rate_limit.*)$/;

/** A fingerprint of every row of every data table: equal snapshots mean nothing was written. */
export async function snapshotData(dataSource: DataSource): Promise<Record<string, string>> {
  const tables: { name: string }[] = await dataSource.query(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const snapshot: Record<string, string> = {};
  for (const { name } of tables.filter((table) => !IGNORED_TABLES.test(table.name))) {
    const [row] = await dataSource.query(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM "${name}" t`,
    );
    snapshot[name] = `${row.rows} rows, ${row.digest}`;
  }
  return snapshot;
}
