import { Injectable, SetMetadata, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { AppConfig } from '../config/app-config.js';
import { CommonProblems, ProblemException } from '../errors/problem.js';
import { PgRateLimitStore } from './pg-rate-limit.store.js';

const RATE_LIMIT_KEY = 'satelliet:rate-limit';

/** Limits the route per client address, in a named bucket shared by every route that names it. */
export const RateLimited = (bucket: string) => SetMetadata(RATE_LIMIT_KEY, bucket);

@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly store: PgRateLimitStore,
    private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const bucket = this.reflector.get<string | undefined>(RATE_LIMIT_KEY, context.getHandler());
    if (!bucket) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const { hits, secondsLeft } = await this.store.hit(`${bucket}:${request.ip}`, 60);
    if (hits > this.config.AUTH_RATE_LIMIT_PER_MINUTE) {
      throw new ProblemException(
        CommonProblems.tooManyRequests,
        `Te veel pogingen na elkaar. Probeer het over ${secondsLeft} seconden opnieuw.`,
        {},
        { 'retry-after': String(secondsLeft) },
      );
    }
    return true;
  }
}
