import type { OutboxTopic } from '../src/common/outbox/outbox.js';
import { MAX_ATTEMPTS, OutboxRelay, type OutboxEnvelope } from '../src/common/outbox/outbox-relay.js';
import { bearer, createStaff, registerMember, type Member } from './support/factories.js';
import { writeOutboxMessage } from './support/outbox-messages.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { postForm, visitForm } from './support/web-form.js';

const TOPIC = 'test.invite' as OutboxTopic;

describe('outbox: een vastgelopen bericht opnieuw proberen', () => {
  let t: TestApp;
  let admin: Member;
  let careCentre: Member;
  const handled: string[] = [];
  const failing = new Set<string>();

  beforeAll(async () => {
    t = await startTestApp();
    admin = await createStaff(t, 'admin');
    careCentre = await registerMember(t, 'care_centre');
    t.app.get(OutboxRelay).register({
      name: 'test-herkansing',
      topics: [TOPIC],
      handle: async (_manager, message: OutboxEnvelope) => {
        const label = String(message.payload.label);
        if (failing.has(label)) throw new Error(`${label}: smtp weigert`);
        handled.push(label);
      },
    });
  });
  afterAll(() => t.close());

  const write = (label: string, eventId: string) => writeOutboxMessage(t.dataSource, TOPIC, { label, eventId });

  /** Fails the message on every try until it is parked, the way the relay parks it. */
  const park = async (label: string) => {
    failing.add(label);
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      await t.dataSource.query(`UPDATE outbox_messages SET retry_at = NULL WHERE payload->>'label' = $1`, [label]);
      await t.app.get(OutboxRelay).drain();
    }
    failing.delete(label);
  };

  it('toont het bericht aan de admin, zet het met de knop terug in de wachtrij vóór wie erop wachtte, en maakt /health/ready weer klaar', async () => {
    const cancel = await write('CANCEL', 'voorstelling-1');
    await park('CANCEL');
    await write('REQUEST', 'voorstelling-1');
    await t.app.get(OutboxRelay).drain();
    expect(handled).toEqual([]);
    await t.http.get('/health/ready').expect(503);

    const admins = [`satelliet_sessie=${admin.token}`];
    const page = await t.http.get('/beheer/berichten').set('Cookie', admins).expect(200);
    expect(page.text).toContain('CANCEL: smtp weigert');
    expect(page.text).toContain(`/beheer/berichten/${cancel}/opnieuw`);
    expect(page.text).toContain('Opnieuw proberen');
    await t.http
      .get('/beheer/berichten')
      .set('Cookie', [`satelliet_sessie=${careCentre.token}`])
      .expect(403);
    const listed = await t.http.get('/api/outbox/parked-messages').set(bearer(admin)).expect(200);
    expect(listed.body).toEqual({
      total: 1,
      items: [
        expect.objectContaining({
          id: cancel,
          attempts: MAX_ATTEMPTS,
          lastError: expect.stringContaining('smtp weigert'),
          heldBack: 1,
        }),
      ],
    });
    await t.http.get('/api/outbox/parked-messages').set(bearer(careCentre)).expect(403);

    const visitor = await visitForm(t, '/beheer/berichten', admins);
    const retried = await postForm(t, visitor, `/beheer/berichten/${cancel}/opnieuw`, {}).expect(303);
    expect(retried.headers.location).toBe('/beheer/berichten?bericht=opnieuw');

    await t.app.get(OutboxRelay).drain();
    expect(handled).toEqual(['CANCEL', 'REQUEST']);
    await t.http.get('/health/ready').expect(200);
    expect((await t.http.get('/api/outbox/parked-messages').set(bearer(admin)).expect(200)).body).toEqual({
      items: [],
      total: 0,
    });

    const again = await t.http.post(`/api/outbox/parked-messages/${cancel}/retry`).set(bearer(admin)).expect(409);
    expect(again.headers['content-type']).toMatch(/problem\+json/);
    expect(again.body.type).toBe('/problems/outbox-message-not-parked');
    await t.http.post('/api/outbox/parked-messages/999999999/retry').set(bearer(admin)).expect(404);
    const bad = await t.http.post('/api/outbox/parked-messages/abc/retry').set(bearer(admin)).expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'id' })]);
  });

  it('een bericht dat bij de nieuwe poging weer mislukt, staat meteen weer vast met de nieuwe fout', async () => {
    const message = await write('OPNIEUW-MIS', 'voorstelling-2');
    await park('OPNIEUW-MIS');
    await t.http.post(`/api/outbox/parked-messages/${message}/retry`).set(bearer(admin)).expect(202);
    await t.http.get('/health/ready').expect(200);

    failing.add('OPNIEUW-MIS');
    await t.app.get(OutboxRelay).drain();

    const ready = await t.http.get('/health/ready').expect(503);
    expect(ready.body.checks.outbox.parked).toEqual([expect.objectContaining({ id: message })]);
  });
});
