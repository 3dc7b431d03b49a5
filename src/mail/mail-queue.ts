import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import PgBoss from 'pg-boss';
import type { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../common/config/app-config.js';

export const MAIL_JOB = 'mail-delivery';
export const REMINDER_JOB = 'mail-reminders';
export const STREAMED_JOB = 'events-streamed';

export interface MailJob {
  deliveryId: string;
}

/**
 * pg-boss on the app's own database (in its own schema). Jobs are inserted through the caller's
 * transaction, so a mail job exists exactly when the delivery row that describes it committed.
 */
@Injectable()
export class MailQueue implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(MailQueue.name);
  readonly boss: PgBoss;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly config: AppConfig,
  ) {
    const { url } = dataSource.options as { url?: string };
    if (!url) throw new Error('MailQueue heeft de DATABASE_URL van de app nodig');
    // Maintenance at half the stuck time, so a job left active by a killed process is retried within about twice that time.
    const maintenanceIntervalSeconds = Math.ceil(config.MAIL_STUCK_SECONDS / 2);
    this.boss = new PgBoss({ connectionString: url, max: 4, application_name: 'satelliet-mail', maintenanceIntervalSeconds });
    this.boss.on('error', (error) => this.logger.error(error));
  }

  async onModuleInit(): Promise<void> {
    await this.boss.start();
    // Backoff doubles from the first delay (30 s by default: about two hours of tries before a mail is given up).
    const mailQueue = {
      name: MAIL_JOB,
      retryLimit: 8,
      retryDelay: this.config.MAIL_RETRY_DELAY_SECONDS,
      retryBackoff: true,
      expireInSeconds: this.config.MAIL_STUCK_SECONDS,
    };
    await this.boss.createQueue(MAIL_JOB, mailQueue);
    // createQueue leaves an existing queue as it was; a changed setting takes effect at the next start.
    await this.boss.updateQueue(MAIL_JOB, mailQueue);
    await this.boss.createQueue(REMINDER_JOB, { name: REMINDER_JOB, policy: 'singleton' });
    await this.boss.createQueue(STREAMED_JOB, { name: STREAMED_JOB, policy: 'singleton' });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.boss.stop({ graceful: true, timeout: 10_000 });
  }

  /** Queues the job inside `manager`'s transaction. */
  async enqueueWithin(manager: EntityManager, job: MailJob): Promise<void> {
    const db = {
      executeSql: async (text: string, values: unknown[]) => ({ rows: await manager.query<unknown[]>(text, values) }),
    };
    const id = await this.boss.send(MAIL_JOB, job, { db });
    if (!id) throw new Error(`Mailjob voor ${job.deliveryId} kon niet in de wachtrij`);
  }
}
