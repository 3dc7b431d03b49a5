import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/**
 * Fixed-window counters in PostgreSQL, so every replica counts the same hits.
 * One upsert per request: a bucket restarts when its window has passed.
 */
@Injectable()
export class PgRateLimitStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async hit(key: string, windowSeconds: number): Promise<{ hits: number; secondsLeft: number }> {
    const rows: { hits: number; seconds_left: string }[] = await this.dataSource.query(
      `INSERT INTO rate_limit_buckets AS bucket (key, hits, window_ends_at)
       VALUES ($1, 1, now() + make_interval(secs => $2))
       ON CONFLICT (key) DO UPDATE
          SET hits = CASE WHEN bucket.window_ends_at <= now() THEN 1 ELSE bucket.hits + 1 END,
              window_ends_at = CASE WHEN bucket.window_ends_at <= now()
                                    THEN now() + make_interval(secs => $2)
                                    ELSE bucket.window_ends_at END
       RETURNING hits, CEIL(GREATEST(1, EXTRACT(EPOCH FROM (window_ends_at - now())))) AS seconds_left`,
      [key, windowSeconds],
    );
    return { hits: rows[0].hits, secondsLeft: Number(rows[0].seconds_left) };
  }
}
