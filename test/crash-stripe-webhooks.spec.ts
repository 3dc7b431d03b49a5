import { request } from 'node:http';
import { lockingTransaction } from '../src/common/database/locked-transaction.js';
import { SignOnService } from '../src/subscriptions/sign-on.service.js';
import { Audience } from '../src/subscriptions/subscription-status.js';
import { spawnApp, type AppProcess } from './support/app-process.js';
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
import { FakeStripeServer, signedWebhookDelivery, type WebhookDelivery } from './support/fake-stripe-server.js';
import { rawRequest } from './support/raw-http.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const WEBHOOK_SECRET = 'whsec_test_crash';

describe('Stripe-webhooks dubbel, in verkeerde volgorde en opnieuw na een crash', () => {
  let fake: FakeStripeServer;
  let setup: TestApp;
  let app: AppProcess | undefined;
  const stripeEnv = () => fake.appSettings(WEBHOOK_SECRET);

  beforeAll(async () => {
    fake = await FakeStripeServer.start();
    setup = await startTestApp(stripeEnv());
    await ensureSeason(setup.dataSource);
  }, 180_000);
  afterAll(async () => {
    await app?.stop();
    await setup.close();
    await fake.stop();
  });

  /** An online care centre holding a place, with a Checkout Session at the fake Stripe. */
  const heldPlace = async (eventId: string) => {
    const member: Member = await registerMember(setup, 'care_centre');
    await setPaymentMethod(setup.dataSource, [member.organisationId], 'online');
    const outcome = await lockingTransaction(setup.dataSource, 5000, (manager) =>
      setup.app.get(SignOnService).attempt(manager, {
        eventId,
        organisationId: member.organisationId,
        audience: Audience.CareCentre,
        actorUserId: member.userId,
        details: signOnBody(),
      }),
    );
    if (!('subscription' in outcome)) throw new Error(`niet ingetekend: ${outcome.kind}`);
    const checkout = await setup.http
      .post(`/api/subscriptions/${outcome.subscription.id}/checkout`)
      .set(bearer(member))
      .expect(200);
    const sessionId = /(cs_test_\w+)$/.exec(checkout.body.checkoutUrl as string)![1];
    return { signOnId: outcome.subscription.id, session: fake.sessions.get(sessionId)! };
  };

  const post = (delivery: WebhookDelivery) =>
    rawRequest(app!.baseUrl, {
      method: 'POST',
      path: '/api/payments/stripe/webhook',
      body: delivery.payload,
      headers: { 'content-type': 'application/json', 'stripe-signature': delivery.header },
    });
  const paidDelivery = (session: { id: string }) =>
    signedWebhookDelivery({
      type: 'checkout.session.completed',
      object: fake.markSessionPaid(session.id),
      secret: WEBHOOK_SECRET,
    });

  const stateOf = async (signOnId: string) => {
    const [row] = await setup.dataSource.query(
      `SELECT s.status AS sign_on,
              (SELECT status FROM payments WHERE subscription_id = s.id ORDER BY attempt DESC LIMIT 1) AS payment,
              (SELECT count(*)::int FROM outbox_messages WHERE topic = 'subscription.confirmed' AND payload->>'subscriptionId' = s.id::text) AS confirmations,
              (SELECT count(*)::int FROM subscription_status_changes WHERE subscription_id = s.id) AS changes
         FROM subscriptions s WHERE s.id = $1`,
      [signOnId],
    );
    return row as { sign_on: string; payment: string; confirmations: number; changes: number };
  };
  const confirmedOnce = { sign_on: 'confirmed', payment: 'paid', confirmations: 1, changes: 2 };

  it('elke melding verandert de toestand precies één keer, ook als de app halverwege gekild wordt', async () => {
    const admin = await createStaff(setup, 'admin');
    const launchCentre = await registerMember(setup, 'culture_house');
    const eventId = await publishedEvent(setup, admin, launchCentre.organisationId, { capacity: 5 });
    const duplicated = await heldPlace(eventId);
    const outOfOrder = await heldPlace(eventId);
    const crashed = await heldPlace(eventId);
    app = await spawnApp(setup.databaseUrl, stripeEnv());

    // Duplicated: Stripe delivers the same event twice at once.
    const twice = paidDelivery(duplicated.session);
    const answers = await Promise.all([post(twice), post(twice), post(twice)]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(await stateOf(duplicated.signOnId)).toEqual(confirmedOnce);

    // Out of order: an earlier failure arrives after the success; the sign-on stays paid and confirmed.
    await post(paidDelivery(outOfOrder.session));
    const lateFailure = signedWebhookDelivery({
      type: 'payment_intent.payment_failed',
      object: { id: outOfOrder.session.payment_intent, object: 'payment_intent', metadata: { sign_on_id: outOfOrder.signOnId } },
      secret: WEBHOOK_SECRET,
    });
    expect((await post(lateFailure)).status).toBe(200);
    expect(await stateOf(outOfOrder.signOnId)).toEqual(confirmedOnce);

    // Replayed after a crash: the app dies while handling the event, so Stripe never got its 200 and retries.
    const beforeCrash = paidDelivery(crashed.session);
    await new Promise<void>((sent) => {
      const { port } = new URL(app!.baseUrl);
      const outgoing = request({
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/payments/stripe/webhook',
        headers: { 'content-type': 'application/json', 'stripe-signature': beforeCrash.header },
      });
      outgoing.on('error', () => undefined);
      outgoing.end(beforeCrash.payload, () => sent());
    });
    await app.kill();
    app = await spawnApp(setup.databaseUrl, stripeEnv());
    expect((await post(beforeCrash)).status).toBe(200);
    expect((await post(beforeCrash)).status).toBe(200);
    expect(await stateOf(crashed.signOnId)).toEqual(confirmedOnce);

    const [webhooks] = await setup.dataSource.query(
      `SELECT count(*)::int AS n FROM stripe_webhook_events WHERE stripe_event_id = ANY($1)`,
      [[twice.event.id, beforeCrash.event.id, lateFailure.event.id]],
    );
    expect(webhooks.n).toBe(3);
  }, 240_000);
});
