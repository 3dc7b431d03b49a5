import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { MailQueue } from '../../mail/mail-queue.js';
import { AppConfig } from '../config/app-config.js';

export const RETENTION_JOB = 'retention';

/**
 * How long bookkeeping rows are kept (docs/reliability.md explains each):
 * - an idempotency key and its answer: a day, as at Stripe; clients retry within minutes;
 * - a dispatched outbox message (and its handler runs): 30 days, to trace what was sent;
 * - a handled Stripe event id: 30 days; Stripe redelivers for at most 3 days;
 * - a rate-limit bucket: an hour after its window ended.
 */
export const KEEPING_TIMES = {
  idempotencyKeys: '1 day',
  dispatchedOutboxMessages: '30 days',
  handledWebhookEvents: '30 days',
  endedRateLimitBuckets: '1 hour',
} as const;

/** Deletes what is past its keeping time, hourly, on one replica per slot (a pg-boss schedule). */
@Injectable()
export class Retention implements OnApplicationBootstrap {
  private readonly logger = new Logger('Bewaartermijnen');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly queue: MailQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.MAIL_POLL_MS === 0) return;
    await this.queue.boss.createQueue(RETENTION_JOB, { name: RETENTION_JOB, policy: 'singleton' });
    await this.queue.boss.schedule(RETENTION_JOB, '7 * * * *');
    await this.queue.boss.work(RETENTION_JOB, async () => {
      const deleted = await this.deleteExpired(new Date());
      this.logger.log(deleted, 'Verlopen rijen verwijderd');
    });
  }

  /** Returns how many rows of each kind were deleted. */
  async deleteExpired(now: Date): Promise<Record<keyof typeof KEEPING_TIMES, number>> {
    return this.dataSource.transaction(async (manager) => {
      const count = async (sql: string, keep: string) => {
        const [, affected] = await manager.query<[unknown[], number]>(sql, [now, keep]);
        return affected;
      };
      await manager.query(
        `DELETE FROM outbox_handler_runs WHERE message_id IN
           (SELECT id FROM outbox_messages WHERE dispatched_at < $1::timestamptz - $2::interval)`,
        [now, KEEPING_TIMES.dispatchedOutboxMessages],
      );
      return {
        idempotencyKeys: await count(
          `DELETE FROM idempotency_keys WHERE created_at < $1::timestamptz - $2::interval`,
          KEEPING_TIMES.idempotencyKeys,
        ),
        dispatchedOutboxMessages: await count(
          `DELETE FROM outbox_messages WHERE dispatched_at < $1::timestamptz - $2::interval`,
          KEEPING_TIMES.dispatchedOutboxMessages,
        ),
        handledWebhookEvents: await count(
          `DELETE FROM stripe_webhook_events WHERE received_at < $1::timestamptz - $2::interval`,
          KEEPING_TIMES.handledWebhookEvents,
        ),
        endedRateLimitBuckets: await count(
          `DELETE FROM rate_limit_buckets WHERE window_ends_at < $1::timestamptz - $2::interval`,
          KEEPING_TIMES.endedRateLimitBuckets,
        ),
      };
    });
  }
}
