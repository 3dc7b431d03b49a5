import type { Attachment } from 'mailparser';
import { readIcs, type ReadVevent } from './ics-reader.js';
import type { CapturedMail } from './smtp-capture.js';

export interface HeldAppointment {
  summary: string;
  utcStart: string;
  utcEnd: string;
  sequence: number;
  /** The Message-ID of the mail that put it there. */
  messageId: string;
}

/**
 * A mail client as strict as Outlook: of each mail it reads only the first text/calendar part,
 * and of that part only the first VEVENT; it applies an update or a cancellation only when its
 * SEQUENCE is higher than the one it last processed for that UID (RFC 5546, 2.1.5), even after a
 * cancellation removed the appointment.
 */
export class FirstVeventClient {
  readonly appointments = new Map<string, HeldAppointment>();
  private readonly lastSequence = new Map<string, number>();
  readonly ignored: string[] = [];

  receive(mail: CapturedMail): void {
    const part = mail.parsed.attachments.find((attachment: Attachment) => attachment.contentType === 'text/calendar');
    if (!part) return;
    const calendar = readIcs(part.content.toString('utf8'));
    const [first] = calendar.events;
    if (first) this.apply(calendar.method, first, mail.parsed.messageId ?? '');
  }

  private apply(method: string | null, event: ReadVevent, messageId: string): void {
    const last = this.lastSequence.get(event.uid);
    if (last !== undefined && event.sequence <= last) {
      this.ignored.push(`${method} ${event.uid} SEQUENCE ${event.sequence} ≤ ${last}`);
      return;
    }
    this.lastSequence.set(event.uid, event.sequence);
    if (method === 'CANCEL') {
      this.appointments.delete(event.uid);
      return;
    }
    const { summary, utcStart, utcEnd, sequence } = event;
    this.appointments.set(event.uid, { summary, utcStart, utcEnd, sequence, messageId });
  }
}
