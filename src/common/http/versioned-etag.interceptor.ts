import { Injectable, SetMetadata, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
import { from, map, mergeMap, of, type Observable } from 'rxjs';
import type { DataSource } from 'typeorm';
import type { RequestWithUser } from '../../accounts/access.decorators.js';
import { readChangeVersion } from '../database/change-versions.js';
import { answeredNotModified, weakEtag } from './conditional-get.js';

const VERSION_SCOPE_KEY = 'satelliet:etag-version-scope';

/** The response changes only when the change version of `scope` does (see the change-versions migration). */
export const EtagFromVersion = (scope: string) => SetMetadata(VERSION_SCOPE_KEY, scope);

/** Serialised bodies kept per ETag: a few programme pages and filters, a few MB at most. */
const CACHED_BODIES = 32;

/**
 * Conditional GET for public lists that poll: the ETag comes from one primary-key lookup, before
 * the handler runs, so a 304 costs neither the query nor the serialisation. A full answer for an
 * ETag already served is sent from memory; a new version gives new ETags, so nothing stale is
 * kept, and each replica reads the same counter.
 */
@Injectable()
export class VersionedEtagInterceptor implements NestInterceptor {
  private readonly bodies = new Map<string, string>();

  constructor(
    private readonly reflector: Reflector,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const scope = this.reflector.get<string>(VERSION_SCOPE_KEY, context.getHandler());
    const request = context.switchToHttp().getRequest<RequestWithUser>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    return from(readChangeVersion(this.dataSource.manager, scope)).pipe(
      mergeMap((version) => {
        // Staff see drafts and stream links: the role is part of what decides the body.
        const etag = weakEtag(scope, version, request.user?.role ?? 'public', request.url);
        if (answeredNotModified(request, reply, etag)) return of(undefined);
        void reply.type('application/json; charset=utf-8');
        const cached = this.bodies.get(etag);
        if (cached !== undefined) return of(cached);
        return next.handle().pipe(map((body: unknown) => this.remember(etag, JSON.stringify(body))));
      }),
    );
  }

  private remember(etag: string, body: string): string {
    if (this.bodies.size >= CACHED_BODIES) this.bodies.delete(this.bodies.keys().next().value as string);
    this.bodies.set(etag, body);
    return body;
  }
}
