import type { AddressInfo } from 'node:net';
import { type Attachment, type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { readIcs } from './ics-reader.js';

export interface CapturedMail {
  /** MAIL FROM and RCPT TO, what the server was actually asked to deliver. */
  envelope: { from: string | null; to: string[] };
  raw: string;
  parsed: ParsedMail;
}

export interface SmtpCapture {
  /** smtp://127.0.0.1:<port>, for SMTP_URL. */
  url: string;
  messages: CapturedMail[];
  /** Resolves once `count` messages have arrived in total. */
  waitForMessages(count: number, timeoutMs?: number): Promise<CapturedMail[]>;
  close(): Promise<void>;
}

/** The inline `text/calendar; method=…` part of a received mail, read back with ical.js. */
export function calendarPart(mail: Pick<CapturedMail, 'parsed'>) {
  const part = mail.parsed.attachments.find((attachment: Attachment) => attachment.contentType === 'text/calendar');
  if (!part) return null;
  const contentType = part.headers.get('content-type') as { params: Record<string, string> };
  return { method: contentType.params.method, calendar: readIcs(part.content.toString('utf8')) };
}

/** A real SMTP server on loopback that keeps every message it receives, parsed by mailparser. */
export async function startSmtpCapture(): Promise<SmtpCapture> {
  const messages: CapturedMail[] = [];
  const waiters: Array<() => void> = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', callback);
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        simpleParser(raw).then(
          (parsed) => {
            const mailFrom = session.envelope.mailFrom;
            messages.push({
              envelope: { from: mailFrom ? mailFrom.address : null, to: session.envelope.rcptTo.map((rcpt) => rcpt.address) },
              raw: raw.toString('utf8'),
              parsed,
            });
            waiters.splice(0).forEach((wake) => wake());
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;

  const waitForMessages = async (count: number, timeoutMs = 5000) => {
    const deadline = Date.now() + timeoutMs;
    while (messages.length < count) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`Wachtte op ${count} mail(s), kreeg er ${messages.length}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return messages.slice(0, count);
  };

  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    waitForMessages,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * The subjects of the mails one address received, for "each mail went out once": a confirmed
 * sign-on gets its invite and, when the event has a technical test, that invite in a mail of its own.
 */
function subjectsTo(messages: readonly CapturedMail[], email: string): string[] {
  return messages.filter((mail) => mail.envelope.to.includes(email)).map((mail) => mail.parsed.subject ?? '');
}

/** True when the address got at least one mail and no subject twice. */
export function eachMailOnce(messages: readonly CapturedMail[], email: string): boolean {
  const subjects = subjectsTo(messages, email);
  return subjects.length > 0 && new Set(subjects).size === subjects.length;
}
