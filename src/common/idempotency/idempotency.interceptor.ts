import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
import { createHash } from 'node:crypto';
import { Observable, lastValueFrom } from 'rxjs';
import type { DataSource, QueryRunner } from 'typeorm';
import type { RequestWithUser } from '../../accounts/access.decorators.js';
import { CommonProblems, defineProblems, ProblemException } from '../errors/problem.js';
import { sqlState } from '../errors/to-problem.js';
import { joinRequestTransactions, runWithin } from './request-transaction.js';

export const IdempotencyProblems = defineProblems({
  keyReused: { type: 'idempotency-key-reused', status: 422, title: 'Sleutel al gebruikt' },
  inProgress: { type: 'idempotency-in-progress', status: 409, title: 'Nog in behandeling' },
});

/** How long a retry waits for the first request with the same key to commit or roll back. */
const WAIT_FOR_FIRST_MS = 15_000;
/** A claim whose request hangs without a statement this long is rolled back by PostgreSQL, which frees the key. */
const HUNG_CLAIM_MS = 60_000;

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

interface StoredAnswer {
  status: number;
  body: unknown;
}

/**
 * Every API write that carries an Idempotency-Key runs in one transaction with its claim: the
 * key is inserted, the handler's own transactions become savepoints in it (see
 * request-transaction.ts), and the answer is stored before the one commit. A crash or error before
 * that commit rolls everything back, the key included, so a retry simply runs again. A retry that
 * arrives while the first is still running waits on the uncommitted key (PostgreSQL's unique
 * index), then replays the stored answer; with a different request behind the same key it gets 422.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    joinRequestTransactions(dataSource);
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<RequestWithUser>();
    const key = request.headers['idempotency-key'];
    if (!WRITE_METHODS.has(request.method) || typeof key !== 'string') return next.handle();
    if (!/^[\w-]{1,200}$/.test(key)) {
      throw new ProblemException(CommonProblems.validation, 'De Idempotency-Key mag enkel letters, cijfers, - en _ bevatten.', {
        errors: [{ field: 'Idempotency-Key', message: 'heeft niet de juiste vorm' }],
      });
    }
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const claim = {
      scope: request.user ? `user:${request.user.id}` : `anonymous:${request.ip}`,
      key,
      hash: createHash('sha256')
        .update(`${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`)
        .digest('hex'),
    };
    return new Observable((subscriber) => {
      this.run(claim, reply, () => lastValueFrom(next.handle(), { defaultValue: undefined })).then(
        (body) => {
          subscriber.next(body);
          subscriber.complete();
        },
        (error: unknown) => subscriber.error(error),
      );
    });
  }

  private async run(
    claim: { scope: string; key: string; hash: string },
    reply: FastifyReply,
    handle: () => Promise<unknown>,
  ): Promise<unknown> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await runner.query(`SELECT set_config('idle_in_transaction_session_timeout', $1, true)`, [`${HUNG_CLAIM_MS}ms`]);
      if (!(await this.claimed(runner, claim))) {
        await runner.rollbackTransaction();
        const stored = await this.stored(runner, claim);
        void reply.status(stored.status).header('idempotent-replayed', 'true');
        return stored.body;
      }
      const body = await runWithin(runner, handle);
      await runner.query(`UPDATE idempotency_keys SET response_status = $3, response_body = $4 WHERE scope = $1 AND key = $2`, [
        claim.scope,
        claim.key,
        reply.statusCode,
        JSON.stringify(body ?? null),
      ]);
      await runner.commitTransaction();
      return body;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }

  /** True when this request holds the key; waits while another, uncommitted request holds it. */
  private async claimed(runner: QueryRunner, claim: { scope: string; key: string; hash: string }): Promise<boolean> {
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

  private async stored(runner: QueryRunner, claim: { scope: string; key: string; hash: string }): Promise<StoredAnswer> {
    const [row] = (await runner.query(
      `SELECT request_hash, response_status, response_body FROM idempotency_keys WHERE scope = $1 AND key = $2`,
      [claim.scope, claim.key],
    )) as { request_hash: string; response_status: number; response_body: unknown }[];
    if (row.request_hash !== claim.hash) {
      throw new ProblemException(
        IdempotencyProblems.keyReused,
        'Deze Idempotency-Key werd al gebruikt voor een andere aanvraag. Gebruik een nieuwe sleutel.',
      );
    }
    return { status: row.response_status, body: row.response_body };
  }
}
