import type { FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';

/** A weak ETag over the parts that decide a response: versions, the URL, who asks. */
export function weakEtag(...parts: string[]): string {
  return `W/"${createHash('sha1').update(parts.join('\n')).digest('base64url')}"`;
}

/**
 * Sends the ETag, and answers 304 when the client already holds it. Clients must revalidate
 * (no-cache), so a change shows up on the next poll.
 */
export function answeredNotModified(request: FastifyRequest, reply: FastifyReply, etag: string): boolean {
  void reply.header('etag', etag).header('cache-control', 'no-cache').header('vary', 'authorization');
  const held = request.headers['if-none-match'];
  if (!held || !held.split(',').some((tag) => tag.trim() === etag)) return false;
  void reply.status(304);
  return true;
}
