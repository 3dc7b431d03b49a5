import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CalendarPerson } from '../calendar/calendar-event.js';
import type { MailContent } from './mail-content.js';
import { MailQueue } from './mail-queue.js';

/** A mail decided on, not yet written down. */
export interface PlannedMail {
  /** Unique among all mails ever decided; a repeat of the same key is dropped. */
  dedupeKey: string;
  kind: string;
  to: CalendarPerson;
  content: MailContent;
}

/** Records decided mails and queues their jobs, both in the caller's transaction. */
@Injectable()
export class MailDeliveries {
  constructor(private readonly queue: MailQueue) {}

  /** Returns how many were new; a key already recorded (by this or another replica) is skipped. */
  async record(manager: EntityManager, mails: readonly PlannedMail[], outboxMessageId: string | null = null): Promise<number> {
    let recorded = 0;
    for (const mail of mails) {
      const rows = await manager.query<{ id: string }[]>(
        `INSERT INTO mail_deliveries (dedupe_key, outbox_message_id, kind, recipient_name, recipient_email, content)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
        [mail.dedupeKey, outboxMessageId, mail.kind, mail.to.name, mail.to.email, JSON.stringify(mail.content)],
      );
      if (rows[0]) {
        await this.queue.enqueueWithin(manager, { deliveryId: rows[0].id });
        recorded++;
      }
    }
    return recorded;
  }
}
