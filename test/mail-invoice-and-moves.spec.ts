import {
  bearer,
  createMembersInBulk,
  createStaff,
  type Member,
  publishedEvent,
  registerMember,
  signOnBody,
} from './support/factories.js';
import { calendarPart } from './support/smtp-capture.js';
import { startMailScene, type MailScene } from './support/mail-scene.js';
import type { TestApp } from './support/test-app.js';

describe('mails over facturen en verplaatsingen, over een echte SMTP-server', () => {
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

  it('stuurt een factuurherinnering aan de koper, één keer, met bedrag, rekening en gestructureerde mededeling', async () => {
    const finance = await createStaff(t, 'finance');
    const eventId = await publishedEvent(t, admin, launchCentre.organisationId, {
      careCentreTariffCents: 9_500,
      vatRatePercent: 6,
    });
    const [member] = await createMembersInBulk(t, 1);
    const signOn = await t.http.post(`/api/events/${eventId}/subscriptions`).set(bearer(member)).send(signOnBody()).expect(201);
    await deliverAll();
    const [invoice] = await t.dataSource.query(
      `SELECT i.id, i.number, o.email FROM invoices i JOIN organisations o ON o.id = i.buyer_organisation_id WHERE i.subscription_id = $1`,
      [signOn.body.id],
    );
    await t.http.post(`/api/invoices/${invoice.id}/reminders`).set(bearer(finance)).expect(202);

    expect(await deliverAll()).toBe(1);
    const [mail] = mailsTo(invoice.email);
    expect(mail.envelope.to).toEqual([invoice.email]);
    expect(mail.parsed.subject).toBe(`Herinnering: factuur ${invoice.number} staat nog open`);
    expect(mail.parsed.text).toContain('Te betalen: €\u00A0100,70');
    expect(mail.parsed.text).toMatch(/Mededeling: \+\+\+\d{3}\/\d{4}\/\d{5}\+\+\+/);
    expect(mail.parsed.html).toContain(`factuur ${invoice.number}`);
    expect(calendarPart(mail)).toBeNull();
    expect(await deliverAll()).toBe(0);
  });

  it('toont bij een verplaatsing het vorige einde en annuleert een weggevallen testmoment onder zijn eigen UID', async () => {
    const eventId = await publishedEvent(t, admin, launchCentre.organisationId);
    const satellite = await registerMember(t);
    await t.http
      .post(`/api/events/${eventId}/subscriptions`)
      .set(bearer(satellite))
      .send(signOnBody({ contactEmail: 'test-weg@zorg.example' }))
      .expect(201);
    await deliverAll();
    const [before] = await t.dataSource.query('SELECT starts_at, ends_at FROM events WHERE id = $1', [eventId]);
    const longer = new Date(before.ends_at.getTime() + 30 * 60_000);
    await t.http
      .patch(`/api/events/${eventId}`)
      .set(bearer(admin))
      .send({ endsAt: longer.toISOString(), testSlotStartsAt: null, testSlotEndsAt: null })
      .expect(200);
    await deliverAll();

    const withSubject = (prefix: string) => {
      const found = mailsTo('test-weg@zorg.example').filter((mail) => mail.parsed.subject?.startsWith(prefix));
      expect(found).toHaveLength(1);
      return found[0];
    };
    const moved = withSubject('Gewijzigd');
    const dropped = withSubject('Geen technische test meer');
    // Only the end moved: the mail says so, with the old end, not today's duration.
    const [, now, was] = /Het tijdstip is nu .+–(\d{2}:\d{2}) \(was .+–(\d{2}:\d{2})\)/.exec(moved.parsed.text ?? '')!;
    expect(now).not.toBe(was);
    const update = calendarPart(moved)!;
    expect(update.method).toBe('REQUEST');
    expect(update.calendar.events.map((event) => event.uid)).toEqual([`event-${eventId}@satelliet`]);

    const cancel = calendarPart(dropped)!;
    expect(cancel.method).toBe('CANCEL');
    expect(cancel.calendar.events.map((event) => [event.uid, event.status, event.sequence])).toEqual([
      [`test-${eventId}@satelliet`, 'CANCELLED', 1],
    ]);
  });
});
