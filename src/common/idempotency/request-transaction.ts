import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, QueryRunner } from 'typeorm';

const ambient = new AsyncLocalStorage<QueryRunner>();
const joined = new WeakSet<DataSource>();

/**
 * Makes every query and transaction of `dataSource` that runs inside `runWithin` use that
 * request's one connection and transaction: a service's own `dataSource.transaction()` becomes a
 * savepoint in it, and its reads see its own writes. Services need not know; the idempotency
 * claim, the work and the stored answer then commit or roll back together.
 */
export function joinRequestTransactions(dataSource: DataSource): void {
  if (joined.has(dataSource)) return;
  joined.add(dataSource);
  const createQueryRunner = dataSource.createQueryRunner.bind(dataSource);
  dataSource.createQueryRunner = (mode) => {
    const runner = ambient.getStore();
    return runner ? borrowed(runner) : createQueryRunner(mode);
  };
}

/** Runs `work` with `runner` (connected, in a transaction) as the ambient connection. */
export function runWithin<T>(runner: QueryRunner, work: () => T): T {
  return ambient.run(runner, work);
}

/** The request's runner, lent out: whoever borrows it may not give its connection back to the pool. */
function borrowed(runner: QueryRunner): QueryRunner {
  return new Proxy(runner, {
    get: (target, property, receiver) =>
      property === 'release' ? () => Promise.resolve() : (Reflect.get(target, property, receiver) as unknown),
  });
}
