import { SignOnAgainTokens } from '../src/mail/sign-on-again-tokens.js';
import { bearer, eventBody, type Member, publishedEvent, registerMember, signOnBody } from './support/factories.js';
import { startMailScene, type MailScene } from './support/mail-scene.js';
import type { TestApp } from './support/test-app.js';

const DAY = 86_400_000;

describe('een nieuwe datum voor een afgelaste voorstelling (het geval Adamo)', () => {
  let t: TestApp;
  let admin: Member;
  let launchCentre: Member;

  let scene: MailScene;
  const deliverAll = () => scene.deliverAll();
  const mailsTo = (email: string) => scene.mailsTo(email);
  const signOn = (member: Member, eventId: string, email: string) =>
    t.http
      .post(`/api/events/${eventId}/subscriptions`)
      .set(bearer(member))
      .send(signOnBody({ contactEmail: email }));

  /** A new date 40 days ahead: its schedule, with the priority window closing 5 days before the deadline. */
  function newDateBody(overrides: Record<string, unknown> = {}) {
    const { startsAt, endsAt, signOnDeadline, testSlotStartsAt, testSlotEndsAt } = eventBody(launchCentre.organisationId, {}, 40);
    const priorityUntil = new Date(new Date(signOnDeadline).getTime() - 5 * DAY).toISOString();
    return { startsAt, endsAt, signOnDeadline, testSlotStartsAt, testSlotEndsAt, priorityUntil, ...overrides };
  }

  /** A published event with a confirmed, a waitlisted and a self-cancelled satellite, then cancelled. */
  async function cancelledEventWithSatellites(tag: string) {
    const eventId = await publishedEvent(t, admin, launchCentre.organisationId, { capacity: 1 });
    const [confirmed, waiting, quitter] = [await registerMember(t), await registerMember(t), await registerMember(t)];
    const quitterSignOn = await signOn(quitter, eventId, `weg-${tag}@zorg.example`).expect(201);
    await t.http
      .post(`/api/subscriptions/${quitterSignOn.body.id}/cancel`)
      .set(bearer(quitter))
      .send({ reason: 'Geen zaal.' })
      .expect(200);
    await signOn(confirmed, eventId, `bevestigd-${tag}@zorg.example`).expect(201);
    await signOn(waiting, eventId, `wacht-${tag}@zorg.example`).expect(201);
    await t.http.post(`/api/events/${eventId}/cancel`).set(bearer(admin)).send({ reason: 'De artiest is ziek.' }).expect(200);
    await deliverAll();
    return { eventId, confirmed, waiting, quitter };
  }

  /** The one-click path from the mail's link. */
  const linkIn = (email: string) => {
    const mail = mailsTo(email).find((received) => received.parsed.subject?.startsWith('Nieuwe datum'));
    const match = /https?:\/\/[^\s]+\/opnieuw-intekenen\/([^\s]+)/.exec(mail?.parsed.text ?? '');
    if (!match) throw new Error(`Geen link om opnieuw in te tekenen in de mail aan ${email}`);
    return { mail: mail!, token: match[1] };
  };

  const newEventOf = (token: string) => t.app.get(SignOnAgainTokens).verify(token)?.newEventId;

  beforeAll(async () => {
    scene = await startMailScene();
    ({ t, admin, launchCentre } = scene);
  });
  afterAll(() => scene.close());

  it('maakt de nieuwe datum gekoppeld aan de afgelaste en mailt de vorige satellieten een link, niet wie zelf annuleerde', async () => {
    const { eventId } = await cancelledEventWithSatellites('a');
    const created = await t.http.post(`/api/events/${eventId}/new-date`).set(bearer(admin)).send(newDateBody()).expect(201);
    expect(created.body).toMatchObject({ status: 'published', previousEventId: eventId, capacity: 1, streamUrl: null });
    const [cancelled] = await t.dataSource.query('SELECT title FROM events WHERE id = $1', [eventId]);
    expect(created.body.title).toBe(cancelled.title);

    await deliverAll();
    for (const email of ['bevestigd-a@zorg.example', 'wacht-a@zorg.example']) {
      const { mail, token } = linkIn(email);
      expect(mail.parsed.subject).toBe(`Nieuwe datum: ${cancelled.title} op ${/op (.+)$/.exec(mail.parsed.subject!)![1]}`);
      expect(newEventOf(token)).toBe(created.body.id);
      expect(mail.parsed.html).toContain(`/opnieuw-intekenen/${token}`);
    }
    expect(mailsTo('weg-a@zorg.example').some((mail) => mail.parsed.subject?.startsWith('Nieuwe datum'))).toBe(false);
  });

  it('mailt pas bij het publiceren wanneer de nieuwe datum als ontwerp begint', async () => {
    const { eventId } = await cancelledEventWithSatellites('b');
    const draft = await t.http
      .post(`/api/events/${eventId}/new-date`)
      .set(bearer(admin))
      .send(newDateBody({ publish: false }))
      .expect(201);
    expect(draft.body.status).toBe('draft');
    await deliverAll();
    expect(mailsTo('bevestigd-b@zorg.example').filter((mail) => mail.parsed.subject?.startsWith('Nieuwe datum'))).toHaveLength(0);
    await t.http.post(`/api/events/${draft.body.id}/publish`).set(bearer(admin)).expect(200);
    await deliverAll();
    expect(newEventOf(linkIn('bevestigd-b@zorg.example').token)).toBe(draft.body.id);
  });

  it('laat tijdens de voorrangsperiode enkel de vorige satellieten intekenen en weigert anderen met een 409 in het Nederlands', async () => {
    const { eventId, confirmed } = await cancelledEventWithSatellites('c');
    const created = await t.http.post(`/api/events/${eventId}/new-date`).set(bearer(admin)).send(newDateBody()).expect(201);
    const outsider = await registerMember(t);

    const refused = await signOn(outsider, created.body.id, 'nieuw@zorg.example').expect(409);
    expect(refused.body).toMatchObject({
      type: expect.stringContaining('priority-window'),
      priorityUntil: created.body.priorityUntil,
    });
    expect(refused.body.detail).toMatch(
      /^Deze nieuwe datum vervangt een afgelaste voorstelling\. Tot .+ kunnen enkel de satellieten van toen intekenen/,
    );

    await signOn(confirmed, created.body.id, 'bevestigd-c@zorg.example').expect(201);

    // Once the window has closed, everyone may sign on.
    await t.dataSource.query(`UPDATE events SET priority_until = now() - interval '1 minute' WHERE id = $1`, [created.body.id]);
    await signOn(outsider, created.body.id, 'nieuw@zorg.example').expect(201);
  });

  it('weigert de link zodra de organisatie gedeactiveerd is, ook nadat ze weer actief is', async () => {
    const { eventId, confirmed } = await cancelledEventWithSatellites('g');
    await t.http.post(`/api/events/${eventId}/new-date`).set(bearer(admin)).send(newDateBody()).expect(201);
    await deliverAll();
    const { token } = linkIn('bevestigd-g@zorg.example');
    await t.http.get(`/opnieuw-intekenen/${token}`).expect(200);

    await t.http.post(`/api/organisations/${confirmed.organisationId}/deactivate`).set(bearer(admin)).expect(200);
    const refused = await t.http.post(`/opnieuw-intekenen/${token}`).type('form').send({});
    expect(refused.status).toBe(404);
    expect(refused.text).toContain('klopt niet');
    await t.http.post(`/api/organisations/${confirmed.organisationId}/activate`).set(bearer(admin)).expect(200);
    expect((await t.http.post(`/opnieuw-intekenen/${token}`).type('form').send({})).status).toBe(404);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM subscriptions WHERE organisation_id = $1`, [
      confirmed.organisationId,
    ]);
    expect(n).toBe(1);
  });

  it('tekent met één klik opnieuw in met de gegevens van toen, ook een tweede klik geeft geen tweede intekening', async () => {
    const { eventId, confirmed } = await cancelledEventWithSatellites('d');
    const created = await t.http.post(`/api/events/${eventId}/new-date`).set(bearer(admin)).send(newDateBody()).expect(201);
    await deliverAll();
    const { token } = linkIn('bevestigd-d@zorg.example');

    const page = await t.http.get(`/opnieuw-intekenen/${token}`).expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain('<html lang="nl-BE">');
    expect(page.text).toContain(`<form method="post" action="/opnieuw-intekenen/${token}">`);

    const done = await t.http.post(`/opnieuw-intekenen/${token}`).type('form').send({}).expect(200);
    expect(done.text).toContain('Opnieuw ingetekend');
    expect(done.text).toContain('is ingetekend');
    const again = await t.http.post(`/opnieuw-intekenen/${token}`).type('form').send({}).expect(200);
    expect(again.text).toContain('U was al ingetekend');
    const api = await t.http.post(`/api/events/${created.body.id}/subscriptions/again`).send({ token }).expect(200);
    expect(api.body).toMatchObject({ status: 'confirmed', alreadySignedOn: true });

    const rows = await t.dataSource.query(
      `SELECT id, contact_email, contact_name, screens, status FROM subscriptions WHERE event_id = $1 AND organisation_id = $2`,
      [created.body.id, confirmed.organisationId],
    );
    expect(rows).toEqual([
      {
        id: api.body.subscriptionId,
        contact_email: 'bevestigd-d@zorg.example',
        contact_name: 'Lies Animatie',
        screens: 2,
        status: 'confirmed',
      },
    ]);
    await deliverAll();
    expect(mailsTo('bevestigd-d@zorg.example').filter((mail) => mail.parsed.subject?.startsWith('Bevestigd'))).toHaveLength(2);
  });

  it('weigert een vervalste of verkeerde link, en een nieuwe datum voor een voorstelling die niet afgelast is', async () => {
    const { eventId } = await cancelledEventWithSatellites('e');
    const created = await t.http.post(`/api/events/${eventId}/new-date`).set(bearer(admin)).send(newDateBody()).expect(201);
    await deliverAll();
    const { token } = linkIn('bevestigd-e@zorg.example');
    const [subscriptionId, newEventId] = token.split('.');
    const forged = `${subscriptionId}.${newEventId}.AAAA${token.split('.')[2].slice(4)}`;
    const refused = await t.http.post(`/opnieuw-intekenen/${forged}`).type('form').send({}).expect(404);
    expect(refused.text).toContain('Opnieuw intekenen lukt niet');
    await t.http.post(`/api/events/${eventId}/subscriptions/again`).send({ token }).expect(404);

    await t.http.post(`/api/events/${eventId}/new-date`).set(bearer(admin)).send(newDateBody()).expect(409);
    const live = await publishedEvent(t, admin, launchCentre.organisationId);
    const notCancelled = await t.http.post(`/api/events/${live}/new-date`).set(bearer(admin)).send(newDateBody()).expect(409);
    expect(notCancelled.body.type).toContain('event-not-cancelled');
    expect(created.body.id).not.toBe(live);
  });

  it('weigert een voorrangsperiode na de uiterste intekendatum', async () => {
    const { eventId } = await cancelledEventWithSatellites('f');
    const body = newDateBody();
    const late = await t.http
      .post(`/api/events/${eventId}/new-date`)
      .set(bearer(admin))
      .send({ ...body, priorityUntil: body.signOnDeadline })
      .expect(400);
    expect(late.body.errors).toEqual([{ field: 'priorityUntil', message: 'moet vóór de uiterste intekendatum liggen' }]);
  });
});
