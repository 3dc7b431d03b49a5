import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../common/config/app-config.js';
import { MailQueue } from '../mail/mail-queue.js';

export const SIGN_ON_CONTACT_RETENTION_JOB = 'privacy-sign-on-contacts';
/** Contacts are needed around the show; two years on, only counts and amounts still matter (docs/privacy.md). */
export const SIGN_ON_CONTACT_RETENTION_YEARS = 2;
export const ANONYMISED_EMAIL = 'geanonimiseerd@satelliet.invalid';
export const ANONYMISED_NAME = 'Geanonimiseerd';

/** Anonymises the contact person on sign-ons of events that ended more than two years ago, nightly. */
@Injectable()
export class SignOnContactRetention implements OnApplicationBootstrap {
  private readonly logger = new Logger(SignOnContactRetention.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly queue: MailQueue,
  ) {}

  /** Once a night, on one replica (pg-boss schedules one job per slot). */
  async onApplicationBootstrap(): Promise<void> {
    if (this.config.MAIL_POLL_MS === 0) return;
    await this.queue.boss.createQueue(SIGN_ON_CONTACT_RETENTION_JOB, {
      name: SIGN_ON_CONTACT_RETENTION_JOB,
      policy: 'singleton',
    });
    await this.queue.boss.schedule(SIGN_ON_CONTACT_RETENTION_JOB, '17 3 * * *', {}, { tz: 'Europe/Brussels' });
    await this.queue.boss.work(SIGN_ON_CONTACT_RETENTION_JOB, async () => {
      const anonymised = await this.anonymiseBefore(new Date());
      if (anonymised > 0) this.logger.log({ anonymised }, 'Contactgegevens van oude intekeningen geanonimiseerd');
    });
  }

  /** Returns how many sign-ons were anonymised; running twice changes nothing more. */
  async anonymiseBefore(now: Date): Promise<number> {
    const [, count]: [unknown[], number] = await this.dataSource.query(
      `UPDATE subscriptions s
          SET contact_name = $4, contact_email = $2, contact_phone = '', notes = ''
         FROM events e
        WHERE e.id = s.event_id
          AND e.ends_at < $1::timestamptz - make_interval(years => $3)
          AND s.contact_email <> $2`,
      [now, ANONYMISED_EMAIL, SIGN_ON_CONTACT_RETENTION_YEARS, ANONYMISED_NAME],
    );
    return count;
  }
}
