import Stripe from 'stripe';
import { OutboxRelay } from '../src/common/outbox/outbox-relay.js';
import { PaymentHoldsService } from '../src/payments/payment-holds.service.js';
import { RefundsService } from '../src/payments/refunds.service.js';
import {
  bearer,
  createStaff,
  ensureSeason,
  type Member,
  publishedEvent,
  registerMember,
  setPaymentMethod,
  signOnBody,
} from './support/factories.js';
import { FakeStripeServer, signedWebhookDelivery, type FakeSession } from './support/fake-stripe-server.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const WEBHOOK_SECRET = 'whsec_test_betalingen';

let fake: FakeStripeServer;
let t: TestApp;
let admin: Member;
let launchCentreId: string;

beforeAll(async () => {
  fake = await FakeStripeServer.start();
  t = await startTestApp(fake.appSettings(WEBHOOK_SECRET));
  await ensureSeason(t.dataSource);
  admin = await createStaff(t, 'admin');
  launchCentreId = (await registerMember(t, 'culture_house')).organisationId;
});

afterAll(async () => {
  await t.close();
  await fake.stop();
});

async function onlineMember(): Promise<Member> {
  const member = await registerMember(t, 'care_centre');
  await setPaymentMethod(t.dataSource, [member.organisationId], 'online');
  return member;
}

async function signOn(member: Member, eventId: string, app = t): Promise<{ id: string; status: string }> {
  const response = await app.http.post(`/api/events/${eventId}/subscriptions`).set(bearer(member)).send(signOnBody());
  expect(response.status).toBe(201);
  return { id: response.body.id, status: response.body.status };
}

async function checkout(member: Member, signOnId: string) {
  const response = await t.http.post(`/api/subscriptions/${signOnId}/checkout`).set(bearer(member)).send();
  expect(response.status).toBe(200);
  const sessionId = /(cs_test_\w+)$/.exec(response.body.checkoutUrl as string)![1];
  return { ...response.body, session: fake.sessions.get(sessionId)! } as {
    checkoutUrl: string;
    expiresAt: string;
    amountCents: number;
    session: FakeSession;
  };
}

function deliver(type: string, object: unknown, eventId?: string) {
  const delivery = signedWebhookDelivery({ type, object, secret: WEBHOOK_SECRET, eventId });
  return send(delivery.payload, delivery.header);
}

function send(payload: string, signature: string) {
  return t.http
    .post('/api/payments/stripe/webhook')
    .set('content-type', 'application/json')
    .set('stripe-signature', signature)
    .send(payload);
}

async function statusOf(signOnId: string): Promise<{ signOn: string; payment: string | undefined }> {
  const [row] = await t.dataSource.query(
    `SELECT s.status AS sign_on, (SELECT status FROM payments WHERE subscription_id = s.id ORDER BY attempt DESC LIMIT 1) AS payment
       FROM subscriptions s WHERE s.id = $1`,
    [signOnId],
  );
  return { signOn: row.sign_on, payment: row.payment ?? undefined };
}

const outboxCount = async (topic: string, subscriptionId: string) =>
  Number(
    (
      await t.dataSource.query(`SELECT count(*) AS n FROM outbox_messages WHERE topic = $1 AND payload->>'subscriptionId' = $2`, [
        topic,
        subscriptionId,
      ])
    )[0].n,
  );

/** Moves a sign-on's hold into the past, as if the satellite had walked away from the payment page. */
async function letHoldRunOut(signOnIds: string[]): Promise<void> {
  await t.dataSource.query(
    `UPDATE subscription_status_changes SET changed_at = changed_at - interval '2 hours' WHERE subscription_id = ANY($1::uuid[])`,
    [signOnIds],
  );
  await t.dataSource.query(
    `UPDATE payments SET hold_expires_at = hold_expires_at - interval '2 hours' WHERE subscription_id = ANY($1::uuid[])`,
    [signOnIds],
  );
}

describe('online betalen met Stripe Checkout', () => {
  it('betaald: de intekening wacht op betaling, Stripe rekent het verschuldigde bedrag tot op de cent aan en de webhook bevestigt', async () => {
    const eventId = await publishedEvent(t, admin, launchCentreId, { careCentreTariffCents: 12345, vatRatePercent: 21 });
    const member = await onlineMember();
    const signedOn = await signOn(member, eventId);
    expect(signedOn.status).toBe('pending_payment');

    const first = await checkout(member, signedOn.id);
    // 12345 × 21 % = 2592,45 → 2592 cent btw, as on the invoice.
    expect(first.amountCents).toBe(14937);
    const [sent] = fake.requests.filter((r) => r.path === '/v1/checkout/sessions' && r.body.client_reference_id === signedOn.id);
    expect(sent.idempotencyKey).toBe(`checkout:${signedOn.id}:1`);
    expect(sent.body).toMatchObject({
      line_items: [{ price_data: { currency: 'eur', unit_amount: '14937' } }],
      metadata: { sign_on_id: signedOn.id, net_cents: '12345', vat_cents: '2592', vat_rate_percent: '21' },
    });
    const [payment] = await t.dataSource.query(
      `SELECT net_cents, vat_cents, gross_cents, attempt FROM payments WHERE subscription_id = $1`,
      [signedOn.id],
    );
    expect(payment).toEqual({ net_cents: 12345, vat_cents: 2592, gross_cents: 14937, attempt: 1 });

    const again = await checkout(member, signedOn.id);
    expect(again.checkoutUrl).toBe(first.checkoutUrl);
    expect(
      fake.requests.filter((r) => r.path === '/v1/checkout/sessions' && r.body.client_reference_id === signedOn.id),
    ).toHaveLength(1);

    const paid = fake.markSessionPaid(first.session.id);
    const response = await deliver('checkout.session.completed', paid);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ received: true, outcome: 'processed' });
    expect(await statusOf(signedOn.id)).toEqual({ signOn: 'confirmed', payment: 'paid' });
    expect(await outboxCount('subscription.confirmed', signedOn.id)).toBe(1);
    const history = await t.http.get(`/api/subscriptions/${signedOn.id}/history`).set(bearer(member)).expect(200);
    expect(history.body.map((change: { toStatus: string }) => change.toStatus)).toEqual(['pending_payment', 'confirmed']);

    const refused = await t.http.post(`/api/subscriptions/${signedOn.id}/checkout`).set(bearer(member)).send();
    expect(refused.status).toBe(409);
    expect(refused.body.type).toBe('/problems/not-awaiting-payment');
  });

  it('laat enkel de eigen organisatie betalen', async () => {
    const eventId = await publishedEvent(t, admin, launchCentreId);
    const signedOn = await signOn(await onlineMember(), eventId);
    const stranger = await onlineMember();
    await t.http.post(`/api/subscriptions/${signedOn.id}/checkout`).set(bearer(stranger)).send().expect(404);
  });

  it('verlopen: de sessie verloopt, de plaats komt vrij en de eerste op de wachtlijst schuift door', async () => {
    const eventId = await publishedEvent(t, admin, launchCentreId, { capacity: 1 });
    const payer = await onlineMember();
    const held = await signOn(payer, eventId);
    const waiting = await signOn(await registerMember(t, 'care_centre'), eventId);
    expect([held.status, waiting.status]).toEqual(['pending_payment', 'waitlisted']);
    const { session } = await checkout(payer, held.id);

    session.status = 'expired';
    expect((await deliver('checkout.session.expired', session)).status).toBe(200);
    expect(await statusOf(held.id)).toEqual({ signOn: 'expired', payment: 'expired' });
    expect((await statusOf(waiting.id)).signOn).toBe('confirmed');
    expect(await outboxCount('subscription.promoted', waiting.id)).toBe(1);
  });

  it('vasthoudtijd voorbij: Stripe sluit eerst de betaalpagina, dan gaat de plaats naar de wachtlijst (die ook online betaalt)', async () => {
    const eventId = await publishedEvent(t, admin, launchCentreId, { capacity: 1 });
    const payer = await onlineMember();
    const held = await signOn(payer, eventId);
    const waiting = await signOn(await onlineMember(), eventId);
    const { session } = await checkout(payer, held.id);
    await letHoldRunOut([held.id]);

    const report = await t.app.get(PaymentHoldsService).expireOverdueHolds();
    expect(report).toEqual({ expired: [held.id], confirmed: [], retryLater: [] });
    expect(fake.requestsTo('POST', `/v1/checkout/sessions/${session.id}/expire`)).toHaveLength(1);
    expect(session.status).toBe('expired');
    expect(await statusOf(held.id)).toEqual({ signOn: 'expired', payment: 'expired' });
    expect((await statusOf(waiting.id)).signOn).toBe('pending_payment');
    expect(await outboxCount('subscription.pending_payment', waiting.id)).toBe(1);
    expect(await outboxCount('subscription.promoted', waiting.id)).toBe(0);

    // Stripe's own expiry notice arrives afterwards and changes nothing.
    expect((await deliver('checkout.session.expired', session)).body.outcome).toBe('processed');
    expect((await statusOf(waiting.id)).signOn).toBe('pending_payment');
  });

  it('vasthoudtijd voorbij maar op het laatste moment betaald: bevestigd in plaats van vervallen', async () => {
    const eventId = await publishedEvent(t, admin, launchCentreId, { capacity: 1 });
    const payer = await onlineMember();
    const held = await signOn(payer, eventId);
    const { session } = await checkout(payer, held.id);
    fake.markSessionPaid(session.id);
    await letHoldRunOut([held.id]);

    expect(await t.app.get(PaymentHoldsService).expireOverdueHolds()).toEqual({
      expired: [],
      confirmed: [held.id],
      retryLater: [],
    });
    expect(await statusOf(held.id)).toEqual({ signOn: 'confirmed', payment: 'paid' });
  });

  it('mislukt: de betaling staat op mislukt, de plaats blijft vastgehouden en dezelfde betaalpagina blijft bruikbaar', async () => {
    const eventId = await publishedEvent(t, admin, launchCentreId);
    const member = await onlineMember();
    const held = await signOn(member, eventId);
    const first = await checkout(member, held.id);

    const failed = await deliver('payment_intent.payment_failed', {
      id: first.session.payment_intent,
      object: 'payment_intent',
      status: 'requires_payment_method',
      metadata: { sign_on_id: held.id },
    });
    expect(failed.body.outcome).toBe('processed');
    expect(await statusOf(held.id)).toEqual({ signOn: 'pending_payment', payment: 'failed' });
    expect((await checkout(member, held.id)).checkoutUrl).toBe(first.checkoutUrl);

    await deliver('checkout.session.completed', fake.markSessionPaid(first.session.id));
    expect(await statusOf(held.id)).toEqual({ signOn: 'confirmed', payment: 'paid' });
  });

  it('dubbel afgeleverd: dezelfde melding wordt één keer verwerkt', async () => {
    const eventId = await publishedEvent(t, admin, launchCentreId);
    const member = await onlineMember();
    const held = await signOn(member, eventId);
    const { session } = await checkout(member, held.id);
    const delivery = signedWebhookDelivery({
      type: 'checkout.session.completed',
      object: fake.markSessionPaid(session.id),
      secret: WEBHOOK_SECRET,
    });

    const answers = await Promise.all([send(delivery.payload, delivery.header), send(delivery.payload, delivery.header)]);
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    expect(answers.map((a) => a.body.outcome).sort()).toEqual(['duplicate', 'processed']);
    expect((await send(delivery.payload, delivery.header)).body.outcome).toBe('duplicate');
    expect(await outboxCount('subscription.confirmed', held.id)).toBe(1);
    const [changes] = await t.dataSource.query(
      `SELECT count(*) AS n FROM subscription_status_changes WHERE subscription_id = $1`,
      [held.id],
    );
    expect(changes.n).toBe('2');
  });

  it('terugbetaling vóór het succes: de betaling eindigt terugbetaald en de intekening wordt niet bevestigd', async () => {
    const eventId = await publishedEvent(t, admin, launchCentreId, { capacity: 1 });
    const member = await onlineMember();
    const held = await signOn(member, eventId);
    const waiting = await signOn(await registerMember(t, 'care_centre'), eventId);
    const { session } = await checkout(member, held.id);
    const paid = fake.markSessionPaid(session.id);

    const refund = await deliver('charge.refunded', {
      id: 'ch_test_1',
      object: 'charge',
      payment_intent: session.payment_intent,
      refunded: true,
      amount_refunded: session.amount_total,
      metadata: { sign_on_id: held.id },
    });
    expect(refund.body.outcome).toBe('processed');
    expect(await deliver('checkout.session.completed', paid)).toHaveProperty('status', 200);

    expect(await statusOf(held.id)).toEqual({ signOn: 'expired', payment: 'refunded' });
    expect((await statusOf(waiting.id)).signOn).toBe('confirmed');
    expect(await outboxCount('subscription.confirmed', held.id)).toBe(0);
  });

  it('een ongeldige handtekening krijgt 400 en verandert niets', async () => {
    const eventId = await publishedEvent(t, admin, launchCentreId);
    const member = await onlineMember();
    const held = await signOn(member, eventId);
    const { session } = await checkout(member, held.id);
    const genuine = signedWebhookDelivery({
      type: 'checkout.session.completed',
      object: fake.markSessionPaid(session.id),
      secret: WEBHOOK_SECRET,
    });
    const forged = signedWebhookDelivery({ type: 'checkout.session.completed', object: session, secret: 'whsec_niet_het_onze' });
    const [events] = await t.dataSource.query(`SELECT count(*) AS n FROM stripe_webhook_events`);

    for (const response of [
      await send(forged.payload, forged.header),
      await send(genuine.payload.replace('"paid"', '"paid" '), genuine.header),
      await t.http.post('/api/payments/stripe/webhook').set('content-type', 'application/json').send(genuine.payload),
    ]) {
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body.type).toBe('/problems/stripe-bad-signature');
    }
    expect(await statusOf(held.id)).toEqual({ signOn: 'pending_payment', payment: 'open' });
    expect(await t.dataSource.query(`SELECT count(*) AS n FROM stripe_webhook_events`)).toEqual([events]);
  });

  it('controleert de handtekening op de ruwe bytes zoals Stripe ze stuurde', async () => {
    const payload = `{\n  "id": "evt_test_raw_bytes",\n  "object": "event",\n  "type": "customer.created",\n  "data": { "object": { "id": "cus_1", "name": "Zorgcentrum Sint-Jozef – Peer" } }\n}`;
    const header = Stripe.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET });
    const response = await send(payload, header);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ received: true, outcome: 'ignored' });
  });

  it('bevestigt onbekende soorten meldingen met 200 zonder iets te wijzigen', async () => {
    const response = await deliver('invoice.paid', { id: 'in_1', object: 'invoice' });
    expect(response.status).toBe(200);
    expect(response.body.outcome).toBe('ignored');
  });

  it('afgelaste voorstelling: elke online betaalde intekening wordt exact terugbetaald, en pas na de webhook staat ze op terugbetaald', async () => {
    const eventId = await publishedEvent(t, admin, launchCentreId, { careCentreTariffCents: 9525, vatRatePercent: 6 });
    const member = await onlineMember();
    const held = await signOn(member, eventId);
    const { session } = await checkout(member, held.id);
    await deliver('checkout.session.completed', fake.markSessionPaid(session.id));

    await t.http.post(`/api/events/${eventId}/cancel`).set(bearer(admin)).send({ reason: 'De artiest is ziek.' }).expect(200);
    await t.app.get(OutboxRelay).drain();
    expect((await statusOf(held.id)).payment).toBe('refund_pending');

    const refunds = t.app.get(RefundsService);
    const [payment] = await t.dataSource.query(`SELECT id FROM payments WHERE subscription_id = $1`, [held.id]);
    expect((await refunds.processPendingRefunds()).requested).toContain(payment.id);
    expect((await refunds.processPendingRefunds()).requested).not.toContain(payment.id);
    const refundRequests = fake.requestsTo('POST', '/v1/refunds').filter((r) => r.body.payment_intent === session.payment_intent);
    expect(refundRequests).toHaveLength(1);
    // 9525 + 571,5 → 572 cent btw: exactly what Stripe charged.
    expect(refundRequests[0].body.amount).toBe('10097');
    expect(session.amount_total).toBe(10097);
    expect(refundRequests[0].idempotencyKey).toBe(`refund:${held.id}:1`);
    expect((await statusOf(held.id)).payment).toBe('refund_pending');

    const [refund] = [...fake.refunds.values()].filter((r) => r.payment_intent === session.payment_intent);
    await deliver('refund.updated', fake.settleRefund(refund.id, 'succeeded'));
    expect((await statusOf(held.id)).payment).toBe('refunded');
  });

  it('een satelliet die vóór de deadline annuleert, krijgt haar online betaling terug', async () => {
    const eventId = await publishedEvent(t, admin, launchCentreId);
    const member = await onlineMember();
    const held = await signOn(member, eventId);
    const { session } = await checkout(member, held.id);
    await deliver('checkout.session.completed', fake.markSessionPaid(session.id));

    await t.http.post(`/api/subscriptions/${held.id}/cancel`).set(bearer(member)).send({}).expect(200);
    await t.app.get(OutboxRelay).drain();
    expect(await statusOf(held.id)).toEqual({ signOn: 'cancelled', payment: 'refund_pending' });
    await t.app.get(RefundsService).processPendingRefunds();
    expect(fake.requestsTo('POST', '/v1/refunds').filter((r) => r.body.payment_intent === session.payment_intent)).toHaveLength(
      1,
    );
  });
});

describe('betaalpagina sluiten na annuleren', () => {
  const closeCancelledCheckouts = () => t.app.get(PaymentHoldsService).closeCancelledCheckouts();
  const paymentIdOf = async (signOnId: string): Promise<string> =>
    (await t.dataSource.query(`SELECT id FROM payments WHERE subscription_id = $1`, [signOnId]))[0].id;

  it('een geannuleerde intekening die op betaling wacht: Stripe sluit de betaalpagina en de betaling eindigt verlopen', async () => {
    const eventId = await publishedEvent(t, admin, launchCentreId);
    const member = await onlineMember();
    const held = await signOn(member, eventId);
    const { session } = await checkout(member, held.id);

    await t.http.post(`/api/subscriptions/${held.id}/cancel`).set(bearer(member)).send({}).expect(200);
    expect(fake.requestsTo('POST', `/v1/checkout/sessions/${session.id}/expire`)).toHaveLength(0);
    await t.app.get(OutboxRelay).drain();
    // Marked in the relay's transaction; Stripe is only asked after that commit, by the worker.
    expect(await statusOf(held.id)).toEqual({ signOn: 'cancelled', payment: 'closing' });
    expect(fake.requestsTo('POST', `/v1/checkout/sessions/${session.id}/expire`)).toHaveLength(0);

    const paymentId = await paymentIdOf(held.id);
    expect(await closeCancelledCheckouts()).toEqual({ closed: [paymentId], refundPending: [], retryLater: [] });
    const expireCalls = fake.requestsTo('POST', `/v1/checkout/sessions/${session.id}/expire`);
    expect(expireCalls).toHaveLength(1);
    expect(expireCalls[0].idempotencyKey).toBe(`expire:${session.id}`);
    expect(session.status).toBe('expired');
    expect(await statusOf(held.id)).toEqual({ signOn: 'cancelled', payment: 'expired' });
    expect((await closeCancelledCheckouts()).closed).not.toContain(paymentId);
    await t.http.post(`/api/subscriptions/${held.id}/checkout`).set(bearer(member)).send().expect(409);
  });

  it('Stripe onbereikbaar: de betaling blijft te sluiten en wordt bij de volgende run gesloten', async () => {
    const eventId = await publishedEvent(t, admin, launchCentreId);
    const member = await onlineMember();
    const held = await signOn(member, eventId);
    const { session } = await checkout(member, held.id);
    await t.http.post(`/api/subscriptions/${held.id}/cancel`).set(bearer(member)).send({}).expect(200);
    await t.app.get(OutboxRelay).drain();
    const paymentId = await paymentIdOf(held.id);

    // The first try and the SDK's two retries all fail.
    fake.failNextRequests(3, 503, { type: 'api_error', message: 'Service unavailable.' });
    expect(await closeCancelledCheckouts()).toEqual({ closed: [], refundPending: [], retryLater: [paymentId] });
    expect(await statusOf(held.id)).toEqual({ signOn: 'cancelled', payment: 'closing' });

    expect((await closeCancelledCheckouts()).closed).toContain(paymentId);
    expect(session.status).toBe('expired');
  });

  it('afgelaste voorstelling, op het laatste moment nog betaald: de betaling gaat terug en de intekening wordt niet bevestigd', async () => {
    const eventId = await publishedEvent(t, admin, launchCentreId, { capacity: 1 });
    const member = await onlineMember();
    const held = await signOn(member, eventId);
    const waiting = await signOn(await registerMember(t, 'care_centre'), eventId);
    const { session } = await checkout(member, held.id);

    await t.http.post(`/api/events/${eventId}/cancel`).set(bearer(admin)).send({ reason: 'De zaal is overstroomd.' }).expect(200);
    await t.app.get(OutboxRelay).drain();
    expect((await statusOf(held.id)).payment).toBe('closing');
    fake.markSessionPaid(session.id);

    const paymentId = await paymentIdOf(held.id);
    expect(await closeCancelledCheckouts()).toEqual({ closed: [], refundPending: [paymentId], retryLater: [] });
    expect(fake.requestsTo('POST', `/v1/checkout/sessions/${session.id}/expire`)).toHaveLength(1);
    expect(await statusOf(held.id)).toEqual({ signOn: 'expired', payment: 'refund_pending' });
    // A cancelled event gives no place to the waiting list.
    expect((await statusOf(waiting.id)).signOn).toBe('waitlisted');
    expect(await outboxCount('subscription.confirmed', held.id)).toBe(0);

    // Stripe's own notice of the payment arrives late and changes nothing.
    expect((await deliver('checkout.session.completed', session)).body.outcome).toBe('processed');
    expect(await statusOf(held.id)).toEqual({ signOn: 'expired', payment: 'refund_pending' });

    expect((await t.app.get(RefundsService).processPendingRefunds()).requested).toContain(paymentId);
    const refundRequests = fake.requestsTo('POST', '/v1/refunds').filter((r) => r.body.payment_intent === session.payment_intent);
    expect(refundRequests.map((r) => r.body.amount)).toEqual([String(session.amount_total)]);
    const [refund] = [...fake.refunds.values()].filter((r) => r.payment_intent === session.payment_intent);
    await deliver('refund.updated', fake.settleRefund(refund.id, 'succeeded'));
    expect(await statusOf(held.id)).toEqual({ signOn: 'expired', payment: 'refunded' });
  });

  it('twee gelijktijdige runs van de vasthoudtijd: elke vervallen intekening staat in precies één rapport', async () => {
    const eventId = await publishedEvent(t, admin, launchCentreId);
    const held = await Promise.all(
      [1, 2, 3].map(async () => {
        const member = await onlineMember();
        const signedOn = await signOn(member, eventId);
        await checkout(member, signedOn.id);
        return signedOn.id;
      }),
    );
    await letHoldRunOut(held);

    const holds = t.app.get(PaymentHoldsService);
    const reports = await Promise.all([holds.expireOverdueHolds(), holds.expireOverdueHolds()]);
    expect(reports.flatMap((report) => report.expired).sort()).toEqual([...held].sort());
    expect(reports.flatMap((report) => [...report.confirmed, ...report.retryLater])).toEqual([]);
    for (const id of held) expect(await statusOf(id)).toEqual({ signOn: 'expired', payment: 'expired' });
  });
});

describe('zonder Stripe-sleutel', () => {
  it('start de app met enkel betalen per factuur en weigert online betalen met een Nederlandse uitleg', async () => {
    const invoiceOnly = await startTestApp({ PAYMENT_WORKER_POLL_MS: '0' });
    try {
      await ensureSeason(invoiceOnly.dataSource);
      const staff = await createStaff(invoiceOnly, 'admin');
      const centre = await registerMember(invoiceOnly, 'culture_house');
      const eventId = await publishedEvent(invoiceOnly, staff, centre.organisationId);
      const member = await registerMember(invoiceOnly, 'care_centre');
      await setPaymentMethod(invoiceOnly.dataSource, [member.organisationId], 'online');
      const signedOn = await signOn(member, eventId, invoiceOnly);
      const response = await invoiceOnly.http.post(`/api/subscriptions/${signedOn.id}/checkout`).set(bearer(member)).send();
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({
        type: '/problems/online-payment-unavailable',
        detail: expect.stringContaining('Online betalen is momenteel niet beschikbaar'),
      });
    } finally {
      await invoiceOnly.close();
    }
  });
});
