import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ProblemJsonFilter } from '../common/errors/problem-json.filter.js';
import { WebPageFilter } from './web-page.filter.js';

/** Machines' addresses: they always get problem+json, whatever they accept. */
const MACHINE_PATHS = /^\/(api|calendar|health|static)(\/|$)/;

/** A browser asking for a page (a mistyped address, say) rather than a program calling the API. */
export function wantsPage(request: Pick<FastifyRequest, 'url' | 'headers'>): boolean {
  const path = request.url.split('?')[0];
  return !MACHINE_PATHS.test(path) && (request.headers.accept ?? '').includes('text/html');
}

/**
 * The app-wide filter. Errors outside the page controllers (no such route, or a crash before a
 * controller ran) reach a browser as the Dutch error page in the site's layout; the API keeps
 * problem+json.
 */
@Catch()
export class PageOrProblemFilter implements ExceptionFilter {
  private readonly pages = new WebPageFilter();
  private readonly problems = new ProblemJsonFilter();

  async catch(error: unknown, host: ArgumentsHost): Promise<void> {
    if (wantsPage(host.switchToHttp().getRequest<FastifyRequest>())) return this.pages.catch(error, host);
    this.problems.catch(error, host);
  }
}
