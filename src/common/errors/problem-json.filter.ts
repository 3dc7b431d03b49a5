import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { toProblem } from './to-problem.js';

export const PROBLEM_JSON = 'application/problem+json; charset=utf-8';

/** Every error leaves the API as RFC 9457 problem+json; unexpected ones are logged with the request id. */
@Catch()
export class ProblemJsonFilter implements ExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    sendProblem(error, http.getRequest<FastifyRequest>(), http.getResponse<FastifyReply>());
  }
}

export function sendProblem(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
  const requestId = String(request.id);
  const problem = toProblem(error, request.url);
  if (problem.unexpected) {
    // The request-bound logger carries the request id, so the log line and the 500 can be matched.
    request.log.error({ err: error }, 'Onverwachte fout');
  }
  void reply
    .status(problem.body.status)
    .headers({ ...problem.headers, 'content-type': PROBLEM_JSON, 'x-request-id': requestId })
    .send(JSON.stringify({ ...problem.body, requestId }));
}
