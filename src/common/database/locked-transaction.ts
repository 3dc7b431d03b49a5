import type { DataSource, EntityManager } from 'typeorm';

/**
 * A transaction whose row locks wait at most `lockTimeoutMs`; past that PostgreSQL raises
 * lock_not_available, which the error filter answers as 503 with Retry-After instead of a hang.
 */
export function lockingTransaction<T>(
  dataSource: DataSource,
  lockTimeoutMs: number,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  return dataSource.transaction(async (manager) => {
    await manager.query(`SELECT set_config('lock_timeout', $1, true)`, [`${Math.round(lockTimeoutMs)}ms`]);
    return work(manager);
  });
}
