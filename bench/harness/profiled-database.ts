import type { BenchDatabase } from './bench-database.js';

export interface StatementProfile {
  query: string;
  calls: number;
  meanMs: number;
}

/**
 * Turns on pg_stat_statements (it must be preloaded, so the server restarts once). Then
 * `statementsSince()` lists what ran since the last `resetStatements()`, most called first.
 */
export async function enableStatementProfile(db: BenchDatabase): Promise<void> {
  await db.pool.query(`ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'`);
  await db.restart();
  await db.pool.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
}

export async function resetStatements(db: BenchDatabase): Promise<void> {
  await db.pool.query('SELECT pg_stat_statements_reset()');
}

export async function statementsSince(db: BenchDatabase, minimumCalls: number): Promise<StatementProfile[]> {
  const { rows } = await db.pool.query<{ query: string; calls: string; mean_exec_time: number }>(
    `SELECT query, calls, mean_exec_time FROM pg_stat_statements
      WHERE calls >= $1 AND query NOT LIKE '%pg_stat_statements%' ORDER BY calls DESC, query`,
    [minimumCalls],
  );
  return rows.map((row) => ({
    query: row.query.replace(/\s+/g, ' ').trim(),
    calls: Number(row.calls),
    meanMs: row.mean_exec_time,
  }));
}
