import { deliveryBacklog } from './support/delivery-backlog.js';
import { spawnApp, type AppProcess } from './support/app-process.js';
import { contestedEvent, signOnOverHttp } from './support/contested-event.js';
import { rawRequest } from './support/raw-http.js';
import { eachMailOnce, startSmtpCapture, type SmtpCapture } from './support/smtp-capture.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { waitUntil } from './support/wait-until.js';

const SIGN_ONS = 80;
const CAPACITY = 20;
const LOGINS_PER_MINUTE = 10;

describe('twee replica’s op één database', () => {
  let setup: TestApp;
  let smtp: SmtpCapture;
  let replicas: AppProcess[] = [];

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    setup = await startTestApp();
  }, 180_000);
  afterAll(async () => {
    await Promise.all(replicas.map((replica) => replica.stop()));
    await setup.close();
    await smtp.close();
  });

  it('geven samen precies de capaciteit, sturen elke mail en factuur één keer, nummeren zonder gaten en delen de aanmeldlimiet', async () => {
    const { eventId, members } = await contestedEvent(setup, CAPACITY, SIGN_ONS);
    const env = {
      SMTP_URL: smtp.url,
      OUTBOX_POLL_MS: '100',
      MAIL_POLL_MS: '100',
      AUTH_RATE_LIMIT_PER_MINUTE: String(LOGINS_PER_MINUTE),
      LOCK_TIMEOUT_MS: '60000',
      // The replicas sit behind one proxy on loopback, whose X-Forwarded-For they believe.
      TRUST_PROXY: '127.0.0.1',
    };
    replicas = await Promise.all([spawnApp(setup.databaseUrl, env), spawnApp(setup.databaseUrl, env)]);

    // Sign-on contention spread over both replicas, as a load balancer would.
    const answers = await Promise.all(
      members.map((member, index) =>
        signOnOverHttp(replicas[index % 2].baseUrl, eventId, member, `replica-${index}@zorg.example`),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array(SIGN_ONS).fill(201));
    const statuses = answers.map((answer) => (answer.json as { status: string }).status);
    expect(statuses.filter((status) => status === 'confirmed')).toHaveLength(CAPACITY);
    expect(statuses.filter((status) => status === 'waitlisted')).toHaveLength(SIGN_ONS - CAPACITY);

    // Both replicas poll the same outbox and the same pg-boss queue: every mail still goes out once.
    const drained = async () => {
      const backlog = await deliveryBacklog(setup.dataSource);
      return backlog.outbox + backlog.mails === 0 && smtp.messages.length >= SIGN_ONS;
    };
    await waitUntil(drained, 240_000, 100, async () => ({
      ...(await deliveryBacklog(setup.dataSource)),
      smtp: smtp.messages.length,
    }));
    const messageIds = smtp.messages.map((mail) => mail.parsed.messageId);
    expect(new Set(messageIds).size).toBe(messageIds.length);
    const notOnce = Array.from({ length: SIGN_ONS }, (_, index) => `replica-${index}@zorg.example`).filter(
      (email) => !eachMailOnce(smtp.messages, email),
    );
    expect(notOnce).toEqual([]);

    // One invoice per confirmed sign-on, numbered without a gap although two replicas issued them.
    const invoices: { subscription_id: string; year: number; sequence: number }[] = await setup.dataSource.query(
      `SELECT i.subscription_id, i.year, i.sequence FROM invoices i JOIN subscriptions s ON s.id = i.subscription_id WHERE s.event_id = $1 ORDER BY i.sequence`,
      [eventId],
    );
    expect(invoices).toHaveLength(CAPACITY);
    expect(new Set(invoices.map((invoice) => invoice.subscription_id)).size).toBe(CAPACITY);
    const sequences = invoices.map((invoice) => invoice.sequence);
    expect(sequences).toEqual(Array.from({ length: CAPACITY }, (_, index) => sequences[0] + index));

    // The login limit is counted in PostgreSQL, so alternating replicas does not double it.
    const logins = [];
    for (let attempt = 0; attempt < LOGINS_PER_MINUTE + 2; attempt++) {
      logins.push(
        await rawRequest(replicas[attempt % 2].baseUrl, {
          method: 'POST',
          path: '/api/auth/login',
          // Unknown addresses: the per-account lock-out (also a 429) stays out of the count.
          body: JSON.stringify({ email: `niemand-${attempt}@test.example`, password: 'niet-het-wachtwoord' }),
          // One client address of its own, behind the proxy the replicas trust.
          headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.77' },
        }),
      );
    }
    expect(logins.map((login) => login.status)).toEqual([...Array(LOGINS_PER_MINUTE).fill(401), 429, 429]);
    expect(logins.slice(-2).map((login) => (login.json as { type: string }).type)).toEqual([
      '/problems/too-many-requests',
      '/problems/too-many-requests',
    ]);
  }, 600_000);
});
