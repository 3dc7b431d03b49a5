import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { map, type Observable } from 'rxjs';

/**
 * Weak ETag over the JSON a public list returns; a matching If-None-Match gets a bodyless 304.
 * Calendar apps and programme pages poll, and most polls find nothing new.
 */
@Injectable()
export class EtagInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    return next.handle().pipe(
      map((body: unknown) => {
        const etag = `W/"${createHash('sha1').update(JSON.stringify(body)).digest('base64url')}"`;
        void reply.header('etag', etag).header('cache-control', 'no-cache');
        if (request.headers['if-none-match'] === etag) {
          void reply.status(304);
          return undefined;
        }
        return body;
      }),
    );
  }
}
