import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import PgBoss from 'pg-boss';
import type { DataSource, EntityManager } from 'typeorm';

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

  constructor(@InjectDataSource() dataSource: DataSource) {
    const { url } = dataSource.options as { url?: string };
    if (!url) throw new Error('MailQueue heeft de DATABASE_URL van de app nodig');
    // Maintenance every 30 s, so a job left active by a killed process is expired and retried within about 90 s.
    this.boss = new PgBoss({ connectionString: url, max: 4, application_name: 'satelliet-mail', maintenanceIntervalSeconds: 30 });
    this.boss.on('error', (error) => this.logger.error(error));
  }

  async onModuleInit(): Promise<void> {
    await this.boss.start();
    // Backoff doubles from 30 s: about two hours of tries before a mail is given up.
    // A mail is sent in seconds; one still active after 60 s belonged to a process that died, and is tried again.
    await this.boss.createQueue(MAIL_JOB, {
      name: MAIL_JOB,
      retryLimit: 8,
      retryDelay: 30,
      retryBackoff: true,
      expireInSeconds: 60,
    });
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
