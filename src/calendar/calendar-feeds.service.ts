import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../common/config/app-config.js';
import { ProblemException } from '../common/errors/problem.js';
import { CalendarProblems } from './calendar.errors.js';
import { CalendarReader } from './calendar-reader.js';
import { buildFeed } from './feed-builder.js';

export interface FeedLink {
  /** Null when the organisation has no feed (never made one, or revoked it). */
  url: string | null;
  createdAt: Date | null;
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

  /** Only the events of the organisation the token belongs to; an unknown or revoked token is a 404. */
  async privateFeed(token: string): Promise<string> {
    const [feed] = await this.dataSource.query<{ organisation_id: string; name: string }[]>(
      `SELECT f.organisation_id, o.name FROM calendar_feeds f JOIN organisations o ON o.id = f.organisation_id WHERE f.token = $1 AND o.active`,
      [token],
    );
    if (!feed) throw feedNotFound();
    const entries = (await this.reader.eventsOfOrganisation(feed.organisation_id)).map(({ event, confirmed }) => ({
      event,
      sequence: event.calendarSequence,
      streamLinkAllowed: confirmed,
    }));
    return buildFeed({ name: `Satelliet: ${feed.name}`, entries, withStreamLinks: true });
  }

  async seasonFeed(code: string): Promise<string> {
    const events = await this.reader.eventsOfSeason(code);
    if (!events) throw new ProblemException(CalendarProblems.seasonNotFound, `Seizoen ${code} bestaat niet.`);
    return buildFeed({
      name: `Satelliet ${code}`,
      entries: events.map((event) => ({ event, sequence: event.calendarSequence, streamLinkAllowed: false })),
      withStreamLinks: false,
    });
  }

  private url(token: string): string {
    return `${this.config.PUBLIC_BASE_URL.replace(/\/$/, '')}/calendar/${token}.ics`;
  }
}
