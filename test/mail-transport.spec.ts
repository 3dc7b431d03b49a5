import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { simpleParser } from 'mailparser';
import { calendarEvent, contact, operator } from './support/calendar-fixtures.js';
import type { MailContent } from '../src/mail/mail-content.js';
import { MailTransport } from '../src/mail/mail-transport.js';
import { confirmationMail, signOnCancelledMail, type SignOnMailInput, waitingListMail } from '../src/mail/sign-on-mails.js';
import { calendarPart, type SmtpCapture, startSmtpCapture } from './support/smtp-capture.js';

const FROM = 'Satelliet <noreply@satelliet.example>';
const signOn: SignOnMailInput = {
  event: calendarEvent(),
  contact,
  organisationName: 'WZC De Zonnebloem',
  organizer: operator,
  sequence: 0,
  manageUrl: 'https://satelliet.example/mijn/intekeningen',
};

describe('mail over een echte SMTP-server', () => {
  let smtp: SmtpCapture;
  let transport: MailTransport;
  beforeAll(async () => {
    smtp = await startSmtpCapture();
    transport = new MailTransport({ smtpUrl: smtp.url, from: FROM, dataDir: join(tmpdir(), 'unused') });
  });
  afterAll(async () => {
    transport.onModuleDestroy();
    await smtp.close();
  });
  const sendAndReceive = async (content: MailContent, messageId?: string) => {
    const before = smtp.messages.length;
    const sent = await transport.send({ to: contact, content, messageId });
    const received = (await smtp.waitForMessages(before + 1))[before];
    return { sent, received };
  };

  it('levert een bevestiging af met tekst, HTML en een text/calendar-deel met method=REQUEST', async () => {
    const content = confirmationMail(signOn);
    const { sent, received } = await sendAndReceive(content);

    expect(sent.emlPath).toBeNull();
    expect(received.envelope).toEqual({ from: 'noreply@satelliet.example', to: [contact.email] });
    expect(received.parsed.to).toMatchObject({ value: [{ address: contact.email, name: contact.name }] });
    expect(received.parsed.from).toMatchObject({ value: [{ address: 'noreply@satelliet.example', name: 'Satelliet' }] });
    expect(received.parsed.subject).toBe('Bevestigd: Bartje en de Beiaard op zo 24 sep 2023, 14:00');
    expect(received.parsed.text).toBe(content.text);
    expect(received.parsed.html).toBe(content.html);
    expect(received.raw).toMatch(/Content-Type: multipart\/alternative/);

    const calendar = calendarPart(received);
    expect(calendar?.method).toBe('REQUEST');
    const invite = calendar!.calendar;
    expect(invite.method).toBe('REQUEST');
    // One VEVENT per message: the technical test travels in a mail of its own (calendar-conformance.spec.ts).
    expect(invite.events.map((event) => event.uid)).toEqual([`event-${signOn.event.id}@satelliet`]);
    expect(invite.events[0]).toMatchObject({ localStart: '2023-09-24T14:00:00', attendees: [`mailto:${contact.email}`] });
  });

  it('levert een annulering af met method=CANCEL', async () => {
    const { received } = await sendAndReceive(signOnCancelledMail({ ...signOn, sequence: 1 }));
    const calendar = calendarPart(received);
    expect(calendar?.method).toBe('CANCEL');
    expect(calendar!.calendar.events.every((event) => event.status === 'CANCELLED')).toBe(true);
  });

  it('stuurt een mail zonder uitnodiging zonder agenda-deel', async () => {
    const { received } = await sendAndReceive(waitingListMail({ ...signOn, position: 2 }));
    expect(received.parsed.attachments).toEqual([]);
    expect(received.parsed.text).toContain('plaats 2 van de wachtlijst');
  });

  it('houdt een opgegeven Message-ID, zodat een herhaalde verzending herkenbaar is', async () => {
    const { sent, received } = await sendAndReceive(confirmationMail(signOn), '<outbox-42@satelliet.example>');
    expect(sent.messageId).toBe('<outbox-42@satelliet.example>');
    expect(received.parsed.messageId).toBe('<outbox-42@satelliet.example>');
  });
});

describe('mail zonder SMTP_URL', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'satelliet-mail-'));
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  it('schrijft elke mail als .eml-bestand onder <dataDir>/mail, met dezelfde MIME-delen', async () => {
    const transport = new MailTransport({ from: FROM, dataDir });
    const first = await transport.send({ to: contact, content: confirmationMail(signOn) });
    await transport.send({ to: contact, content: waitingListMail({ ...signOn, position: 1 }) });
    transport.onModuleDestroy();

    const files = await readdir(join(dataDir, 'mail'));
    expect(files).toHaveLength(2);
    expect(files.every((file) => file.endsWith('.eml') && file.includes(contact.email))).toBe(true);
    expect(dirname(first.emlPath!)).toBe(join(dataDir, 'mail'));
    expect(files).toContain(basename(first.emlPath!));

    const parsed = await simpleParser(await readFile(first.emlPath!));
    expect(parsed.subject).toBe('Bevestigd: Bartje en de Beiaard op zo 24 sep 2023, 14:00');
    expect(parsed.to).toMatchObject({ value: [{ address: contact.email }] });
    expect(parsed.text).toContain('Streamlink: https://stream.satelliet.example/live/bartje-8f3k2');
    expect(parsed.html).toContain('<a href="https://stream.satelliet.example/live/bartje-8f3k2">');
    expect(calendarPart({ parsed })?.method).toBe('REQUEST');
  });
});
