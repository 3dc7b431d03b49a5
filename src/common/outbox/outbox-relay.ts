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

/** A failing message is retried on later passes with growing delay, and set aside (parked) after this many tries. */
export const MAX_ATTEMPTS = 10;

/** A message that failed its last try: the relay leaves it alone until an admin puts it back in the queue. */
export const IS_PARKED = `dispatched_at IS NULL AND attempts >= ${MAX_ATTEMPTS}`;

/** SQL: the messages aliased `a` and `b` share their event or their sign-on, so they must keep their order. */
export function sameStream(a: string, b: string): string {
  return `(${a}.payload->>'eventId' = ${b}.payload->>'eventId' OR ${a}.payload->>'subscriptionId' = ${b}.payload->>'subscriptionId')`;
}

/**
 * Messages of one event (and so of each of its sign-ons) are handled in the order they were
 * written: a message waits while an earlier one of the same event or sign-on is undispatched,
 * also while that one waits for a retry or is parked, so a REQUEST can never overtake a CANCEL.
 * A parked message therefore holds its event's later messages until it is retried; /health/ready
 * reports it.
 */
const EARLIER_OF_SAME_STREAM = `
  SELECT 1 FROM outbox_messages earlier
   WHERE earlier.dispatched_at IS NULL AND earlier.id < message.id AND ${sameStream('earlier', 'message')}`;

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

  /** Messages set aside after their last try, oldest first; each holds back its event's later messages. */
  async parked(): Promise<{ id: string; topic: string; lastError: string | null }[]> {
    return this.dataSource.query(
      `SELECT id, topic, last_error AS "lastError" FROM outbox_messages WHERE ${IS_PARKED} ORDER BY id`,
    );
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

  /**
   * Claims the next due message and runs each of its handlers behind its own savepoint. A handler
   * that succeeds is recorded in outbox_handler_runs and never runs again for that message; one
   * that fails is rolled back alone, so a broken consumer (say, invoicing without an operator)
   * does not hold back the mails. The message is dispatched once every handler has run.
   */
  private async handleNext(): Promise<boolean> {
    const failures: { handler: string; error: unknown }[] = [];
    let messageId: string | undefined;
    await this.dataSource.transaction(async (manager) => {
      const rows = await manager.query<{ id: string; topic: OutboxTopic; payload: Record<string, unknown>; created_at: Date }[]>(
        `SELECT id, topic, payload, created_at FROM outbox_messages message
          WHERE dispatched_at IS NULL AND attempts < $1 AND (retry_at IS NULL OR retry_at <= now())
            AND NOT EXISTS (${EARLIER_OF_SAME_STREAM})
          ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED`,
        [MAX_ATTEMPTS],
      );
      const row = rows[0];
      if (!row) return;
      messageId = row.id;
      const message: OutboxEnvelope = { id: row.id, topic: row.topic, payload: row.payload, createdAt: row.created_at };
      const done = new Set(
        (
          await manager.query<{ handler: string }[]>('SELECT handler FROM outbox_handler_runs WHERE message_id = $1', [
            message.id,
          ])
        ).map((run) => run.handler),
      );
      for (const handler of this.handlers.filter(
        (candidate) => candidate.topics.includes(message.topic) && !done.has(candidate.name),
      )) {
        await manager.query('SAVEPOINT outbox_handler');
        try {
          await handler.handle(manager, message);
          await manager.query('INSERT INTO outbox_handler_runs (message_id, handler) VALUES ($1, $2)', [
            message.id,
            handler.name,
          ]);
          await manager.query('RELEASE SAVEPOINT outbox_handler');
        } catch (error) {
          await manager.query('ROLLBACK TO SAVEPOINT outbox_handler');
          failures.push({ handler: handler.name, error });
        }
      }
      if (failures.length === 0) {
        await manager.query('UPDATE outbox_messages SET dispatched_at = now() WHERE id = $1', [message.id]);
      } else {
        await manager.query(
          `UPDATE outbox_messages SET attempts = attempts + 1, last_error = $2,
                  retry_at = now() + make_interval(secs => power(2, attempts)::int) WHERE id = $1`,
          [
            message.id,
            failures
              .map(({ handler, error }) => `${handler}: ${error instanceof Error ? error.message : String(error)}`)
              .join('; '),
          ],
        );
      }
    });
    for (const { handler, error } of failures) {
      this.logger.error(
        { err: error, outboxMessageId: messageId, handler },
        'Outbox-bericht kon niet verwerkt worden; later opnieuw',
      );
    }
    return messageId !== undefined;
  }
}
