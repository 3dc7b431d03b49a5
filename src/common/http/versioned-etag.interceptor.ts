import { Injectable, SetMetadata, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
import { from, mergeMap, of, type Observable } from 'rxjs';
import type { DataSource } from 'typeorm';
import type { RequestWithUser } from '../../accounts/access.decorators.js';
import { readChangeVersion } from '../database/change-versions.js';
import { answeredNotModified, weakEtag } from './conditional-get.js';

const VERSION_SCOPE_KEY = 'satelliet:etag-version-scope';

/** The response changes only when the change version of `scope` does (see the change-versions migration). */
export const EtagFromVersion = (scope: string) => SetMetadata(VERSION_SCOPE_KEY, scope);

/**
 * Conditional GET for public lists that poll: the ETag comes from one primary-key lookup, before
 * the handler runs, so a 304 costs neither the query nor the serialisation.
 */
@Injectable()
export class VersionedEtagInterceptor implements NestInterceptor {
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
        return answeredNotModified(request, reply, etag) ? of(undefined) : next.handle();
      }),
    );
  }
}
