import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, ConfigError, loadAppConfig } from '../src/common/config/app-config.js';
import { AppConfigModule } from '../src/common/config/app-config.module.js';
import { ProblemException } from '../src/common/errors/problem.js';
import { checkoutSessionExpiry } from '../src/payments/stripe/checkout-rules.js';
import { StripeGateway, type CheckoutRequest } from '../src/payments/stripe/stripe-gateway.js';
import { createStripeGateway, STRIPE_GATEWAY, StripeModule } from '../src/payments/stripe/stripe-gateway.provider.js';
import { StripeProblems } from '../src/payments/stripe/stripe.errors.js';
import { FakeStripeServer, signedWebhookDelivery } from './support/fake-stripe-server.js';

const WEBHOOK_SECRET = 'whsec_test_satelliet';
const SIGN_ON_ID = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

let fake: FakeStripeServer;
let gateway: StripeGateway;

beforeAll(async () => {
  Logger.overrideLogger(false);
  fake = await FakeStripeServer.start();
  const config = loadAppConfig({
    STRIPE_SECRET_KEY: 'sk_test_satelliet',
    STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    STRIPE_API_BASE: fake.apiBase,
  });
  gateway = createStripeGateway(config)!;
});

afterAll(() => fake.stop());

function checkout(overrides: Partial<CheckoutRequest> = {}): CheckoutRequest {
  return {
    signOnId: SIGN_ON_ID,
    amountCents: 9500,
    vatRatePercent: 6,
    description: 'Old Time Favourites, 13 maart 2023',
    customerEmail: 'onthaal@wzc-zonnebloem.example',
    successUrl: 'http://localhost:3000/mijn/intekeningen?betaald=1',
    cancelUrl: 'http://localhost:3000/mijn/intekeningen',
    expiresAt: checkoutSessionExpiry(new Date(Date.now() + 30 * 60_000), new Date()),
    ...overrides,
  };
}

const problemOf = (kind: (typeof StripeProblems)[keyof typeof StripeProblems]) =>
  expect.objectContaining({ constructor: ProblemException, kind });

function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('Stripe Checkout via de echte SDK', () => {
  it('vraagt het bedrag incl. btw tot op de cent aan, met een idempotentiesleutel per intekening', async () => {
    const signOnId = 'b0a3c1de-0001-4000-8000-000000000001';
    const request = checkout({ signOnId });
    const created = await gateway.createCheckoutSession(request);

    expect(created).toMatchObject({
      sessionId: expect.stringMatching(/^cs_test_/),
      url: expect.stringContaining(created.sessionId),
      amount: { netCents: 9500, vatRatePercent: 6, vatCents: 570, grossCents: 10070 },
      expiresAt: request.expiresAt,
      idempotencyKey: `checkout:${signOnId}:1`,
    });
    const [sent] = fake.requestsTo('POST', '/v1/checkout/sessions').filter((r) => r.idempotencyKey === created.idempotencyKey);
    const metadata = { sign_on_id: signOnId, net_cents: '9500', vat_cents: '570', vat_rate_percent: '6' };
    expect(sent.body).toMatchObject({
      mode: 'payment',
      allowed_payment_method_types: ['bancontact', 'card'],
      line_items: [{ quantity: '1', price_data: { currency: 'eur', unit_amount: '10070' } }],
      client_reference_id: signOnId,
      expires_at: String(request.expiresAt.getTime() / 1000),
      metadata,
      payment_intent_data: { metadata },
    });
    expect(fake.sessions.get(created.sessionId)).toMatchObject({ amount_total: 10070, status: 'open', metadata });
  });

  it('maakt bij een herhaalde aanvraag met dezelfde sleutel geen tweede sessie', async () => {
    const request = checkout({ signOnId: 'b0a3c1de-0002-4000-8000-000000000002' });
    const sessionsBefore = fake.sessions.size;

    const first = await gateway.createCheckoutSession(request);
    const retry = await gateway.createCheckoutSession(request);

    expect(retry.sessionId).toBe(first.sessionId);
    expect(fake.sessions.size).toBe(sessionsBefore + 1);
    expect(fake.requests.filter((r) => r.idempotencyKey === first.idempotencyKey)).toHaveLength(2);
  });

  it('herhaalt een mislukte aanvraag met dezelfde sleutel en maakt toch maar één sessie', async () => {
    const sessionsBefore = fake.sessions.size;
    fake.failNextRequests(1, 500, { type: 'api_error', message: 'Something went wrong on our end.' });

    const created = await gateway.createCheckoutSession(checkout({ signOnId: 'b0a3c1de-0003-4000-8000-000000000003' }));

    const attempts = fake.requests.filter((r) => r.idempotencyKey === created.idempotencyKey);
    expect(attempts).toHaveLength(2);
    expect(fake.sessions.size).toBe(sessionsBefore + 1);
  });

  it('maakt voor een nieuwe poging een nieuwe sessie met een nieuwe sleutel', async () => {
    const signOnId = 'b0a3c1de-0004-4000-8000-000000000004';
    const first = await gateway.createCheckoutSession(checkout({ signOnId }));
    const second = await gateway.createCheckoutSession(checkout({ signOnId, attempt: 2 }));

    expect(second.idempotencyKey).toBe(`checkout:${signOnId}:2`);
    expect(second.sessionId).not.toBe(first.sessionId);
  });

  it('meldt een geweigerde aanvraag als 502, bv. dezelfde sleutel met een ander bedrag', async () => {
    const signOnId = 'b0a3c1de-0005-4000-8000-000000000005';
    await gateway.createCheckoutSession(checkout({ signOnId }));

    await expect(gateway.createCheckoutSession(checkout({ signOnId, amountCents: 9600 }))).rejects.toEqual(
      problemOf(StripeProblems.providerRejected),
    );
  });

  it('meldt een onbereikbare Stripe als 503 na de herhalingen van de SDK', async () => {
    fake.failNextRequests(3, 503, { type: 'api_error', message: 'Service unavailable.' });

    await expect(gateway.createCheckoutSession(checkout({ signOnId: 'b0a3c1de-0006-4000-8000-000000000006' }))).rejects.toEqual(
      problemOf(StripeProblems.providerUnavailable),
    );
  });

  it('vraagt Stripe niets voor een bedrag onder € 0,50', async () => {
    const requestsBefore = fake.requests.length;

    await expect(gateway.createCheckoutSession(checkout({ amountCents: 47, vatRatePercent: 0 }))).rejects.toEqual(
      problemOf(StripeProblems.amountTooSmall),
    );
    expect(fake.requests).toHaveLength(requestsBefore);
  });
});

describe('een Checkout-sessie sluiten', () => {
  it('sluit een open sessie, en geeft bij een tweede keer gewoon de toestand terug', async () => {
    const { sessionId } = await gateway.createCheckoutSession(checkout({ signOnId: 'b0a3c1de-0011-4000-8000-000000000011' }));

    await expect(gateway.expireCheckoutSession(sessionId)).resolves.toMatchObject({ sessionId, status: 'expired' });
    await expect(gateway.expireCheckoutSession(sessionId)).resolves.toMatchObject({ status: 'expired' });
    expect(fake.requestsTo('POST', `/v1/checkout/sessions/${sessionId}/expire`)[0].idempotencyKey).toBe(`expire:${sessionId}`);
  });

  it('meldt een sessie die intussen betaald is, zodat de plaats niet zomaar vrijkomt', async () => {
    const { sessionId } = await gateway.createCheckoutSession(checkout({ signOnId: 'b0a3c1de-0012-4000-8000-000000000012' }));
    const paid = fake.markSessionPaid(sessionId);

    await expect(gateway.expireCheckoutSession(sessionId)).resolves.toEqual({
      sessionId,
      status: 'complete',
      paymentStatus: 'paid',
      paymentIntentId: paid.payment_intent,
      amountTotalCents: 10070,
      currency: 'eur',
    });
  });

  it('meldt een onbekende sessie als geweigerd', async () => {
    await expect(gateway.expireCheckoutSession('cs_test_bestaat_niet')).rejects.toEqual(
      problemOf(StripeProblems.providerRejected),
    );
  });
});

describe('terugbetalen', () => {
  async function paidSession(signOnId: string) {
    const { sessionId } = await gateway.createCheckoutSession(checkout({ signOnId }));
    return fake.markSessionPaid(sessionId).payment_intent;
  }

  it('betaalt het aangerekende bedrag tot op de cent terug, met een sleutel per intekening', async () => {
    const signOnId = 'b0a3c1de-0021-4000-8000-000000000021';
    const paymentIntentId = await paidSession(signOnId);

    const refund = await gateway.refund({ signOnId, paymentIntentId, amountCents: 10070 });

    expect(refund).toEqual({
      refundId: expect.stringMatching(/^re_test_/),
      status: 'pending',
      amountCents: 10070,
      idempotencyKey: `refund:${signOnId}:1`,
    });
    const [sent] = fake.requests.filter((r) => r.idempotencyKey === refund.idempotencyKey);
    expect(sent).toMatchObject({
      path: '/v1/refunds',
      body: { payment_intent: paymentIntentId, amount: '10070', metadata: { sign_on_id: signOnId } },
    });
  });

  it('betaalt bij een herhaalde aanvraag niet twee keer terug', async () => {
    const signOnId = 'b0a3c1de-0022-4000-8000-000000000022';
    const paymentIntentId = await paidSession(signOnId);

    const first = await gateway.refund({ signOnId, paymentIntentId, amountCents: 5000 });
    const retry = await gateway.refund({ signOnId, paymentIntentId, amountCents: 5000 });

    expect(retry.refundId).toBe(first.refundId);
    expect([...fake.refunds.values()].filter((r) => r.payment_intent === paymentIntentId)).toHaveLength(1);
  });

  it('meldt een terugbetaling van een onbetaalde sessie als geweigerd', async () => {
    const { sessionId } = await gateway.createCheckoutSession(checkout({ signOnId: 'b0a3c1de-0023-4000-8000-000000000023' }));
    const unpaid = fake.sessions.get(sessionId)!.payment_intent;

    await expect(
      gateway.refund({ signOnId: 'b0a3c1de-0023-4000-8000-000000000023', paymentIntentId: unpaid, amountCents: 10070 }),
    ).rejects.toEqual(problemOf(StripeProblems.providerRejected));
  });
});

describe('handtekening van Stripe-meldingen', () => {
  const session = { id: 'cs_test_handtekening', object: 'checkout.session', metadata: { sign_on_id: SIGN_ON_ID } };
  const delivery = (overrides: { secret?: string; timestamp?: number } = {}) =>
    signedWebhookDelivery({ type: 'checkout.session.completed', object: session, secret: WEBHOOK_SECRET, ...overrides });

  it('aanvaardt een juist ondertekende melding en geeft het event terug', () => {
    const { payload, header, event } = delivery();

    expect(gateway.constructWebhookEvent(Buffer.from(payload), header)).toMatchObject({
      id: event.id,
      type: 'checkout.session.completed',
      data: { object: session },
    });
  });

  it.each([
    ['met een ander geheim', () => delivery({ secret: 'whsec_iemand_anders' })],
    [
      'met een gewijzigde inhoud',
      () => ({ ...delivery(), payload: delivery().payload.replace(SIGN_ON_ID, 'andere-intekening') }),
    ],
    ['ouder dan 300 seconden', () => delivery({ timestamp: Math.floor(Date.now() / 1000) - 301 })],
    ['zonder handtekening', () => ({ ...delivery(), header: undefined })],
  ])('weigert een melding %s', (_case, make) => {
    const { payload, header } = make();

    expect(thrownBy(() => gateway.constructWebhookEvent(payload, header))).toEqual(problemOf(StripeProblems.badSignature));
  });
});

describe('configuratie van Stripe', () => {
  const stripeContext = (config: AppConfig) =>
    NestFactory.createApplicationContext(
      { module: class StripeTestRoot {}, imports: [AppConfigModule.register(config), StripeModule] },
      { logger: false },
    );

  it('zet online betalen uit zonder STRIPE_SECRET_KEY', async () => {
    const context = await stripeContext(loadAppConfig({}));

    expect(context.get(STRIPE_GATEWAY)).toBeUndefined();
    await context.close();
  });

  it('levert de gateway via Nest wanneer de sleutels er zijn', async () => {
    const config = loadAppConfig({ STRIPE_SECRET_KEY: 'sk_test_x', STRIPE_WEBHOOK_SECRET: 'whsec_x' });
    const context = await stripeContext(config);

    expect(context.get(STRIPE_GATEWAY)).toBeInstanceOf(StripeGateway);
    await context.close();
  });

  it('weigert te starten met een sleutel maar zonder webhookgeheim', () => {
    expect(() => createStripeGateway(loadAppConfig({ STRIPE_SECRET_KEY: 'sk_test_x' }))).toThrow(ConfigError);
  });
});
