import type { OutboxTopic } from '../src/common/outbox/outbox.js';
import { MAX_ATTEMPTS, OutboxRelay, type OutboxEnvelope } from '../src/common/outbox/outbox-relay.js';
import { writeOutboxMessage } from './support/outbox-messages.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const TOPIC = 'test.invite' as OutboxTopic;

describe('outbox: volgorde per voorstelling en vastgelopen berichten', () => {
  let t: TestApp;
  const handled: string[] = [];
  const failOnce = new Set<string>();

  beforeAll(async () => {
    t = await startTestApp();
    t.app.get(OutboxRelay).register({
      name: 'test-volgorde',
      topics: [TOPIC],
      handle: async (_manager, message: OutboxEnvelope) => {
        const label = String(message.payload.label);
        if (failOnce.delete(label)) {
          handled.push(`${label} mislukt`);
          throw new Error(`${label} mislukt`);
        }
        handled.push(label);
      },
    });
  });
  afterAll(() => t.close());

  const write = (label: string, eventId: string) => writeOutboxMessage(t.dataSource, TOPIC, { label, eventId });

  it('een bericht dat op een nieuwe poging wacht, wordt niet ingehaald door een later bericht van dezelfde voorstelling', async () => {
    handled.length = 0;
    const cancel = await write('CANCEL', 'voorstelling-1');
    await write('REQUEST', 'voorstelling-1');
    await write('ANDERE', 'voorstelling-2');
    failOnce.add('CANCEL');

    await t.app.get(OutboxRelay).drain();
    expect(handled).toEqual(['CANCEL mislukt', 'ANDERE']);

    // The retry is due: the earlier message goes first, then the one that waited for it.
    await t.dataSource.query(`UPDATE outbox_messages SET retry_at = now() WHERE id = $1`, [cancel]);
    await t.app.get(OutboxRelay).drain();
    expect(handled).toEqual(['CANCEL mislukt', 'ANDERE', 'CANCEL', 'REQUEST']);
  });

  it('een bericht na zijn laatste poging maakt /health/ready niet-klaar, met het bericht erbij', async () => {
    await t.http.get('/health/ready').expect(200);
    const parked = await write('GEPARKEERD', 'voorstelling-3');
    await t.dataSource.query(`UPDATE outbox_messages SET attempts = $2, last_error = 'smtp weigert' WHERE id = $1`, [
      parked,
      MAX_ATTEMPTS,
    ]);

    const ready = await t.http.get('/health/ready').expect(503);

    expect(ready.headers['content-type']).toMatch(/problem\+json/);
    expect(ready.body.checks.outbox).toEqual({
      status: 'down',
      parked: [{ id: parked, topic: TOPIC, lastError: 'smtp weigert' }],
    });
  });
});
