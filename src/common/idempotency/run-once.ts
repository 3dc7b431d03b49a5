import { createHash } from 'node:crypto';
import type { DataSource, QueryRunner } from 'typeorm';
import { defineProblems, ProblemException } from '../errors/problem.js';
import { sqlState } from '../errors/to-problem.js';
import { runWithin } from './request-transaction.js';

export const IdempotencyProblems = defineProblems({
  keyReused: { type: 'idempotency-key-reused', status: 422, title: 'Sleutel al gebruikt' },
  inProgress: { type: 'idempotency-in-progress', status: 409, title: 'Nog in behandeling' },
});

/** How long a retry waits for the first request with the same key to commit or roll back. */
const WAIT_FOR_FIRST_MS = 15_000;
/** A claim whose request hangs without a statement this long is rolled back by PostgreSQL, which frees the key. */
const HUNG_CLAIM_MS = 60_000;

/** Who sent the request, the key it came with, and a hash of the request, so a reused key is told apart. */
export interface IdempotencyClaim {
  scope: string;
  key: string;
  hash: string;
}

export interface StoredAnswer {
  status: number;
  body: unknown;
}

export type RunOnceOutcome = { replayed: true; answer: StoredAnswer } | { replayed: false; answer: StoredAnswer | undefined };

/**
 * Runs `work` at most once per claim, in one transaction with the claim: the key is inserted, the
 * work's own transactions become savepoints in it (see request-transaction.ts), and the answer is
 * stored before the one commit. A crash or error before that commit rolls everything back, the key
 * included, so a retry simply runs again. A retry that arrives while the first is still running
 * waits on the uncommitted key (PostgreSQL's unique index), then gets the stored answer; with a
 * different request behind the same key it gets 422.
 *
 * `work` returns the answer to keep, or undefined to keep none: its writes still commit, but the
 * key is let go, so a repeat runs again (a web form that came back with errors).
 */
export async function runOnce(
  dataSource: DataSource,
  claim: IdempotencyClaim,
  work: () => Promise<StoredAnswer | undefined>,
  reusedDetail = 'Deze Idempotency-Key werd al gebruikt voor een andere aanvraag. Gebruik een nieuwe sleutel.',
): Promise<RunOnceOutcome> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    await runner.query(`SELECT set_config('idle_in_transaction_session_timeout', $1, true)`, [`${HUNG_CLAIM_MS}ms`]);
    if (!(await claimed(runner, claim))) {
      await runner.rollbackTransaction();
      return { replayed: true, answer: await stored(runner, claim, reusedDetail) };
    }
    const answer = await runWithin(runner, work);
    if (answer) {
      await runner.query(`UPDATE idempotency_keys SET response_status = $3, response_body = $4 WHERE scope = $1 AND key = $2`, [
        claim.scope,
        claim.key,
        answer.status,
        JSON.stringify(answer.body ?? null),
      ]);
    } else {
      await runner.query(`DELETE FROM idempotency_keys WHERE scope = $1 AND key = $2`, [claim.scope, claim.key]);
    }
    await runner.commitTransaction();
    return { replayed: false, answer };
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
  }
}

/** True when this request holds the key; waits while another, uncommitted request holds it. */
async function claimed(runner: QueryRunner, claim: IdempotencyClaim): Promise<boolean> {
  await runner.query(`SELECT set_config('lock_timeout', $1, true)`, [`${WAIT_FOR_FIRST_MS}ms`]);
  try {
    const rows = (await runner.query(
      `INSERT INTO idempotency_keys (scope, key, request_hash) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1`,
      [claim.scope, claim.key, claim.hash],
    )) as unknown[];
    return rows.length > 0;
  } catch (error) {
    if (sqlState(error) !== '55P03') throw error;
    throw new ProblemException(
      IdempotencyProblems.inProgress,
      'Dezelfde aanvraag wordt nog verwerkt. Probeer het zo dadelijk opnieuw.',
    );
  } finally {
    await runner.query(`SELECT set_config('lock_timeout', '0', true)`).catch(() => undefined);
  }
}

async function stored(runner: QueryRunner, claim: IdempotencyClaim, reusedDetail: string): Promise<StoredAnswer> {
  const [row] = (await runner.query(
    `SELECT request_hash, response_status, response_body FROM idempotency_keys WHERE scope = $1 AND key = $2`,
    [claim.scope, claim.key],
  )) as { request_hash: string; response_status: number; response_body: unknown }[];
  if (row.request_hash !== claim.hash) throw new ProblemException(IdempotencyProblems.keyReused, reusedDetail);
  return { status: row.response_status, body: row.response_body };
}

/** The same method, address and body give the same hash; a key reused for another request is told apart by it. */
export function requestHash(method: string, url: string, body: unknown): string {
  return createHash('sha256')
    .update(`${method} ${url}\n${JSON.stringify(body ?? null)}`)
    .digest('hex');
}
