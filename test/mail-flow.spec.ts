import type { Attachment } from 'mailparser';
import { OutboxRelay } from '../src/common/outbox/outbox-relay.js';
import { MailWorker } from '../src/mail/mail-worker.js';
import {
  bearer,
  createStaff,
  ensureSeason,
  type Member,
  publishedEvent,
  registerMember,
  signOnBody,
} from './support/factories.js';
import { readIcs } from './support/ics-reader.js';
import { type CapturedMail, type SmtpCapture, startSmtpCapture } from './support/smtp-capture.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** The inline `text/calendar; method=…` part of a received mail. */
function calendarPart(mail: CapturedMail) {
  const part = mail.parsed.attachments.find((attachment: Attachment) => attachment.contentType === 'text/calendar');
  if (!part) return null;
  const contentType = part.headers.get('content-type') as { params: Record<string, string> };
  return { method: contentType.params.method, calendar: readIcs(part.content.toString('utf8')) };
}

describe('mails die een intekening en een voorstelling volgen, over een echte SMTP-server', () => {
  let t: TestApp;
  let smtp: SmtpCapture;
  let admin: Member;
  let launchCentre: Member;

  const deliverAll = async () => {
    await t.app.get(OutboxRelay).drain();
    return t.app.get(MailWorker).drain();
  };
  const mailsTo = (email: string) => smtp.messages.filter((mail) => mail.envelope.to.includes(email));

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    t = await startTestApp({ SMTP_URL: smtp.url });
    await ensureSeason(t.dataSource);
    admin = await createStaff(t, 'admin');
    launchCentre = await registerMember(t, 'culture_house');
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('stuurt bij een bevestigde intekening één mail met tekst, HTML en een REQUEST-uitnodiging met streamlink', async () => {
    const eventId = await publishedEvent(t, admin, launchCentre.organisationId);
    const satellite = await registerMember(t);
    await t.http
      .post(`/api/events/${eventId}/subscriptions`)
      .set(bearer(satellite))
      .send(signOnBody({ contactEmail: 'an@wzc-een.example', contactName: 'An Peeters' }))
      .expect(201);

    expect(await deliverAll()).toBe(1);
    const [mail] = mailsTo('an@wzc-een.example');
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
});
