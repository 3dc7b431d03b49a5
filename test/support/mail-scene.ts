import { OutboxRelay } from '../../src/common/outbox/outbox-relay.js';
import { MailWorker } from '../../src/mail/mail-worker.js';
import { createStaff, ensureSeason, registerMember, type Member } from './factories.js';
import { startSmtpCapture, type CapturedMail, type SmtpCapture } from './smtp-capture.js';
import { startTestApp, type TestApp } from './test-app.js';

/** The app wired to a real loopback SMTP server, with an admin and a launch centre ready. */
export interface MailScene {
  t: TestApp;
  smtp: SmtpCapture;
  admin: Member;
  launchCentre: Member;
  /** Hands every outbox message to its handlers, then sends every queued mail. */
  deliverAll(): Promise<number>;
  mailsTo(email: string): CapturedMail[];
  close(): Promise<void>;
}

export async function startMailScene(): Promise<MailScene> {
  const smtp = await startSmtpCapture();
  const t = await startTestApp({ SMTP_URL: smtp.url });
  await ensureSeason(t.dataSource);
  return {
    t,
    smtp,
    admin: await createStaff(t, 'admin'),
    launchCentre: await registerMember(t, 'culture_house'),
    deliverAll: async () => {
      await t.app.get(OutboxRelay).drain();
      return t.app.get(MailWorker).drain();
    },
    mailsTo: (email) => smtp.messages.filter((mail) => mail.envelope.to.includes(email)),
    close: async () => {
      await t.close();
      await smtp.close();
    },
  };
}
