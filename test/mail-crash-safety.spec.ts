import { OutboxRelay } from '../src/common/outbox/outbox-relay.js';
import { MailWorker } from '../src/mail/mail-worker.js';
import { Reminders } from '../src/mail/reminders.js';
import {
  bearer,
  createStaff,
  ensureSeason,
  type Member,
  publishedEvent,
  registerMember,
  signOnBody,
} from './support/factories.js';
import { type SmtpCapture, startSmtpCapture } from './support/smtp-capture.js';
import { startAppOn, startTestApp, type TestApp } from './support/test-app.js';

describe('elke mail gaat precies één keer weg, ook na een crash en met twee replica’s', () => {
  let smtp: SmtpCapture;
  let first: TestApp;
  let admin: Member;
  let launchCentre: Member;
  const open: TestApp[] = [];

  const signOn = async (app: TestApp, email: string, daysAhead = 30) => {
    const eventId = await publishedEvent(app, admin, launchCentre.organisationId, {}, daysAhead);
    const satellite = await registerMember(app);
    await app.http
      .post(`/api/events/${eventId}/subscriptions`)
      .set(bearer(satellite))
      .send(signOnBody({ contactEmail: email }))
      .expect(201);
    return eventId;
  };
  const countTo = (email: string) => smtp.messages.filter((mail) => mail.envelope.to.includes(email)).length;

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    first = await startTestApp({ SMTP_URL: smtp.url });
    await ensureSeason(first.dataSource);
    admin = await createStaff(first, 'admin');
    launchCentre = await registerMember(first, 'culture_house');
  });
  afterAll(async () => {
    for (const app of open) await app.close();
    await first.close();
    await smtp.close();
  });

  it('verliest geen mail als de app stopt tussen commit en verzending, en stuurt ze na de herstart één keer', async () => {
    const crashing = await startAppOn(first.databaseUrl, { SMTP_URL: smtp.url });
    await signOn(crashing, 'herstart@zorg.example');
    await crashing.close(); // committed, never relayed
    const restarted = await startAppOn(first.databaseUrl, { SMTP_URL: smtp.url });
    open.push(restarted);

    await restarted.app.get(OutboxRelay).drain();
    // Stops again after the relay queued the job but before the worker sent it.
    await restarted.close();
    open.pop();
    const again = await startAppOn(first.databaseUrl, { SMTP_URL: smtp.url });
    open.push(again);
    // The confirmation and the technical test's own invite.
    expect(await again.app.get(MailWorker).drain()).toBe(2);
    expect(await again.app.get(OutboxRelay).drain()).toBe(0);
    expect(await again.app.get(MailWorker).drain()).toBe(0);
    await smtp.waitForMessages(2);
    expect(countTo('herstart@zorg.example')).toBe(2);
  });

  it('stuurt een mail die al als verzonden staat niet opnieuw, ook al draait de job nog eens', async () => {
    await signOn(first, 'al-weg@zorg.example');
    await first.app.get(OutboxRelay).drain();
    // As if a worker sent and committed, then died before pg-boss heard the job was done.
    await first.dataSource.query(`UPDATE mail_deliveries SET sent_at = now() WHERE recipient_email = 'al-weg@zorg.example'`);
    expect(await first.app.get(MailWorker).drain()).toBe(0);
    expect(countTo('al-weg@zorg.example')).toBe(0);
  });

  it('verstuurt met twee app-instanties op één database elke mail één keer', async () => {
    const second = await startAppOn(first.databaseUrl, { SMTP_URL: smtp.url });
    open.push(second);
    const emails = Array.from({ length: 6 }, (_, index) => `replica-${index}@zorg.example`);
    for (const email of emails) await signOn(index(email) % 2 === 0 ? first : second, email);

    await Promise.all([first.app.get(OutboxRelay).drain(), second.app.get(OutboxRelay).drain()]);
    const sent = await Promise.all([first.app.get(MailWorker).drain(), second.app.get(MailWorker).drain()]);
    // Two mails per sign-on: the confirmation and the technical test's own invite.
    expect(sent[0] + sent[1]).toBe(2 * emails.length);
    // A job handed out twice (say after a pg-boss expiry) still finds its delivery sent.
    const [delivery] = await first.dataSource.query<{ id: string }[]>(
      `SELECT id FROM mail_deliveries WHERE recipient_email = $1`,
      [emails[0]],
    );
    const outcomes = await Promise.all([
      first.app.get(MailWorker).deliver(delivery.id),
      second.app.get(MailWorker).deliver(delivery.id),
    ]);
    expect(outcomes).toEqual(['already_sent', 'already_sent']);
    for (const email of emails) expect(countTo(email)).toBe(2);
  });

  it('zet herinneringen 7 dagen en 1 dag vooraf één keer klaar, met streamlink en testmoment', async () => {
    const eventId = await signOn(first, 'herinner@zorg.example', 45);
    await first.app.get(OutboxRelay).drain();
    await first.app.get(MailWorker).drain();
    const [{ starts_at: startsAt }] = await first.dataSource.query<{ starts_at: Date }[]>(
      'SELECT starts_at FROM events WHERE id = $1',
      [eventId],
    );
    const reminders = first.app.get(Reminders);
    const weekBefore = new Date(startsAt.getTime() - 7 * 86_400_000 + 60_000);
    const dayBefore = new Date(startsAt.getTime() - 86_400_000 + 60_000);

    expect(await reminders.queueDue(new Date(startsAt.getTime() - 8 * 86_400_000))).toBe(0);
    expect(await reminders.queueDue(weekBefore)).toBe(1);
    expect(await reminders.queueDue(weekBefore)).toBe(0);
    expect(await reminders.queueDue(dayBefore)).toBe(1);
    await first.app.get(MailWorker).drain();
    const subjects = smtp.messages
      .filter((mail) => mail.envelope.to.includes('herinner@zorg.example'))
      .map((mail) => mail.parsed.subject ?? '');
    // Both reminders were due by the time the worker ran, so they may arrive in either order; each arrives once.
    expect(subjects.map((subject) => subject.split(':')[0]).sort()).toEqual([
      'Bevestigd',
      'Morgen',
      'Nog een week',
      'Technische test',
    ]);
    const tomorrow = smtp.messages.filter((mail) => mail.parsed.subject?.startsWith('Morgen'))[0];
    expect(tomorrow.parsed.text).toContain('Streamlink: https://stream.example/secret-link-123');
    expect(tomorrow.parsed.text).toContain('technische test');
  });
});

function index(email: string): number {
  return Number(/replica-(\d+)/.exec(email)?.[1] ?? 0);
}
