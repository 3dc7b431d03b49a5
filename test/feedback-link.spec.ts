import { strFromU8, unzipSync } from 'fflate';
import { StreamedEvents } from '../src/events/streamed-events.js';
import { FEEDBACK_LINK_DAYS, FeedbackTokens } from '../src/mail/feedback-tokens.js';
import { bearer, publishedEvent, registerMember, signOnBody, type Member } from './support/factories.js';
import { startMailScene, type MailScene } from './support/mail-scene.js';
import type { TestApp } from './support/test-app.js';
import { postForm, visitForm } from './support/web-form.js';

const DAY = 86_400_000;
const ANSWER = { viewers: 35, screens: 2, satisfaction: 5, pictureAndSound: 'good', comment: 'De bewoners zongen mee.' };

describe('de feedbacklink na een stream', () => {
  let scene: MailScene;
  let t: TestApp;
  let eventId: string;
  let endedAt: Date;
  const ids = {} as Record<'confirmed' | 'second' | 'waiting' | 'cancelled', string>;
  let secondMember: Member;
  const feedbackMailsTo = (email: string) =>
    scene.mailsTo(email).filter((mail) => mail.parsed.subject?.startsWith('Hoe was het?'));
  const tokenIn = (email: string) => {
    const [mail] = feedbackMailsTo(email);
    const match = /https?:\/\/\S+\/feedback\/(\S+)/.exec(mail?.parsed.text ?? '');
    if (!match) throw new Error(`Geen feedbacklink in de mail aan ${email}`);
    return match[1];
  };
  const signOn = async (member: Member, email: string) =>
    (
      await t.http
        .post(`/api/events/${eventId}/subscriptions`)
        .set(bearer(member))
        .send(signOnBody({ contactEmail: email }))
        .expect(201)
    ).body.id as string;

  beforeAll(async () => {
    scene = await startMailScene();
    t = scene.t;
    eventId = await publishedEvent(t, scene.admin, scene.launchCentre.organisationId, { capacity: 2 });
    const [confirmed, second, waiting, quitter] = [
      await registerMember(t),
      await registerMember(t, 'culture_house'),
      await registerMember(t),
      await registerMember(t),
    ];
    ids.cancelled = await signOn(quitter, 'weg@zorg.example');
    await t.http.post(`/api/subscriptions/${ids.cancelled}/cancel`).set(bearer(quitter)).send({}).expect(200);
    ids.confirmed = await signOn(confirmed, 'keek@zorg.example');
    ids.second = await signOn(second, 'keek-ook@cultuur.example');
    secondMember = second;
    ids.waiting = await signOn(waiting, 'wacht@zorg.example');
    const [event] = await t.dataSource.query('SELECT ends_at FROM events WHERE id = $1', [eventId]);
    endedAt = event.ends_at;
    expect(await t.app.get(StreamedEvents).markEnded(new Date(endedAt.getTime() + 60_000))).toEqual([eventId]);
    await scene.deliverAll();
  });
  afterAll(() => scene.close());

  it('mailt elke bevestigde satelliet één keer, niet wie wacht of annuleerde, ook niet als de job opnieuw loopt', async () => {
    expect(feedbackMailsTo('keek@zorg.example')).toHaveLength(1);
    expect(feedbackMailsTo('keek-ook@cultuur.example')).toHaveLength(1);
    expect(feedbackMailsTo('wacht@zorg.example')).toHaveLength(0);
    expect(feedbackMailsTo('weg@zorg.example')).toHaveLength(0);
    expect(await t.app.get(StreamedEvents).markEnded(new Date(endedAt.getTime() + DAY))).toEqual([]);
    await scene.deliverAll();
    expect(feedbackMailsTo('keek@zorg.example')).toHaveLength(1);
    const [mail] = feedbackMailsTo('keek@zorg.example');
    expect(mail.parsed.html).toContain(`/feedback/${tokenIn('keek@zorg.example')}`);
    const [outbox] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM outbox_messages WHERE topic = 'event.streamed' AND payload->>'eventId' = $1`,
      [eventId],
    );
    expect(outbox.n).toBe(1);
  });

  it(`noemt de intekening en verloopt ${FEEDBACK_LINK_DAYS} dagen na het einde van de stream`, async () => {
    const tokens = t.app.get(FeedbackTokens);
    const token = tokenIn('keek@zorg.example');
    const expiresAt = new Date(endedAt.getTime() + FEEDBACK_LINK_DAYS * DAY);
    expect(tokens.verify(token)).toEqual({ kind: 'valid', subscriptionId: ids.confirmed, expiresAt });
    expect(tokens.verify(token, new Date(expiresAt.getTime() - 60_000)).kind).toBe('valid');
    expect(tokens.verify(token, expiresAt).kind).toBe('expired');

    // The same sign-on, for a stream that ended 30 days and a minute ago: its link no longer opens.
    const late = tokens.issue(ids.confirmed, new Date(Date.now() - FEEDBACK_LINK_DAYS * DAY - 60_000));
    const api = await t.http.get(`/api/feedback/${late}`).expect(410);
    expect(api.headers['content-type']).toContain('application/problem+json');
    expect(api.body).toMatchObject({ type: '/problems/feedback-link-expired', title: 'Deze link is verlopen' });
    await t.http.put(`/api/feedback/${late}`).send(ANSWER).expect(410);
    const page = await t.http.get(`/feedback/${late}`).set('Accept', 'text/html').expect(410);
    expect(page.text).toContain('Feedback geven of wijzigen kan niet meer');
    const recent = tokens.issue(ids.confirmed, new Date(Date.now() - (FEEDBACK_LINK_DAYS - 1) * DAY));
    await t.http.get(`/api/feedback/${recent}`).expect(200);
  });

  it('bewaart zonder aanmelden één antwoord per intekening, dat tot het verloopt gewijzigd kan worden en in de export staat', async () => {
    const token = tokenIn('keek-ook@cultuur.example');
    const before = await t.http.get(`/api/feedback/${token}`).expect(200);
    expect(before.body).toMatchObject({ subscriptionId: ids.second, signedOnScreens: 2, answer: null });

    await t.http.put(`/api/feedback/${token}`).send(ANSWER).expect(200);
    const changed = await t.http
      .put(`/api/feedback/${token}`)
      .send({ ...ANSWER, viewers: 41, satisfaction: 4, pictureAndSound: 'hiccups', comment: undefined })
      .expect(200);
    expect(changed.body.answer).toMatchObject({ viewers: 41, satisfaction: 4, pictureAndSound: 'hiccups', comment: '' });

    const rows = await t.dataSource.query(
      'SELECT event_id, viewers, satisfaction, updated_at > answered_at AS changed FROM stream_feedback WHERE subscription_id = $1',
      [ids.second],
    );
    expect(rows).toEqual([{ event_id: eventId, viewers: 41, satisfaction: 4, changed: true }]);

    // The page shows the saved answer, ready to change, and saving it again overwrites the same row.
    const page = await t.http.get(`/feedback/${token}`).expect(200);
    expect(page.text).toContain('value="41"');
    expect(page.text).toMatch(/value="hiccups" checked/);
    const visitor = await visitForm(t, `/feedback/${token}`);
    const saved = await postForm(t, visitor, `/feedback/${token}`, {
      viewers: '50',
      screens: '3',
      satisfaction: '5',
      pictureAndSound: 'good',
      comment: '',
    });
    expect(saved.status).toBe(303);
    expect(saved.headers.location).toBe(`/feedback/${token}?bedankt=1`);
    expect((await t.http.get(`/feedback/${token}?bedankt=1`).expect(200)).text).toContain('Bedankt!');
    const [row] = await t.dataSource.query('SELECT viewers, screens FROM stream_feedback WHERE subscription_id = $1', [
      ids.second,
    ]);
    expect(row).toEqual({ viewers: 50, screens: 3 });

    // The answer is the organisation's data: its GDPR export holds it.
    const exported = await t.http
      .get(`/api/organisations/${secondMember.organisationId}/export`)
      .set(bearer(secondMember))
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const data = JSON.parse(strFromU8(unzipSync(new Uint8Array(exported.body as Buffer))['gegevens.json']));
    expect(data.signOns[0].feedback).toMatchObject({ viewers: 50, screens: 3, satisfaction: 5, pictureAndSound: 'good' });
  });

  it('weigert een link met een verkeerde handtekening en een geannuleerde intekening, als pagina en als API', async () => {
    const token = tokenIn('keek@zorg.example');
    const forged = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    const api = await t.http.put(`/api/feedback/${forged}`).send(ANSWER).expect(404);
    expect(api.body).toMatchObject({ type: '/problems/feedback-link-invalid' });
    const page = await t.http.get(`/feedback/${forged}`).set('Accept', 'text/html').expect(404);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.text).toContain('Deze link om feedback te geven klopt niet');

    const cancelled = t.app.get(FeedbackTokens).issue(ids.cancelled, endedAt);
    const refused = await t.http.put(`/api/feedback/${cancelled}`).send(ANSWER).expect(410);
    expect(refused.body.type).toBe('/problems/feedback-sign-on-cancelled');
    const [{ n }] = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM stream_feedback WHERE subscription_id = ANY($1::uuid[])',
      [[ids.cancelled, ids.confirmed]],
    );
    expect(n).toBe(0);
  });

  it('noemt elk fout veld in het Nederlands en bewaart dan niets', async () => {
    const token = tokenIn('keek@zorg.example');
    const api = await t.http
      .put(`/api/feedback/${token}`)
      .send({ ...ANSWER, viewers: -1, satisfaction: 6, pictureAndSound: 'fantastisch' })
      .expect(400);
    expect(api.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
      'pictureAndSound',
      'satisfaction',
      'viewers',
    ]);
    const visitor = await visitForm(t, `/feedback/${token}`);
    const page = await postForm(t, visitor, `/feedback/${token}`, {
      viewers: 'veel',
      screens: '',
      satisfaction: '',
      pictureAndSound: 'good',
      comment: '',
    });
    expect(page.status).toBe(400);
    expect(page.text.match(/class="error-message"/g)).toHaveLength(3);
    expect(page.text).toContain('Kies een van de antwoorden.');
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM stream_feedback WHERE subscription_id = $1', [
      ids.confirmed,
    ]);
    expect(n).toBe(0);
  });
});
