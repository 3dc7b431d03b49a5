import { lockingTransaction } from '../src/common/database/locked-transaction.js';
import { PaymentHoldsService } from '../src/payments/payment-holds.service.js';
import { SignOnService } from '../src/subscriptions/sign-on.service.js';
import { Audience } from '../src/subscriptions/subscription-status.js';
import {
  createMembersInBulk,
  createStaff,
  ensureSeason,
  publishedEvent,
  registerMember,
  setPaymentMethod,
  signOnBody,
} from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('gelijktijdig intekenen met online betalen', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Online payment only exists with Stripe configured; this test never reaches Stripe itself.
    t = await startTestApp({
      PAYMENT_WORKER_POLL_MS: '0',
      STRIPE_SECRET_KEY: 'sk_test_gelijktijdig',
      STRIPE_WEBHOOK_SECRET: 'whsec_gelijktijdig',
    });
    await ensureSeason(t.dataSource);
  });
  afterAll(() => t.close());

  it('200 organisaties die online betalen op 20 plaatsen: precies 20 houden een plaats vast; als 5 vasthoudtijden verlopen, schuiven er precies 5 door', async () => {
    const admin = await createStaff(t, 'admin');
    const launchCentre = await registerMember(t, 'culture_house');
    const eventId = await publishedEvent(t, admin, launchCentre.organisationId, { capacity: 20 });
    const members = await createMembersInBulk(t, 200);
    await setPaymentMethod(
      t.dataSource,
      members.map((member) => member.organisationId),
      'online',
    );

    // The decision code behind POST /api/events/:id/subscriptions, 200 transactions at once.
    const signOns = t.app.get(SignOnService);
    const outcomes = await Promise.all(
      members.map((member) =>
        lockingTransaction(t.dataSource, 30_000, (manager) =>
          signOns.attempt(manager, {
            eventId,
            organisationId: member.organisationId,
            audience: Audience.CareCentre,
            actorUserId: member.userId,
            details: signOnBody(),
          }),
        ),
      ),
    );
    const kinds = outcomes.map((outcome) => outcome.kind);
    expect(kinds.filter((kind) => kind === 'pending_payment')).toHaveLength(20);
    expect(kinds.filter((kind) => kind === 'waitlisted')).toHaveLength(180);

    const byStatus = async (status: string): Promise<string[]> =>
      (
        await t.dataSource.query<{ id: string }[]>(
          `SELECT id FROM subscriptions WHERE event_id = $1 AND status = $2 ORDER BY queue_number`,
          [eventId, status],
        )
      ).map((row) => row.id);
    const held = await byStatus('pending_payment');
    const firstFiveWaiting = (await byStatus('waitlisted')).slice(0, 5);
    expect(held).toHaveLength(20);

    const walkedAway = held.slice(0, 5);
    await t.dataSource.query(
      `UPDATE subscription_status_changes SET changed_at = changed_at - interval '2 hours' WHERE subscription_id = ANY($1::uuid[])`,
      [walkedAway],
    );
    // Two runs at once, as two replicas would: each hold is released once, and reported by the run that released it.
    const holds = t.app.get(PaymentHoldsService);
    const reports = await Promise.all([holds.expireOverdueHolds(), holds.expireOverdueHolds()]);
    expect(reports.flatMap((report) => report.expired).sort()).toEqual([...walkedAway].sort());
    expect(reports.flatMap((report) => [...report.confirmed, ...report.retryLater])).toEqual([]);

    expect((await byStatus('expired')).sort()).toEqual([...walkedAway].sort());
    const nowHolding = await byStatus('pending_payment');
    expect(nowHolding).toHaveLength(20);
    expect(nowHolding.filter((id) => firstFiveWaiting.includes(id)).sort()).toEqual([...firstFiveWaiting].sort());
    expect(await byStatus('waitlisted')).toHaveLength(175);
    const [promotions] = await t.dataSource.query(
      `SELECT count(*) AS n FROM subscription_status_changes c JOIN subscriptions s ON s.id = c.subscription_id
        WHERE s.event_id = $1 AND c.from_status = 'waitlisted'`,
      [eventId],
    );
    expect(promotions.n).toBe('5');
  });
});
