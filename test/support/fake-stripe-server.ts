import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';

/**
 * Just enough of Stripe's API for the real `stripe` SDK: Checkout Sessions and Refunds, with
 * form-encoded bodies, idempotency keys and Stripe's error shape. Tests point the gateway at
 * `apiBase` and assert on `requests`.
 */
export type FormValue = string | FormValue[] | { [key: string]: FormValue };
export type FormBody = { [key: string]: FormValue };

export interface RecordedRequest {
  method: string;
  path: string;
  body: FormBody;
  idempotencyKey: string | undefined;
}

export interface StripeErrorBody {
  type: 'api_error' | 'invalid_request_error' | 'idempotency_error' | 'authentication_error' | 'rate_limit_error';
  message: string;
  code?: string;
  param?: string;
}

export type FakeSession = Record<string, unknown> & {
  id: string;
  status: string;
  payment_status: string;
  payment_intent: string;
};
export type FakeRefund = Record<string, unknown> & { id: string; amount: number; status: string; payment_intent: string };

interface Reply {
  status: number;
  body: unknown;
}

class StripeFailure extends Error {
  constructor(
    readonly status: number,
    readonly error: StripeErrorBody,
  ) {
    super(error.message);
  }
}

const MIN_SESSION_SECONDS = 30 * 60;
const MAX_SESSION_SECONDS = 24 * 60 * 60;

export class FakeStripeServer {
  readonly requests: RecordedRequest[] = [];
  readonly sessions = new Map<string, FakeSession>();
  readonly refunds = new Map<string, FakeRefund>();
  private readonly replies = new Map<string, { fingerprint: string; reply: Reply }>();
  private readonly injectedFailures: Reply[] = [];

  private constructor(
    private readonly server: Server,
    readonly apiBase: string,
  ) {}

  /** The app's settings that point its real Stripe SDK here; the payment worker is driven by the test. */
  appSettings(webhookSecret: string): Record<string, string> {
    return {
      STRIPE_SECRET_KEY: 'sk_test_satelliet',
      STRIPE_WEBHOOK_SECRET: webhookSecret,
      STRIPE_API_BASE: this.apiBase,
      PAYMENT_WORKER_POLL_MS: '0',
    };
  }

  static async start(): Promise<FakeStripeServer> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const fake = new FakeStripeServer(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    server.on('request', (request, response) => void fake.handle(request, response));
    return fake;
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve, reject) => this.server.close((error) => (error ? reject(error) : resolve())));
  }

  requestsTo(method: string, path: string): RecordedRequest[] {
    return this.requests.filter((request) => request.method === method && request.path === path);
  }

  /** The next `count` requests fail this way, as an outage would; they are not stored under their key. */
  failNextRequests(count: number, status: number, error: StripeErrorBody): void {
    for (let i = 0; i < count; i++) this.injectedFailures.push({ status, body: { error } });
  }

  /** What Stripe does when the satellite has paid: the session completes. */
  markSessionPaid(sessionId: string): FakeSession {
    const session = this.existingSession(sessionId);
    Object.assign(session, { status: 'complete', payment_status: 'paid' });
    return session;
  }

  settleRefund(refundId: string, status: 'succeeded' | 'failed'): FakeRefund {
    const refund = this.refunds.get(refundId);
    if (!refund) throw new Error(`no refund ${refundId}`);
    refund.status = status;
    return refund;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const raw = await readBody(request);
    const url = new URL(request.url ?? '/', this.apiBase);
    const method = request.method ?? 'GET';
    const idempotencyKey = headerOf(request, 'idempotency-key');
    this.requests.push({ method, path: url.pathname, body: parseStripeForm(raw), idempotencyKey });

    const injected = this.injectedFailures.shift();
    if (injected) return send(response, injected);
    const stored = idempotencyKey ? this.replies.get(idempotencyKey) : undefined;
    const fingerprint = `${method} ${url.pathname} ${raw}`;
    if (stored && stored.fingerprint !== fingerprint) {
      return send(
        response,
        failure(
          400,
          'idempotency_error',
          'Keys for idempotent requests can only be used with the same parameters they were first used with.',
        ),
      );
    }
    if (stored) return send(response, stored.reply, { 'idempotent-replayed': 'true' });

    const reply = this.answer(method, url.pathname, parseStripeForm(raw), headerOf(request, 'authorization'));
    if (idempotencyKey && method === 'POST') this.replies.set(idempotencyKey, { fingerprint, reply });
    send(response, reply);
  }

  private answer(method: string, path: string, body: FormBody, authorization: string | undefined): Reply {
    try {
      if (!/^Bearer sk_test_\w+$/.test(authorization ?? '')) {
        throw new StripeFailure(401, { type: 'authentication_error', message: 'Invalid API Key provided.' });
      }
      const [, collection, id, action] = /^\/v1\/(checkout\/sessions|refunds)(?:\/([\w-]+))?(?:\/(\w+))?$/.exec(path) ?? [];
      const route = `${method} ${collection ?? path}${id ? '/:id' : ''}${action ? `/${action}` : ''}`;
      switch (route) {
        case 'POST checkout/sessions':
          return { status: 200, body: this.createSession(body) };
        case 'GET checkout/sessions/:id':
          return { status: 200, body: this.existingSession(id) };
        case 'POST checkout/sessions/:id/expire':
          return { status: 200, body: this.expireSession(id) };
        case 'POST refunds':
          return { status: 200, body: this.createRefund(body) };
        case 'GET refunds/:id':
          return { status: 200, body: this.refunds.get(id) ?? missing('refund', id) };
        default:
          return failure(404, 'invalid_request_error', `Unrecognized request URL (${method}: ${path}).`);
      }
    } catch (error) {
      if (error instanceof StripeFailure) return { status: error.status, body: { error: error.error } };
      throw error;
    }
  }

  private createSession(body: FormBody): FakeSession {
    if (text(body, 'mode') !== 'payment') invalid('mode', 'Missing required param: mode.');
    const lines = body.line_items;
    if (!Array.isArray(lines) || lines.length === 0) invalid('line_items', 'Missing required param: line_items.');
    const amountTotal = lines.reduce<number>((sum, _line, i) => {
      const unitAmount = integer(body, 'line_items', i, 'price_data', 'unit_amount');
      const quantity = text(body, 'line_items', i, 'quantity') ? integer(body, 'line_items', i, 'quantity') : 1;
      return sum + unitAmount * quantity;
    }, 0);
    const now = Math.floor(Date.now() / 1000);
    const expiresAt = text(body, 'expires_at') ? integer(body, 'expires_at') : now + MAX_SESSION_SECONDS;
    if (expiresAt < now + MIN_SESSION_SECONDS || expiresAt > now + MAX_SESSION_SECONDS) {
      invalid(
        'expires_at',
        'The `expires_at` timestamp must be between 30 minutes and 24 hours after Checkout Session creation.',
      );
    }
    const id = stripeId('cs_test');
    const session: FakeSession = {
      id,
      object: 'checkout.session',
      livemode: false,
      mode: 'payment',
      status: 'open',
      payment_status: 'unpaid',
      url: `https://checkout.stripe.test/c/pay/${id}`,
      amount_subtotal: amountTotal,
      amount_total: amountTotal,
      currency: text(body, 'line_items', 0, 'price_data', 'currency') ?? null,
      allowed_payment_method_types: body.allowed_payment_method_types ?? null,
      customer_email: text(body, 'customer_email') ?? null,
      client_reference_id: text(body, 'client_reference_id') ?? null,
      success_url: text(body, 'success_url') ?? null,
      cancel_url: text(body, 'cancel_url') ?? null,
      metadata: body.metadata ?? {},
      payment_intent: stripeId('pi_test'),
      created: now,
      expires_at: expiresAt,
    };
    this.sessions.set(id, session);
    return session;
  }

  private expireSession(id: string): FakeSession {
    const session = this.existingSession(id);
    if (session.status !== 'open') invalid(undefined, 'Only Checkout Sessions with a status of `open` can be expired.');
    session.status = 'expired';
    return session;
  }

  private createRefund(body: FormBody): FakeRefund {
    const paymentIntent = text(body, 'payment_intent');
    if (!paymentIntent) invalid('payment_intent', 'Missing required param: payment_intent.');
    const session = [...this.sessions.values()].find((candidate) => candidate.payment_intent === paymentIntent);
    if (!session) missing('payment_intent', paymentIntent);
    if (session.payment_status !== 'paid') {
      invalid('payment_intent', 'This PaymentIntent does not have a successful charge to refund.', 'charge_not_refundable');
    }
    const alreadyRefunded = [...this.refunds.values()]
      .filter((refund) => refund.payment_intent === paymentIntent && refund.status !== 'failed')
      .reduce((sum, refund) => sum + refund.amount, 0);
    const refundable = Number(session.amount_total) - alreadyRefunded;
    const amount = text(body, 'amount') ? integer(body, 'amount') : refundable;
    if (amount <= 0 || amount > refundable) {
      invalid(
        'amount',
        `Refund amount (${amount}) is greater than unrefunded amount on charge (${refundable}).`,
        'amount_too_large',
      );
    }
    const refund: FakeRefund = {
      id: stripeId('re_test'),
      object: 'refund',
      amount,
      currency: 'eur',
      payment_intent: paymentIntent,
      status: 'pending',
      metadata: body.metadata ?? {},
      created: Math.floor(Date.now() / 1000),
    };
    this.refunds.set(refund.id, refund);
    return refund;
  }

  private existingSession(id: string): FakeSession {
    return this.sessions.get(id) ?? missing('checkout.session', id);
  }
}

export interface WebhookDelivery {
  /** The exact body Stripe would POST; sign and send it unchanged. */
  payload: string;
  /** The `Stripe-Signature` header value. */
  header: string;
  event: { id: string; type: string; data: { object: unknown } };
}

/** A webhook delivery signed with the SDK's own test helper, as `stripe listen` would forward it. */
export function signedWebhookDelivery(options: {
  type: string;
  object: unknown;
  secret: string;
  eventId?: string;
  /** Unix seconds; defaults to now. */
  timestamp?: number;
}): WebhookDelivery {
  const event = {
    id: options.eventId ?? stripeId('evt_test'),
    object: 'event',
    api_version: Stripe.API_VERSION,
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type: options.type,
    data: { object: options.object },
  };
  const payload = JSON.stringify(event);
  const header = Stripe.webhooks.generateTestHeaderString({ payload, secret: options.secret, timestamp: options.timestamp });
  return { payload, header, event };
}

/** Stripe's form encoding: `a[b][0][c]=v` becomes `{a: {b: [{c: 'v'}]}}`; values stay strings. */
export function parseStripeForm(raw: string): FormBody {
  const root: FormBody = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    const [head, ...rest] = key.replace(/\]/g, '').split('[');
    let container: FormValue = root;
    const path = [head, ...rest];
    path.forEach((segment, i) => {
      const slots = container as Record<string, FormValue>;
      if (i === path.length - 1) {
        slots[segment] = value;
        return;
      }
      slots[segment] ??= /^\d+$/.test(path[i + 1]) ? [] : {};
      container = slots[segment];
    });
  }
  return root;
}

function text(body: FormBody, ...path: (string | number)[]): string | undefined {
  let value: FormValue | undefined = body;
  for (const segment of path) value = typeof value === 'object' ? (value as Record<string, FormValue>)[segment] : undefined;
  return typeof value === 'string' ? value : undefined;
}

function integer(body: FormBody, ...path: (string | number)[]): number {
  const value = text(body, ...path);
  const param = path.map((segment, i) => (i === 0 ? segment : `[${segment}]`)).join('');
  if (value === undefined) return invalid(param, `Missing required param: ${param}.`, 'parameter_missing');
  if (!/^-?\d+$/.test(value)) invalid(param, `Invalid integer: ${value}`, 'parameter_invalid_integer');
  return Number(value);
}

function invalid(param: string | undefined, message: string, code?: string): never {
  throw new StripeFailure(400, { type: 'invalid_request_error', message, param, code });
}

function missing(kind: string, id: string | undefined): never {
  throw new StripeFailure(404, { type: 'invalid_request_error', code: 'resource_missing', message: `No such ${kind}: '${id}'` });
}

function failure(status: number, type: StripeErrorBody['type'], message: string): Reply {
  return { status, body: { error: { type, message } } };
}

function stripeId(prefix: string): string {
  return `${prefix}_${randomBytes(12).toString('hex')}`;
}

function headerOf(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(response: ServerResponse, reply: Reply, headers: Record<string, string> = {}): void {
  response.writeHead(reply.status, { 'content-type': 'application/json', 'request-id': stripeId('req'), ...headers });
  response.end(JSON.stringify(reply.body));
}
