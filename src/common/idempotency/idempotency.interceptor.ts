import { Injectable, SetMetadata, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
import { createHash } from 'node:crypto';
import { catchError, from, mergeMap, of, throwError, type Observable } from 'rxjs';
import type { DataSource } from 'typeorm';
import type { RequestWithUser } from '../../accounts/access.decorators.js';
import { CommonProblems, defineProblems, ProblemException } from '../errors/problem.js';

const IDEMPOTENT_KEY = 'satelliet:idempotent';

/** Marks a POST that creates something: it honours the Idempotency-Key header. */
export const Idempotent = () => SetMetadata(IDEMPOTENT_KEY, true);

export const IdempotencyProblems = defineProblems({
  keyReused: { type: 'idempotency-key-reused', status: 422, title: 'Sleutel al gebruikt' },
  inProgress: { type: 'idempotency-in-progress', status: 409, title: 'Nog in behandeling' },
});

/** How long a retry waits for the first request with the same key to finish. */
const WAIT_FOR_FIRST_MS = 15_000;

/**
 * The first request with a key claims it with an INSERT … ON CONFLICT DO NOTHING, so exactly one
 * request runs even when many arrive at once. Its successful response is stored; retries with the
 * same body get that response back, with a different body a 422. A failed first request releases
 * the key, so a retry runs again and gets its own (usually the same) answer.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<RequestWithUser>();
    const key = request.headers['idempotency-key'];
    if (!this.reflector.get<boolean>(IDEMPOTENT_KEY, context.getHandler()) || typeof key !== 'string') return next.handle();
    if (!/^[\w-]{1,200}$/.test(key)) {
      throw new ProblemException(CommonProblems.validation, 'De Idempotency-Key mag enkel letters, cijfers, - en _ bevatten.', {
        errors: [{ field: 'Idempotency-Key', message: 'heeft niet de juiste vorm' }],
      });
    }
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const scope = request.user ? `user:${request.user.id}` : `anonymous:${request.ip}`;
    const hash = createHash('sha256')
      .update(`${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`)
      .digest('hex');

    return from(this.claim(scope, key, hash)).pipe(
      mergeMap((stored) => {
        if (stored) {
          void reply.status(stored.status).header('idempotent-replayed', 'true');
          return of(stored.body);
        }
        return next.handle().pipe(
          mergeMap((body: unknown) => from(this.complete(scope, key, reply.statusCode, body)).pipe(mergeMap(() => of(body)))),
          catchError((error: unknown) => from(this.release(scope, key)).pipe(mergeMap(() => throwError(() => error)))),
        );
      }),
    );
  }

  /** Undefined when this request claimed the key; the stored response when an earlier one did. */
  private async claim(scope: string, key: string, hash: string): Promise<{ status: number; body: unknown } | undefined> {
    const claimed: unknown[] = await this.dataSource.query(
      `INSERT INTO idempotency_keys (scope, key, request_hash) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1`,
      [scope, key, hash],
    );
    if (claimed.length > 0) return undefined;
    for (let waited = 0; ; waited += 50) {
      const rows: { request_hash: string; response_status: number | null; response_body: unknown }[] =
        await this.dataSource.query(
          `SELECT request_hash, response_status, response_body FROM idempotency_keys WHERE scope = $1 AND key = $2`,
          [scope, key],
        );
      const row = rows[0];
      if (!row) return this.claim(scope, key, hash);
      if (row.request_hash !== hash) {
        throw new ProblemException(
          IdempotencyProblems.keyReused,
          'Deze Idempotency-Key werd al gebruikt voor een andere aanvraag. Gebruik een nieuwe sleutel.',
        );
      }
      if (row.response_status !== null) return { status: row.response_status, body: row.response_body };
      if (waited >= WAIT_FOR_FIRST_MS) {
        throw new ProblemException(
          IdempotencyProblems.inProgress,
          'Dezelfde aanvraag wordt nog verwerkt. Probeer het zo dadelijk opnieuw.',
        );
      }
      await new Promise((done) => setTimeout(done, 50));
    }
  }

  private async complete(scope: string, key: string, status: number, body: unknown): Promise<void> {
    await this.dataSource.query(
      `UPDATE idempotency_keys SET response_status = $3, response_body = $4 WHERE scope = $1 AND key = $2`,
      [scope, key, status, JSON.stringify(body ?? null)],
    );
  }

  private async release(scope: string, key: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM idempotency_keys WHERE scope = $1 AND key = $2 AND response_status IS NULL`, [
      scope,
      key,
    ]);
  }
}
