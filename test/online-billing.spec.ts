import { XMLParser } from 'fast-xml-parser';
import { OutboxRelay } from '../src/common/outbox/outbox-relay.js';
import { PaymentHoldsService } from '../src/payments/payment-holds.service.js';
import { SESSION_COOKIE } from '../src/web/web-session.js';
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

const WEBHOOK_SECRET = 'whsec_test_online_facturatie';
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false });

let fake: FakeStripeServer;
let t: TestApp;
let admin: Member;
let finance: Member;
let launchCentreId: string;

beforeAll(async () => {
  fake = await FakeStripeServer.start();
  t = await startTestApp(fake.appSettings(WEBHOOK_SECRET));
  await ensureSeason(t.dataSource);
  admin = await createStaff(t, 'admin');
  finance = await createStaff(t, 'finance');
  launchCentreId = (await registerMember(t, 'culture_house')).organisationId;
});

afterAll(async () => {
  await t.close();
  await fake.stop();
});

const drain = () => t.app.get(OutboxRelay).drain();

async function member(paymentMethod: 'online' | 'invoice'): Promise<Member> {
  const registered = await registerMember(t, 'care_centre');
  await setPaymentMethod(t.dataSource, [registered.organisationId], paymentMethod);
  return registered;
}

/** Through the API, as a satellite signs on. */
async function signOn(who: Member, eventId: string): Promise<{ id: string; status: string; checkoutPath: string | null }> {
  const response = await t.http.post(`/api/events/${eventId}/subscriptions`).set(bearer(who)).send(signOnBody());
  expect(response.status).toBe(201);
  return response.body;
}

async function openCheckout(who: Member, signOnId: string): Promise<FakeSession> {
  const response = await t.http.post(`/api/subscriptions/${signOnId}/checkout`).set(bearer(who)).send().expect(200);
  return fake.sessions.get(/(cs_test_\w+)$/.exec(response.body.checkoutUrl as string)![1])!;
}

function deliverCompleted(session: object) {
  const delivery = signedWebhookDelivery({ type: 'checkout.session.completed', object: session, secret: WEBHOOK_SECRET });
  return t.http
    .post('/api/payments/stripe/webhook')
    .set('content-type', 'application/json')
    .set('stripe-signature', delivery.header)
    .send(delivery.payload)
    .expect(200);
}

const invoicesOf = (subscriptionId: string) =>
  t.dataSource.query(`SELECT * FROM invoices WHERE subscription_id = $1 ORDER BY sequence`, [subscriptionId]);

async function statusOf(signOnId: string): Promise<{ signOn: string; payment: string | null }> {
  const [row] = await t.dataSource.query(
    `SELECT s.status AS sign_on, (SELECT status FROM payments WHERE subscription_id = s.id ORDER BY attempt DESC LIMIT 1) AS payment
       FROM subscriptions s WHERE s.id = $1`,
    [signOnId],
  );
  return { signOn: row.sign_on, payment: row.payment };
}

describe('online betalen en factureren', () => {
  it('intekenen met online betaling via de API antwoordt 201, wacht op betaling en wijst naar de betaalpagina', async () => {
    const eventId = await publishedEvent(t, admin, launchCentreId);
    const payer = await member('online');

    const signedOn = await signOn(payer, eventId);

    expect(signedOn).toMatchObject({ status: 'pending_payment', checkoutPath: `/api/subscriptions/${signedOn.id}/checkout` });
    const checkout = await t.http.post(signedOn.checkoutPath!).set(bearer(payer)).send().expect(200);
    expect(checkout.body.checkoutUrl).toMatch(/cs_test_\w+$/);
  });

  it('een online betaling krijgt een betaalde factuur met btw, in dezelfde doorlopende reeks, met Peppol-UBL', async () => {
    const eventId = await publishedEvent(t, admin, launchCentreId, { careCentreTariffCents: 12_345, vatRatePercent: 21 });
    const byTransfer = await signOn(await member('invoice'), eventId);
    await drain();
    const payer = await member('online');
    const held = await signOn(payer, eventId);
    const session = await openCheckout(payer, held.id);

    await deliverCompleted(fake.markSessionPaid(session.id));
    await drain();

    const [before] = await invoicesOf(byTransfer.id);
    const [paid] = await invoicesOf(held.id);
    // The next number of the one invoice series: no gap, no series of its own.
    expect(paid).toMatchObject({ year: before.year, sequence: before.sequence + 1, buyer_organisation_id: payer.organisationId });
    const view = (await t.http.get(`/api/invoices/${paid.id}`).set(bearer(payer)).expect(200)).body;
    // 12345 × 21 % = 2592,45 → 2592 cent btw: exactly what Stripe charged.
    expect(view).toMatchObject({ status: 'paid', netCents: 12_345, vatCents: 2_592, grossCents: 14_937, paidCents: 14_937 });
    expect(view).toMatchObject({ openCents: 0, paidOnlineOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(session.amount_total).toBe(14_937);

    const ublResponse = await t.http.get(`/api/invoices/${paid.id}.xml`).set(bearer(payer)).buffer(true).expect(200);
    const { Invoice: ubl } = xml.parse(ublResponse.text);
    expect(ubl['cbc:ID']).toBe(paid.number);
    expect(ubl['cac:TaxTotal']['cbc:TaxAmount']).toEqual({ '#text': '25.92', '@currencyID': 'EUR' });
    expect(ubl['cac:LegalMonetaryTotal']).toMatchObject({
      'cbc:TaxInclusiveAmount': { '#text': '149.37', '@currencyID': 'EUR' },
      'cbc:PrepaidAmount': { '#text': '149.37', '@currencyID': 'EUR' },
      'cbc:PayableAmount': { '#text': '0.00', '@currencyID': 'EUR' },
    });
    expect(ubl['cac:PaymentMeans']['cbc:PaymentMeansCode']).toBe('48');
  });

  it('Stripe rekent een ander bedrag aan: de betaling is te controleren voor financiën en de intekening wordt niet bevestigd', async () => {
    const eventId = await publishedEvent(t, admin, launchCentreId);
    const payer = await member('online');
    const held = await signOn(payer, eventId);
    const session = await openCheckout(payer, held.id);

    // 95,00 + 6 % = 100,70 was due; the session says 90,00 was charged.
    await deliverCompleted({ ...fake.markSessionPaid(session.id), amount_total: 9_000 });
    await drain();

    expect(await statusOf(held.id)).toEqual({ signOn: 'pending_payment', payment: 'to_review' });
    expect(await invoicesOf(held.id)).toEqual([]);
    const confirmations = await t.dataSource.query(
      `SELECT 1 FROM outbox_messages WHERE topic = 'subscription.confirmed' AND payload->>'subscriptionId' = $1`,
      [held.id],
    );
    expect(confirmations).toEqual([]);

    const list = await t.http.get('/api/payments/to-review').set(bearer(finance)).expect(200);
    expect(list.body.items).toContainEqual(
      expect.objectContaining({ subscriptionId: held.id, dueCents: 10_070, chargedCents: 9_000, chargedCurrency: 'eur' }),
    );
    await t.http.get('/api/payments/to-review').set(bearer(payer)).expect(403);
    const page = await t.http.get('/financien/te-controleren').set('Cookie', `${SESSION_COOKIE}=${finance.token}`).expect(200);
    expect(page.text).toContain('€\u00A0100,70');
    expect(page.text).toContain('€\u00A090,00');

    // The place waits for finance, not for the clock; nor can a second page charge again.
    await t.dataSource.query(`UPDATE payments SET hold_expires_at = now() - interval '1 hour' WHERE subscription_id = $1`, [
      held.id,
    ]);
    expect((await t.app.get(PaymentHoldsService).expireOverdueHolds()).expired).not.toContain(held.id);
    expect((await statusOf(held.id)).signOn).toBe('pending_payment');
    await t.http.post(`/api/subscriptions/${held.id}/checkout`).set(bearer(payer)).send().expect(409);
  });

  it('financiën betaalt een te controleren betaling terug in Stripe: de plaats gaat naar de wachtlijst', async () => {
    const eventId = await publishedEvent(t, admin, launchCentreId, { capacity: 1 });
    const payer = await member('online');
    const held = await signOn(payer, eventId);
    const waiting = await signOn(await member('invoice'), eventId);
    const session = await openCheckout(payer, held.id);
    await deliverCompleted({ ...fake.markSessionPaid(session.id), amount_total: 9_000 });

    const refunded = signedWebhookDelivery({
      type: 'charge.refunded',
      object: { id: 'ch_te_controleren', object: 'charge', payment_intent: session.payment_intent, refunded: true },
      secret: WEBHOOK_SECRET,
    });
    await t.http
      .post('/api/payments/stripe/webhook')
      .set('content-type', 'application/json')
      .set('stripe-signature', refunded.header)
      .send(refunded.payload)
      .expect(200);

    expect(await statusOf(held.id)).toEqual({ signOn: 'expired', payment: 'refunded' });
    expect((await statusOf(waiting.id)).signOn).toBe('confirmed');
    const list = await t.http.get('/api/payments/to-review').set(bearer(finance)).expect(200);
    expect(list.body.items.map((item: { subscriptionId: string }) => item.subscriptionId)).not.toContain(held.id);
  });

  it('Stripe rekent in een andere munt aan: ook dat is te controleren, niet bevestigd', async () => {
    const eventId = await publishedEvent(t, admin, launchCentreId);
    const payer = await member('online');
    const held = await signOn(payer, eventId);
    const session = await openCheckout(payer, held.id);

    await deliverCompleted({ ...fake.markSessionPaid(session.id), currency: 'usd' });

    expect(await statusOf(held.id)).toEqual({ signOn: 'pending_payment', payment: 'to_review' });
    const list = await t.http.get('/api/payments/to-review').set(bearer(finance)).expect(200);
    expect(list.body.items).toContainEqual(expect.objectContaining({ subscriptionId: held.id, chargedCurrency: 'usd' }));
  });

  it('een aandeel onder het Stripe-minimum van € 0,50 gaat per factuur, zonder betaalpagina', async () => {
    // 46 cent + 6 % = 49 cent: Stripe would refuse the charge.
    const eventId = await publishedEvent(t, admin, launchCentreId, { careCentreTariffCents: 46, vatRatePercent: 6 });
    const payer = await member('online');
    const sessionsBefore = fake.requestsTo('POST', '/v1/checkout/sessions').length;

    const signedOn = await signOn(payer, eventId);
    await drain();

    expect(signedOn).toMatchObject({ status: 'confirmed', checkoutPath: null });
    const [invoice] = await invoicesOf(signedOn.id);
    expect(invoice).toMatchObject({ status: 'open', net_cents: 46, gross_cents: 49, paid_cents: 0, online_payment_id: null });
    expect(fake.requestsTo('POST', '/v1/checkout/sessions')).toHaveLength(sessionsBefore);
  });
});
