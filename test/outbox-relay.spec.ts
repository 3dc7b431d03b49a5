import type { EntityManager } from 'typeorm';
import { OutboxRelay, type OutboxEnvelope } from '../src/common/outbox/outbox-relay.js';
import { addToOutbox, type OutboxTopic } from '../src/common/outbox/outbox.js';
import { startAppOn, startTestApp, type TestApp } from './support/test-app.js';

describe('outbox-relay', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await t.dataSource.query(`CREATE TABLE handled (message_id bigint, handler text, UNIQUE (message_id, handler))`);
  });
  afterAll(() => t.close());

  // Topics no capability listens to, so the app's own handlers (mail, invoicing, payments) stay out of these tests.
  const PING = 'test.ping' as OutboxTopic;
  const IGNORED = 'test.ignored' as OutboxTopic;
  const FLAKY = 'test.flaky' as OutboxTopic;
  const SHARED = 'test.shared' as OutboxTopic;

  const publish = (topic: OutboxTopic, payload: Record<string, unknown>) =>
    t.dataSource.transaction((manager) => addToOutbox(manager, topic, payload));
  const recorder = (name: string, topics: OutboxTopic[]) => ({
    name,
    topics,
    handle: async (manager: EntityManager, message: OutboxEnvelope) => {
      await manager.query('INSERT INTO handled (message_id, handler) VALUES ($1, $2)', [message.id, name]);
    },
  });

  it('geeft elk bericht aan de handlers van zijn onderwerp, één keer', async () => {
    const relay = t.app.get(OutboxRelay);
    relay.register(recorder('mail', [PING]));
    await publish(PING, { subscriptionId: 'a' });
    await publish(IGNORED, { invitationId: 'b' });
    expect(await relay.drain()).toBe(2);
    expect(await relay.drain()).toBe(0);
    const rows = await t.dataSource.query('SELECT handler FROM handled');
    expect(rows).toEqual([{ handler: 'mail' }]);
    const [pending] = await t.dataSource.query(
      `SELECT count(*) AS n FROM outbox_messages WHERE dispatched_at IS NULL AND topic LIKE 'test.%'`,
    );
    expect(pending.n).toBe('0');
  });

  it('draait een mislukte handler alleen terug: de andere handlers gaan door en lopen bij de nieuwe poging niet opnieuw', async () => {
    const relay = t.app.get(OutboxRelay);
    let failNext = true;
    relay.register(recorder('steady', [FLAKY]));
    relay.register({
      name: 'flaky',
      topics: [FLAKY],
      handle: async (manager, message) => {
        await manager.query('INSERT INTO handled (message_id, handler) VALUES ($1, $2)', [message.id, 'flaky']);
        if (failNext) {
          failNext = false;
          throw new Error('SMTP-wachtrij tijdelijk onbereikbaar');
        }
      },
    });
    await publish(FLAKY, { eventId: 'x' });
    await relay.drain();
    const [afterFailure] = await t.dataSource.query(
      `SELECT attempts, last_error, dispatched_at FROM outbox_messages WHERE topic = 'test.flaky'`,
    );
    expect(afterFailure).toMatchObject({
      attempts: 1,
      last_error: 'flaky: SMTP-wachtrij tijdelijk onbereikbaar',
      dispatched_at: null,
    });
    expect(await t.dataSource.query(`SELECT handler FROM handled WHERE handler IN ('flaky', 'steady')`)).toEqual([
      { handler: 'steady' },
    ]);

    await t.dataSource.query(`UPDATE outbox_messages SET retry_at = now() WHERE topic = 'test.flaky'`);
    await relay.drain();
    const handled = await t.dataSource.query(`SELECT handler FROM handled WHERE handler IN ('flaky', 'steady') ORDER BY handler`);
    expect(handled).toEqual([{ handler: 'flaky' }, { handler: 'steady' }]);
    const [afterRetry] = await t.dataSource.query(`SELECT dispatched_at FROM outbox_messages WHERE topic = 'test.flaky'`);
    expect(afterRetry.dispatched_at).not.toBeNull();
  });

  it('twee replica’s op één database verwerken elk bericht precies één keer', async () => {
    const second = await startAppOn(t.databaseUrl);
    try {
      const relays = [t.app.get(OutboxRelay), second.app.get(OutboxRelay)];
      relays.forEach((relay) => relay.register(recorder('replica', [SHARED])));
      for (let index = 0; index < 40; index++) await publish(SHARED, { subscriptionId: String(index) });
      const counts = await Promise.all(relays.map((relay) => relay.drain()));
      expect(counts[0] + counts[1]).toBe(40);
      const [handled] = await t.dataSource.query(
        `SELECT count(*) AS n, count(DISTINCT message_id) AS distinct_n FROM handled WHERE handler = 'replica'`,
      );
      expect(handled).toEqual({ n: '40', distinct_n: '40' });
    } finally {
      await second.close();
    }
  });
});
