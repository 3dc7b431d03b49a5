import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Injectable, type OnModuleDestroy, type Provider } from '@nestjs/common';
import { createTransport, type SendMailOptions, type Transporter } from 'nodemailer';
import type { CalendarPerson } from '../calendar/calendar-event.js';
import { AppConfig } from '../common/config/app-config.js';
import type { MailContent } from './mail-content.js';

export interface MailTransportOptions {
  /** smtp:// or smtps://; absent means: write .eml files instead of sending. */
  smtpUrl?: string;
  from: string;
  /** The .eml files go to `<dataDir>/mail/`. */
  dataDir: string;
}

export interface OutgoingMail {
  to: CalendarPerson;
  content: MailContent;
  /** A stable id (from the outbox row, say) lets a receiving server drop a retried duplicate. */
  messageId?: string;
}

export interface SentMail {
  messageId: string;
  /** Where the message was written, when there is no SMTP server. */
  emlPath: string | null;
}

/**
 * The one door mail leaves by. With SMTP_URL it sends; without, it writes each message as an
 * .eml file a newcomer can open in any mail program, with the same MIME structure.
 */
@Injectable()
export class MailTransport implements OnModuleDestroy {
  private readonly transporter: Transporter;
  private readonly mailFolder: string | null;

  constructor(private readonly options: MailTransportOptions) {
    this.transporter = options.smtpUrl
      ? createTransport(options.smtpUrl)
      : createTransport({ streamTransport: true, buffer: true });
    this.mailFolder = options.smtpUrl ? null : resolve(options.dataDir, 'mail');
  }

  async send(mail: OutgoingMail): Promise<SentMail> {
    const { content } = mail;
    const message: SendMailOptions = {
      from: this.options.from,
      to: { name: mail.to.name, address: mail.to.email },
      subject: content.subject,
      text: content.text,
      html: content.html,
      ...(mail.messageId && { messageId: mail.messageId }),
      // nodemailer puts this in multipart/alternative as `text/calendar; method=…`, which is what
      // Outlook and Gmail look for to show an invite rather than an attachment.
      ...(content.calendar && {
        icalEvent: { method: content.calendar.method, content: content.calendar.ics, filename: 'uitnodiging.ics' },
      }),
    };
    const info = (await this.transporter.sendMail(message)) as { messageId: string; message?: Buffer };
    if (!this.mailFolder) return { messageId: info.messageId, emlPath: null };
    if (!Buffer.isBuffer(info.message)) throw new Error('De mail kon niet als .eml-bestand opgebouwd worden.');
    await mkdir(this.mailFolder, { recursive: true });
    const emlPath = join(this.mailFolder, emlFileName(new Date(), mail.to.email, info.messageId));
    await writeFile(emlPath, info.message, { flag: 'wx' });
    return { messageId: info.messageId, emlPath };
  }

  onModuleDestroy(): void {
    this.transporter.close();
  }
}

/** Sorts by time in a file browser; the message id keeps two mails in one millisecond apart. */
export function emlFileName(at: Date, recipient: string, messageId: string): string {
  const safe = (value: string) =>
    value
      .toLowerCase()
      .replace(/[^a-z0-9.@-]+/g, '-')
      .replace(/^-+|-+$/g, '');
  const idPart = safe(messageId.replace(/@.*$/, '')).slice(-12);
  return `${at.toISOString().replace(/[:.]/g, '-')}-${safe(recipient)}-${idPart}.eml`;
}

export const mailTransportOptionsFrom = (config: AppConfig): MailTransportOptions => ({
  smtpUrl: config.SMTP_URL,
  from: config.MAIL_FROM,
  dataDir: config.DATA_DIR,
});

/** Put this in a module's providers, beside an imported AppConfigModule. */
export const mailTransportProvider: Provider = {
  provide: MailTransport,
  inject: [AppConfig],
  useFactory: (config: AppConfig) => new MailTransport(mailTransportOptionsFrom(config)),
};
