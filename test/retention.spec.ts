import { Retention } from '../src/common/retention/retention.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('bewaartermijnen', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('verwijdert sleutels, verwerkte outbox-berichten, Stripe-ids en rate-limit-emmers na hun termijn, en niets ervoor', async () => {
    const now = new Date('2026-11-30T12:00:00Z');
    const ago = (ms: number) => new Date(now.getTime() - ms);
    for (const [name, createdAt] of [
      ['oud', ago(DAY + HOUR)],
      ['vers', ago(DAY - HOUR)],
    ] as const) {
      await t.dataSource.query(
        `INSERT INTO idempotency_keys (scope, key, request_hash, response_status, created_at) VALUES ('user:x', $1, 'h', 201, $2)`,
        [name, createdAt],
      );
      await t.dataSource.query(`INSERT INTO rate_limit_buckets (key, hits, window_ends_at) VALUES ($1, 1, $2)`, [
        `emmer-${name}`,
        name === 'oud' ? ago(2 * HOUR) : ago(HOUR / 2),
      ]);
    }
    const messages: { id: string }[] = await t.dataSource.query(
      `INSERT INTO outbox_messages (topic, payload, dispatched_at) VALUES
         ('test.oud', '{}', $1), ('test.vers', '{}', $2), ('test.open', '{}', NULL) RETURNING id`,
      [ago(31 * DAY), ago(29 * DAY)],
    );
    await t.dataSource.query(`INSERT INTO outbox_handler_runs (message_id, handler) VALUES ($1, 'mail')`, [messages[0].id]);
    await t.dataSource.query(
      `INSERT INTO stripe_webhook_events (stripe_event_id, type, received_at) VALUES ('evt_oud', 't', $1), ('evt_vers', 't', $2)`,
      [ago(31 * DAY), ago(29 * DAY)],
    );

    const deleted = await t.app.get(Retention).deleteExpired(now);

    expect(deleted).toEqual({
      idempotencyKeys: 1,
      dispatchedOutboxMessages: 1,
      handledWebhookEvents: 1,
      endedRateLimitBuckets: 1,
    });
    expect(await t.dataSource.query(`SELECT key FROM idempotency_keys`)).toEqual([{ key: 'vers' }]);
    expect(await t.dataSource.query(`SELECT key FROM rate_limit_buckets WHERE key LIKE 'emmer-%'`)).toEqual([
      { key: 'emmer-vers' },
    ]);
    expect(await t.dataSource.query(`SELECT topic FROM outbox_messages WHERE topic LIKE 'test.%' ORDER BY id`)).toEqual([
      { topic: 'test.vers' },
      { topic: 'test.open' },
    ]);
    expect(await t.dataSource.query(`SELECT stripe_event_id FROM stripe_webhook_events`)).toEqual([
      { stripe_event_id: 'evt_vers' },
    ]);
  });
});
