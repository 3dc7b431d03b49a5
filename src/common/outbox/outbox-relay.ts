import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import type { OutboxTopic } from './outbox.js';

export interface OutboxEnvelope {
  id: string;
  topic: OutboxTopic;
  payload: Record<string, unknown>;
  createdAt: Date;
}

/**
 * A consumer of domain events. It runs inside the transaction that marks the message handled,
 * so whatever it writes to the database happens exactly once. Work outside the database (mail,
 * Stripe) must be queued from here as a job, never done here.
 */
export interface OutboxHandler {
  name: string;
  topics: readonly OutboxTopic[];
  handle(manager: EntityManager, message: OutboxEnvelope): Promise<void>;
}

/** A failing message is retried on later passes with growing delay, and set aside after this many tries. */
const MAX_ATTEMPTS = 10;

/**
 * Hands outbox messages to the registered handlers, one message per transaction, claimed with
 * FOR UPDATE SKIP LOCKED so that several replicas share the work without handling one twice.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly handlers: OutboxHandler[] = [];
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  register(handler: OutboxHandler): void {
    this.handlers.push(handler);
  }

  onApplicationBootstrap(): void {
    if (this.config.OUTBOX_POLL_MS > 0) {
      this.timer = setInterval(
        () => void this.drain().catch((error: unknown) => this.logger.error(error)),
        this.config.OUTBOX_POLL_MS,
      );
    }
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** Handles every message that is due now; returns how many were handled. Tests call this directly. */
  drain(): Promise<number> {
    this.running ??= this.drainAll().finally(() => (this.running = undefined));
    return this.running;
  }

  private async drainAll(): Promise<number> {
    let handled = 0;
    while (await this.handleNext()) handled++;
    return handled;
  }

  private async handleNext(): Promise<boolean> {
    let failed: { id: string; error: unknown } | undefined;
    const claimed = await this.dataSource.transaction(async (manager) => {
      const rows = await manager.query<{ id: string; topic: OutboxTopic; payload: Record<string, unknown>; created_at: Date }[]>(
        `SELECT id, topic, payload, created_at FROM outbox_messages
          WHERE dispatched_at IS NULL AND attempts < $1 AND (retry_at IS NULL OR retry_at <= now())
          ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED`,
        [MAX_ATTEMPTS],
      );
      const row = rows[0];
      if (!row) return false;
      const message: OutboxEnvelope = { id: row.id, topic: row.topic, payload: row.payload, createdAt: row.created_at };
      try {
        await manager.query('SAVEPOINT outbox_handlers');
        for (const handler of this.handlers.filter((candidate) => candidate.topics.includes(message.topic))) {
          await handler.handle(manager, message);
        }
        await manager.query('UPDATE outbox_messages SET dispatched_at = now() WHERE id = $1', [message.id]);
      } catch (error) {
        // Undo the handlers' writes but keep the claim, and count the failed try.
        await manager.query('ROLLBACK TO SAVEPOINT outbox_handlers');
        await manager.query(
          `UPDATE outbox_messages SET attempts = attempts + 1, last_error = $2,
                  retry_at = now() + make_interval(secs => power(2, attempts)::int) WHERE id = $1`,
          [message.id, error instanceof Error ? error.message : String(error)],
        );
        failed = { id: message.id, error };
      }
      return true;
    });
    if (failed)
      this.logger.error(
        { err: failed.error, outboxMessageId: failed.id },
        'Outbox-bericht kon niet verwerkt worden; later opnieuw',
      );
    return claimed;
  }
}
