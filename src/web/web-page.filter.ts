import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CommonProblems } from '../common/errors/problem.js';
import { toProblem } from '../common/errors/to-problem.js';

/** Web pages answer errors with an HTML page in the site's layout, never with problem+json. */
@Catch()
export class WebPageFilter implements ExceptionFilter {
  async catch(error: unknown, host: ArgumentsHost): Promise<void> {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const problem = toProblem(error, request.url);
    if (problem.unexpected) request.log.error({ err: error }, 'Onverwachte fout op een webpagina');
    if (problem.body.type === CommonProblems.unauthenticated.type && request.method === 'GET') {
      return void reply.redirect(`/aanmelden?terug=${encodeURIComponent(request.url)}`, 303);
    }
    // No route matched: the visitor typed or followed a wrong address, so say that in their words.
    const noSuchPage = problem.body.type === CommonProblems.notFound.type;
    await reply
      .status(problem.body.status)
      .headers(problem.headers)
      .view('error', {
        title: noSuchPage ? 'Deze pagina bestaat niet' : problem.body.title,
        detail: noSuchPage
          ? 'Misschien is het adres verkeerd getypt, of is de pagina verhuisd. Via het programma vindt u alle voorstellingen.'
          : problem.body.detail,
        requestId: String(request.id),
        user: null,
        path: request.url,
      });
  }
}
