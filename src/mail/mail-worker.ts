import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type PgBoss from 'pg-boss';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../common/config/app-config.js';
import type { MailContent } from './mail-content.js';
import { MAIL_JOB, type MailJob, MailQueue } from './mail-queue.js';
import { MailTransport } from './mail-transport.js';

export type DeliveryOutcome = 'sent' | 'already_sent' | 'missing';

interface DeliveryRow {
  id: string;
  recipient_name: string;
  recipient_email: string;
  content: MailContent;
  sent_at: Date | null;
}

/** Mails sent per fetch: a few seconds of SMTP work, well inside the time after which a mail counts as stuck. */
const MAILS_PER_FETCH = 10;

/**
 * Sends queued mails. The delivery row is locked while its mail goes out and marked sent in the
 * same transaction, so a retried or duplicated job finds it sent and sends nothing. Only a crash
 * after the SMTP server accepted and before the commit can repeat a mail; its Message-ID stays
 * the same, so the receiving server can drop it.
 */
@Injectable()
export class MailWorker implements OnApplicationBootstrap {
  private readonly logger = new Logger(MailWorker.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly queue: MailQueue,
    private readonly transport: MailTransport,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.MAIL_POLL_MS === 0) return;
    // pg-boss waits a whole polling interval after every fetch, even a full one: one mail per fetch
    // would send a burst of 400 sign-on mails at one every two seconds.
    await this.queue.boss.work<MailJob>(
      MAIL_JOB,
      { pollingIntervalSeconds: Math.max(0.5, this.config.MAIL_POLL_MS / 1000), batchSize: MAILS_PER_FETCH },
      async (jobs) => {
        await this.deliverEach(jobs);
      },
    );
  }

  /** Sends every job that is due now, in this process; tests call it instead of waiting for the poller. */
  async drain(): Promise<number> {
    let sent = 0;
    for (;;) {
      const jobs: PgBoss.Job<MailJob>[] = await this.queue.boss.fetch<MailJob>(MAIL_JOB, { batchSize: MAILS_PER_FETCH });
      if (jobs.length === 0) return sent;
      sent += await this.deliverEach(jobs);
    }
  }

  /**
   * Each job of a fetch is completed or failed on its own, so one bad address does not send its
   * batch-mates round again; returns how many mails went out.
   */
  private async deliverEach(jobs: PgBoss.Job<MailJob>[]): Promise<number> {
    let sent = 0;
    for (const job of jobs) {
      try {
        if ((await this.deliver(job.data.deliveryId)) === 'sent') sent++;
        await this.queue.boss.complete(MAIL_JOB, job.id);
      } catch (error) {
        await this.queue.boss.fail(MAIL_JOB, job.id, { message: error instanceof Error ? error.message : String(error) });
      }
    }
    return sent;
  }

  async deliver(deliveryId: string): Promise<DeliveryOutcome> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const [row] = await manager.query<DeliveryRow[]>(
          'SELECT id, recipient_name, recipient_email, content, sent_at FROM mail_deliveries WHERE id = $1 FOR UPDATE',
          [deliveryId],
        );
        if (!row) return 'missing';
        if (row.sent_at) return 'already_sent';
        const sent = await this.transport.send({
          to: { name: row.recipient_name, email: row.recipient_email },
          content: row.content,
          messageId: `<${row.id}@satelliet>`,
        });
        await manager.query(
          'UPDATE mail_deliveries SET sent_at = now(), smtp_message_id = $2, attempts = attempts + 1 WHERE id = $1',
          [row.id, sent.messageId],
        );
        return 'sent';
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await this.dataSource.query('UPDATE mail_deliveries SET attempts = attempts + 1, last_error = $2 WHERE id = $1', [
        deliveryId,
        message,
      ]);
      this.logger.warn({ deliveryId, err: error }, 'Mail niet verstuurd; pg-boss probeert later opnieuw');
      throw error;
    }
  }
}
