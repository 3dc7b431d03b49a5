import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../common/config/app-config.js';
import { PROGRAMME_SCOPE, readChangeVersion, SIGN_ONS_SCOPE_PREFIX } from '../common/database/change-versions.js';
import { weakEtag } from '../common/http/conditional-get.js';
import { ProblemException } from '../common/errors/problem.js';
import { SubscriptionStatus } from '../subscriptions/subscription-status.js';
import { CalendarProblems } from './calendar.errors.js';
import { CalendarReader } from './calendar-reader.js';
import { buildFeed } from './feed-builder.js';

export interface FeedLink {
  /** Null when the organisation has no feed (never made one, or revoked it). */
  url: string | null;
  createdAt: Date | null;
}

/** Who a private feed belongs to, and the ETag of its current content. */
export interface PrivateFeedVersion {
  organisationId: string;
  organisationName: string;
  etag: string;
}

const feedNotFound = () => new ProblemException(CalendarProblems.feedNotFound, 'Deze agenda bestaat niet (meer).');

/** Private feeds per organisation and the public season feed. */
@Injectable()
export class CalendarFeedsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly reader: CalendarReader,
  ) {}

  async linkFor(organisationId: string): Promise<FeedLink> {
    const [row] = await this.dataSource.query<{ token: string; created_at: Date }[]>(
      'SELECT token, created_at FROM calendar_feeds WHERE organisation_id = $1',
      [organisationId],
    );
    return row ? { url: this.url(row.token), createdAt: row.created_at } : { url: null, createdAt: null };
  }

  /** A new token (the first one, or one that replaces a leaked link); the old link stops working at once. */
  async rotate(organisationId: string): Promise<FeedLink> {
    // 32 random bytes: guessing a live token is as hopeless as guessing a key.
    const token = randomBytes(32).toString('base64url');
    await this.dataSource.query(
      `INSERT INTO calendar_feeds (organisation_id, token) VALUES ($1, $2)
       ON CONFLICT (organisation_id) DO UPDATE SET token = EXCLUDED.token, created_at = now()`,
      [organisationId, token],
    );
    return this.linkFor(organisationId);
  }

  async revoke(organisationId: string): Promise<void> {
    await this.dataSource.query('DELETE FROM calendar_feeds WHERE organisation_id = $1', [organisationId]);
  }

  /**
   * The private feed's ETag from one lookup, without reading any event: the token (an unknown or
   * revoked one is a 404), the programme's change version and the organisation's own sign-ons'.
   */
  async privateFeedVersion(token: string): Promise<PrivateFeedVersion> {
    const [feed] = await this.dataSource.query<{ organisation_id: string; name: string; programme: string; sign_ons: string }[]>(
      `SELECT f.organisation_id, o.name,
              (SELECT version FROM change_versions WHERE scope = $2) AS programme,
              (SELECT version FROM change_versions WHERE scope = $3 || f.organisation_id) AS sign_ons
         FROM calendar_feeds f JOIN organisations o ON o.id = f.organisation_id WHERE f.token = $1 AND o.active`,
      [token, PROGRAMME_SCOPE, SIGN_ONS_SCOPE_PREFIX],
    );
    if (!feed) throw feedNotFound();
    return {
      organisationId: feed.organisation_id,
      organisationName: feed.name,
      etag: weakEtag('feed', token, feed.programme ?? '0', feed.sign_ons ?? '0'),
    };
  }

  /** Only the events of the organisation the token belongs to. */
  async privateFeed(feed: PrivateFeedVersion): Promise<string> {
    const entries = (await this.reader.eventsOfOrganisation(feed.organisationId)).map(({ event, signOnStatus, changedAt }) => ({
      event,
      sequence: event.calendarSequence,
      streamLinkAllowed: signOnStatus === SubscriptionStatus.Confirmed,
      tentative: signOnStatus !== SubscriptionStatus.Confirmed,
      changedAt,
    }));
    return buildFeed({ name: `Satelliet: ${feed.organisationName}`, entries, withStreamLinks: true });
  }

  /** The season feed changes only with the programme. */
  async seasonFeedVersion(code: string): Promise<string> {
    return weakEtag('season-feed', code, await readChangeVersion(this.dataSource.manager, PROGRAMME_SCOPE));
  }

  async seasonFeed(code: string): Promise<string> {
    const events = await this.reader.eventsOfSeason(code);
    if (!events) throw new ProblemException(CalendarProblems.seasonNotFound, `Seizoen ${code} bestaat niet.`);
    return buildFeed({
      name: `Satelliet ${code}`,
      entries: events.map((event) => ({
        event,
        sequence: event.calendarSequence,
        streamLinkAllowed: false,
        changedAt: event.updatedAt,
      })),
      withStreamLinks: false,
    });
  }

  private url(token: string): string {
    return `${this.config.PUBLIC_BASE_URL.replace(/\/$/, '')}/calendar/${token}.ics`;
  }
}
