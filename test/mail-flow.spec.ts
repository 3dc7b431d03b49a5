import { bearer, type Member, publishedEvent, registerMember, signOnBody } from './support/factories.js';
import { calendarPart } from './support/smtp-capture.js';
import { startMailScene, type MailScene } from './support/mail-scene.js';
import type { TestApp } from './support/test-app.js';

describe('mails die een intekening en een voorstelling volgen, over een echte SMTP-server', () => {
  let t: TestApp;
  let admin: Member;
  let launchCentre: Member;

  let scene: MailScene;
  const deliverAll = () => scene.deliverAll();
  const mailsTo = (email: string) => scene.mailsTo(email);

  beforeAll(async () => {
    scene = await startMailScene();
    ({ t, admin, launchCentre } = scene);
  });
  afterAll(() => scene.close());

  it('stuurt bij een bevestigde intekening een mail met tekst, HTML en een REQUEST-uitnodiging met streamlink, en het testmoment apart', async () => {
    const eventId = await publishedEvent(t, admin, launchCentre.organisationId);
    const satellite = await registerMember(t);
    await t.http
      .post(`/api/events/${eventId}/subscriptions`)
      .set(bearer(satellite))
      .send(signOnBody({ contactEmail: 'an@wzc-een.example', contactName: 'An Peeters' }))
      .expect(201);

    expect(await deliverAll()).toBe(2);
    const [mail, testSlot] = mailsTo('an@wzc-een.example').sort((a, b) => a.parsed.subject!.localeCompare(b.parsed.subject!));
    expect(testSlot.parsed.subject).toMatch(/^Technische test: Testvoorstelling/);
    expect(calendarPart(testSlot)?.calendar.events.map((event) => event.uid)).toEqual([`test-${eventId}@satelliet`]);
    expect(mail.envelope.to).toEqual(['an@wzc-een.example']);
    expect(mail.parsed.subject).toMatch(/^Bevestigd: Testvoorstelling/);
    expect(mail.parsed.text).toContain('Streamlink: https://stream.example/secret-link-123');
    expect(mail.parsed.html).toContain('<html lang="nl">');
    const invite = calendarPart(mail);
    expect(invite?.method).toBe('REQUEST');
    expect(invite?.calendar.events[0]).toMatchObject({ uid: `event-${eventId}@satelliet`, sequence: 0 });
    expect(invite?.calendar.events[0].description).toContain('secret-link-123');
    expect(await deliverAll()).toBe(0);
  });

  it('geeft na twee verplaatsingen SEQUENCE 0, 1, 2 onder één UID en annuleert met CANCEL en een hogere SEQUENCE', async () => {
    const eventId = await publishedEvent(t, admin, launchCentre.organisationId, { capacity: 1 });
    const confirmed = await registerMember(t);
    const waiting = await registerMember(t);
    await t.http
      .post(`/api/events/${eventId}/subscriptions`)
      .set(bearer(confirmed))
      .send(signOnBody({ contactEmail: 'bevestigd@zorg.example' }))
      .expect(201);
    await t.http
      .post(`/api/events/${eventId}/subscriptions`)
      .set(bearer(waiting))
      .send(signOnBody({ contactEmail: 'wacht@zorg.example' }))
      .expect(201);
    await deliverAll();
    expect(mailsTo('wacht@zorg.example').map((mail) => [mail.parsed.subject?.split(':')[0], calendarPart(mail)])).toEqual([
      ['Wachtlijst', null],
    ]);

    for (const centre of [await registerMember(t, 'culture_house'), await registerMember(t, 'culture_house')]) {
      await t.http.patch(`/api/events/${eventId}`).set(bearer(admin)).send({ launchCentreId: centre.organisationId }).expect(200);
    }
    await deliverAll();
    await t.http.post(`/api/events/${eventId}/cancel`).set(bearer(admin)).send({ reason: 'De artiest is ziek.' }).expect(200);
    await deliverAll();

    // Mails may arrive in any order; calendars order them by SEQUENCE.
    const received = mailsTo('bevestigd@zorg.example')
      .filter((mail) => !mail.parsed.subject?.startsWith('Technische test'))
      .map((mail) => ({ subject: mail.parsed.subject ?? '', invite: calendarPart(mail)! }))
      .sort((a, b) => a.invite.calendar.events[0].sequence - b.invite.calendar.events[0].sequence);
    expect(received.map(({ subject }) => subject.split(':')[0])).toEqual(['Bevestigd', 'Gewijzigd', 'Gewijzigd', 'Geannuleerd']);
    const streams = received.map(({ invite }) => invite.calendar.events[0]);
    expect(new Set(streams.map((stream) => stream.uid))).toEqual(new Set([`event-${eventId}@satelliet`]));
    expect(streams.map((stream) => stream.sequence)).toEqual([0, 1, 2, 3]);
    expect(received.map(({ invite }) => invite.method)).toEqual(['REQUEST', 'REQUEST', 'REQUEST', 'CANCEL']);
    expect(received[3].invite.calendar.method).toBe('CANCEL');
    expect(received[3].invite.calendar.events.every((event) => event.status === 'CANCELLED')).toBe(true);

    const waitingMails = mailsTo('wacht@zorg.example');
    expect(waitingMails).toHaveLength(2);
    expect(waitingMails[1].parsed.subject).toMatch(/^Geannuleerd/);
    expect(calendarPart(waitingMails[1])).toBeNull();
  });

  it('stuurt een CANCEL aan de contactpersoon van een geannuleerde intekening en promoveert met een uitnodiging', async () => {
    const eventId = await publishedEvent(t, admin, launchCentre.organisationId, { capacity: 1 });
    const first = await registerMember(t);
    const second = await registerMember(t);
    const signOn = await t.http
      .post(`/api/events/${eventId}/subscriptions`)
      .set(bearer(first))
      .send(signOnBody({ contactEmail: 'eerst@zorg.example' }))
      .expect(201);
    await t.http
      .post(`/api/events/${eventId}/subscriptions`)
      .set(bearer(second))
      .send(signOnBody({ contactEmail: 'tweede@zorg.example' }))
      .expect(201);
    await t.http
      .post(`/api/subscriptions/${signOn.body.id}/cancel`)
      .set(bearer(first))
      .send({ reason: 'Geen zaal vrij.' })
      .expect(200);
    await deliverAll();

    expect(
      mailsTo('eerst@zorg.example')
        .map((mail) => calendarPart(mail)?.method)
        .sort(),
    ).toEqual(['CANCEL', 'CANCEL', 'REQUEST', 'REQUEST']);
    const promoted = mailsTo('tweede@zorg.example')
      .map((mail) => [mail.parsed.subject?.split(':')[0], calendarPart(mail)?.method ?? null])
      .sort();
    // Promoted before the relay got to the waiting-list message: only the promotion goes out.
    expect(promoted).toEqual([
      ['Er is plaats', 'REQUEST'],
      ['Technische test', 'REQUEST'],
    ]);
  });

  it('mailt een uitnodiging van een cultuurhuis met de link om ze aan te nemen', async () => {
    const eventId = await publishedEvent(t, admin, launchCentre.organisationId);
    const response = await t.http
      .post(`/api/events/${eventId}/invitations`)
      .set(bearer(launchCentre))
      .send({ email: 'directie@wzc-nieuw.example', costSharing: 'sponsor', message: 'Kijkt u mee?' })
      .expect(201);
    await deliverAll();
    const [mail] = mailsTo('directie@wzc-nieuw.example');
    expect(mail.parsed.subject).toMatch(/^Uitnodiging van /);
    expect(mail.parsed.text).toContain(response.body.acceptUrl);
    expect(calendarPart(mail)).toBeNull();
  });
});
