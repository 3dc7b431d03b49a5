import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
import { from, lastValueFrom, type Observable } from 'rxjs';
import type { DataSource } from 'typeorm';
import type { RequestWithUser } from '../../accounts/access.decorators.js';
import { CommonProblems, ProblemException } from '../errors/problem.js';
import { joinRequestTransactions } from './request-transaction.js';
import { requestHash, runOnce, type IdempotencyClaim } from './run-once.js';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Every API write that carries an Idempotency-Key runs once (see run-once.ts): a retry with the
 * same key gets the first answer back, marked `idempotent-replayed: true`.
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
    const claim: IdempotencyClaim = {
      scope: request.user ? `user:${request.user.id}` : `anonymous:${request.ip}`,
      key,
      hash: requestHash(request.method, request.url, request.body),
    };
    return from(this.run(claim, reply, () => lastValueFrom(next.handle(), { defaultValue: undefined })));
  }

  private async run(claim: IdempotencyClaim, reply: FastifyReply, handle: () => Promise<unknown>): Promise<unknown> {
    const outcome = await runOnce(this.dataSource, claim, async () => {
      const body = await handle();
      return { status: reply.statusCode, body };
    });
    if (outcome.replayed) void reply.status(outcome.answer.status).header('idempotent-replayed', 'true');
    return outcome.answer?.body;
  }
}
