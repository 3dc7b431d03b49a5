import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../common/config/app-config.js';
import { recordAudit } from '../common/audit/audit.js';
import { addToOutbox, OutboxTopic } from '../common/outbox/outbox.js';
import { MailQueue, STREAMED_JOB } from '../mail/mail-queue.js';
import { EventStatus } from './event-status.js';

/**
 * A published event becomes `streamed` once its end time has passed: from then on it can no
 * longer be moved or cancelled, its sign-ons count as they are, and finance can close its books.
 * A pg-boss job every five minutes, on one replica at a time; it is registered beside the other
 * jobs in MailModule, which owns the pg-boss instance (EventsModule cannot import it: MailModule
 * reaches EventsModule through CalendarModule).
 */
@Injectable()
export class StreamedEvents implements OnApplicationBootstrap {
  private readonly logger = new Logger(StreamedEvents.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly queue: MailQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.MAIL_POLL_MS === 0) return;
    await this.queue.boss.schedule(STREAMED_JOB, '*/5 * * * *');
    await this.queue.boss.work(STREAMED_JOB, async () => {
      const streamed = await this.markEnded(new Date());
      if (streamed.length > 0) this.logger.log({ streamed }, 'Voorstellingen gestreamd');
    });
  }

  /**
   * Marks every published event that ended by `now`; returns their ids. One statement, so a rerun
   * changes nothing twice, and the feedback mails are asked for in the same transaction, so each
   * stream asks once, crash or not.
   */
  async markEnded(now: Date): Promise<string[]> {
    return this.dataSource.transaction(async (manager) => {
      const [rows]: [{ id: string; ends_at: Date }[], number] = await manager.query(
        `UPDATE events SET status = $1, updated_at = now() WHERE status = $2 AND ends_at <= $3 RETURNING id, ends_at`,
        [EventStatus.Streamed, EventStatus.Published, now],
      );
      for (const { id, ends_at } of rows) {
        await addToOutbox(manager, OutboxTopic.EventStreamed, { eventId: id, endedAt: ends_at.toISOString() });
        await recordAudit(manager, {
          actorUserId: null,
          action: 'event.streamed',
          subjectType: 'event',
          subjectId: id,
          before: { status: EventStatus.Published },
          after: { status: EventStatus.Streamed },
        });
      }
      return rows.map((row) => row.id);
    });
  }
}
