import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CalendarReader } from '../calendar/calendar-reader.js';
import { AppConfig } from '../common/config/app-config.js';
import { SubscriptionStatus } from '../subscriptions/subscription-status.js';
import { MailDeliveries, type PlannedMail } from './mail-deliveries.js';
import { manageUrl } from './mail-links.js';
import { MailQueue, REMINDER_JOB } from './mail-queue.js';
import { type ReminderDays, reminderMail } from './reminder-mail.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The window in which a reminder is due: the last day before "7 days before" (or before the
 * start). A check that runs at least daily sees every stream once per window; the key on the
 * start time sends a moved stream's reminder again for its new date.
 */
export function reminderWindow(days: ReminderDays, now: Date): { after: Date; until: Date } {
  return { after: new Date(now.getTime() + (days - 1) * DAY_MS), until: new Date(now.getTime() + days * DAY_MS) };
}

export const reminderKey = (days: ReminderDays, subscriptionId: string, startsAt: Date) =>
  `reminder-${days}d:${subscriptionId}:${startsAt.toISOString()}`;

/** Reminders 7 days and 1 day before a stream, with the stream link and the test time, for confirmed satellites. */
@Injectable()
export class Reminders implements OnApplicationBootstrap {
  private readonly logger = new Logger(Reminders.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly reader: CalendarReader,
    private readonly deliveries: MailDeliveries,
    private readonly queue: MailQueue,
  ) {}

  /** Every quarter of an hour, on one replica at a time (pg-boss schedules it once per slot). */
  async onApplicationBootstrap(): Promise<void> {
    if (this.config.MAIL_POLL_MS === 0) return;
    await this.queue.boss.schedule(REMINDER_JOB, '*/15 * * * *');
    await this.queue.boss.work(REMINDER_JOB, async () => {
      const queued = await this.queueDue(new Date());
      if (queued > 0) this.logger.log({ queued }, 'Herinneringen in de wachtrij gezet');
    });
  }

  /** Records and queues the reminders due at `now`; returns how many were new. */
  async queueDue(now: Date): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const mails: PlannedMail[] = [];
      for (const days of [7, 1] as const) {
        const { after, until } = reminderWindow(days, now);
        const events = await manager.query<{ id: string }[]>(
          `SELECT id FROM events WHERE status = 'published' AND starts_at > $1 AND starts_at <= $2`,
          [after, until],
        );
        for (const { id } of events) {
          const event = await this.reader.event(id, manager);
          if (!event) continue;
          for (const signOn of await this.reader.signOnsOfEvent(id, [SubscriptionStatus.Confirmed], manager)) {
            const content = reminderMail({
              event,
              contact: { name: signOn.contactName, email: signOn.contactEmail },
              organisationName: signOn.organisationName,
              manageUrl: manageUrl(this.config),
              daysBefore: days,
            });
            mails.push({
              dedupeKey: reminderKey(days, signOn.id, event.startsAt),
              kind: `reminder_${days}d`,
              to: { name: signOn.contactName, email: signOn.contactEmail },
              content,
            });
          }
        }
      }
      return this.deliveries.record(manager, mails);
    });
  }
}
