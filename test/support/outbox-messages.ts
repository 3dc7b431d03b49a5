import type { DataSource } from 'typeorm';
import type { OutboxTopic } from '../../src/common/outbox/outbox.js';

/** Writes an outbox message the way addToOutbox does, and returns its id. */
export async function writeOutboxMessage(
  dataSource: DataSource,
  topic: OutboxTopic,
  payload: Record<string, unknown>,
): Promise<string> {
  const [row] = await dataSource.query<{ id: string }[]>(
    `INSERT INTO outbox_messages (topic, payload) VALUES ($1, $2) RETURNING id`,
    [topic, payload],
  );
  return row.id;
}
