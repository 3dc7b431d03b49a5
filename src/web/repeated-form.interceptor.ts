import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { from, lastValueFrom, type Observable } from 'rxjs';
import type { DataSource } from 'typeorm';
import { joinRequestTransactions } from '../common/idempotency/request-transaction.js';
import { requestHash, runOnce, type IdempotencyClaim } from '../common/idempotency/run-once.js';
import { CSRF_COOKIE, FORM_ID_FIELD, SESSION_COOKIE, WebSession } from './web-session.js';

/** What a form's answer was, kept so that a repeat of the form gets the same answer. */
interface FormAnswer {
  status: number;
  location?: string;
  contentType?: string;
  setCookie?: string[];
  payload: string;
}

/**
 * A form's answer, held at Fastify's onSend until the work and its form id have committed: the
 * browser must not follow a redirect to a page whose row is not there yet, nor see success for
 * work that then failed to commit.
 */
class HeldAnswer {
  arrived = false;
  readonly sent: Promise<FormAnswer>;
  private arrive!: (answer: FormAnswer) => void;
  private readonly decided: Promise<boolean>;
  private decide!: (committed: boolean) => void;

  constructor() {
    this.sent = new Promise((resolve) => (this.arrive = resolve));
    this.decided = new Promise((resolve) => (this.decide = resolve));
  }

  /** Called by the onSend hook; resolves to whether the answer may go out. */
  hand(answer: FormAnswer): Promise<boolean> {
    this.arrived = true;
    this.arrive(answer);
    return this.decided;
  }

  settle(committed: boolean): void {
    this.decide(committed);
  }
}

const held = new WeakMap<FastifyRequest, HeldAnswer>();

/** Fastify onSend hook (registered in web-setup.ts) that lets a form's answer go only after its commit. */
export async function sendFormAnswerAfterCommit(
  request: FastifyRequest,
  reply: FastifyReply,
  payload: unknown,
): Promise<unknown> {
  const hold = held.get(request);
  if (!hold) return payload;
  held.delete(request);
  if (await hold.hand(snapshot(reply, payload))) return payload;
  // The work rolled back after the page was rendered: say so instead of showing a success.
  void reply.code(503).header('retry-after', '5').removeHeader('location').removeHeader('set-cookie');
  void reply.type('text/plain; charset=utf-8');
  return 'Satelliet kon dit even niet opslaan; er werd niets bewaard. Probeer het zo dadelijk opnieuw.';
}

/**
 * Every web form carries a form id (`_form`, a fresh random value per rendered form, see
 * WebSession.formFields). A POST with one runs once, like an API request with an Idempotency-Key
 * and through the same store (run-once.ts): the form id is claimed in the same transaction as the
 * work, and a repeat of the same form (a double click, or the browser sending it again after a
 * lost answer) gets the first answer back (the same redirect, or the same page) instead of making a
 * second sign-on or cost line. A form that came back with errors keeps nothing, so it can be sent
 * again. The id is scoped to the browser's CSRF cookie and session, so it never matches another
 * visitor's form.
 */
@Injectable()
export class RepeatedFormInterceptor implements NestInterceptor {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly session: WebSession,
  ) {
    joinRequestTransactions(dataSource);
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const formId = formIdOf(request);
    if (!formId) return next.handle();
    this.session.assertCsrf(request, request.body as Record<string, unknown>);
    const browser = `${request.cookies[CSRF_COOKIE]}\n${request.cookies[SESSION_COOKIE] ?? ''}`;
    const claim: IdempotencyClaim = {
      scope: `form:${createHash('sha256').update(browser).digest('hex')}`,
      key: formId,
      hash: requestHash(request.method, request.url, request.body),
    };
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    return from(this.run(claim, request, reply, () => lastValueFrom(next.handle(), { defaultValue: undefined })));
  }

  private async run(claim: IdempotencyClaim, request: FastifyRequest, reply: FastifyReply, handle: () => Promise<unknown>) {
    const hold = new HeldAnswer();
    held.set(request, hold);
    try {
      const outcome = await runOnce(
        this.dataSource,
        claim,
        async () => {
          const handled = handle();
          // The handler's promise settles only once its answer is out, which waits for this commit.
          handled.catch(() => undefined);
          const answer = await Promise.race([hold.sent, handled.then(() => undefined)]);
          return answer && answer.status < 400 ? { status: answer.status, body: answer } : undefined;
        },
        'Dit formulier werd al verstuurd met andere gegevens. Laad de pagina opnieuw en vul het formulier opnieuw in.',
      );
      held.delete(request);
      hold.settle(true);
      if (outcome.replayed) await replay(reply, outcome.answer.body as FormAnswer);
    } catch (error) {
      held.delete(request);
      hold.settle(false);
      // An answer already held becomes the 503 of sendFormAnswerAfterCommit; otherwise the page filter shows the error.
      if (!hold.arrived) throw error;
    }
  }
}

function formIdOf(request: FastifyRequest): string | undefined {
  if (request.method !== 'POST' || request.headers['idempotency-key'] !== undefined) return undefined;
  const body = request.body as Record<string, unknown> | undefined;
  const formId = body && typeof body === 'object' ? body[FORM_ID_FIELD] : undefined;
  return typeof formId === 'string' && /^[\w-]{16,64}$/.test(formId) ? formId : undefined;
}

function snapshot(reply: FastifyReply, payload: unknown): FormAnswer {
  const location = reply.getHeader('location');
  const contentType = reply.getHeader('content-type');
  const setCookie = reply.getHeader('set-cookie');
  return {
    status: reply.statusCode,
    location: typeof location === 'string' ? location : undefined,
    contentType: typeof contentType === 'string' ? contentType : undefined,
    setCookie: setCookie === undefined ? undefined : ([] as (string | number)[]).concat(setCookie).map(String),
    payload: typeof payload === 'string' ? payload : '',
  };
}

async function replay(reply: FastifyReply, answer: FormAnswer): Promise<void> {
  void reply.code(answer.status).header('idempotent-replayed', 'true');
  if (answer.location) void reply.header('location', answer.location);
  if (answer.contentType) void reply.header('content-type', answer.contentType);
  if (answer.setCookie) void reply.header('set-cookie', answer.setCookie);
  await reply.send(answer.payload);
}
