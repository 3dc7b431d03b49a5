import { deliveryBacklog } from './support/delivery-backlog.js';
import { spawnApp, type AppProcess } from './support/app-process.js';
import { type RawResponse } from './support/raw-http.js';
import { contestedEvent, signOnOverHttp } from './support/contested-event.js';
import { eachMailOnce, startSmtpCapture, type SmtpCapture } from './support/smtp-capture.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { waitUntil } from './support/wait-until.js';

const SIGN_ONS = 200;
const CAPACITY = 50;

describe('kill -9 midden in 200 gelijktijdige intekeningen', () => {
  let setup: TestApp;
  let smtp: SmtpCapture;
  let app: AppProcess | undefined;

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    setup = await startTestApp();
  }, 180_000);
  afterAll(async () => {
    await app?.stop();
    await setup.close();
    await smtp.close();
  });

  it('na de herstart staat elke bevestigde intekening er één keer, de capaciteit houdt, en elk outboxbericht gaat één keer weg', async () => {
    // The in-process app only prepares data and signs tokens; the app under test runs in its own process.
    const { eventId, members } = await contestedEvent(setup, CAPACITY, SIGN_ONS);
    // A long lock wait: on a loaded machine the burst queues on the event row instead of answering 503.
    // Mails the killed process left half-sent are taken up again after 15 s instead of the production minute.
    const env = {
      SMTP_URL: smtp.url,
      OUTBOX_POLL_MS: '100',
      MAIL_POLL_MS: '100',
      LOCK_TIMEOUT_MS: '60000',
      MAIL_STUCK_SECONDS: '15',
      MAIL_RETRY_DELAY_SECONDS: '2',
    };
    app = await spawnApp(setup.databaseUrl, env);

    const answered: RawResponse[] = [];
    const baseUrl = app.baseUrl;
    const burst = members.map((member, index) =>
      signOnOverHttp(baseUrl, eventId, member, `contact-${index}@zorg.example`).then(
        (response) => answered.push(response),
        () => undefined, // the connection died with the process: the outcome is unknown to the client
      ),
    );
    // Mid-burst: some sign-ons are acknowledged, others are in flight or not yet read.
    await waitUntil(() => answered.filter((response) => response.status === 201).length >= 20, 120_000, 5);
    await app.kill();
    await Promise.all(burst);
    expect(answered.filter((response) => response.status !== 201)).toEqual([]);
    const acknowledged = answered.map((response) => (response.json as { id: string }).id);
    expect(acknowledged.length).toBeLessThan(SIGN_ONS);

    app = await spawnApp(setup.databaseUrl, env);
    const rows: { id: string; organisation_id: string; status: string; contact_email: string }[] = await setup.dataSource.query(
      `SELECT id, organisation_id, status, contact_email FROM subscriptions WHERE event_id = $1`,
      [eventId],
    );
    expect(rows.map((row) => row.id)).toEqual(expect.arrayContaining(acknowledged));
    expect(new Set(rows.map((row) => row.organisation_id)).size).toBe(rows.length);
    const confirmed = rows.filter((row) => row.status === 'confirmed');
    expect(confirmed).toHaveLength(Math.min(CAPACITY, rows.length));
    expect(rows.filter((row) => !['confirmed', 'waitlisted'].includes(row.status))).toEqual([]);

    // Let the restarted app work off everything the killed one left in the outbox and the mail queue.
    const drained = async () => {
      const backlog = await deliveryBacklog(setup.dataSource);
      return backlog.outbox + backlog.mails === 0 && smtp.messages.length >= rows.length;
    };
    await waitUntil(drained, 240_000, 100, async () => ({
      ...(await deliveryBacklog(setup.dataSource)),
      smtp: smtp.messages.length,
    }));

    // One mail per change: each sign-on's contact got its mails (confirmation or waiting list, and the test slot's invite), none twice.
    const messageIds = smtp.messages.map((mail) => mail.parsed.messageId);
    expect(new Set(messageIds).size).toBe(messageIds.length);
    expect(rows.filter((row) => !eachMailOnce(smtp.messages, row.contact_email))).toEqual([]);
    // One invoice per confirmed sign-on, none for the waiting list.
    const invoices: { subscription_id: string; count: number }[] = await setup.dataSource.query(
      `SELECT subscription_id, count(*)::int AS count FROM invoices WHERE subscription_id = ANY($1) GROUP BY subscription_id`,
      [rows.map((row) => row.id)],
    );
    expect(invoices.filter((invoice) => invoice.count !== 1)).toEqual([]);
    expect(invoices.map((invoice) => invoice.subscription_id).sort()).toEqual(confirmed.map((row) => row.id).sort());
  }, 600_000);
});
