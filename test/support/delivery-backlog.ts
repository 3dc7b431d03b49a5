import type { DataSource } from 'typeorm';

/** What the outbox relay and the mail worker still have to do: both zero means everything went out. */
export async function deliveryBacklog(dataSource: DataSource): Promise<{ outbox: number; mails: number }> {
  const [row] = await dataSource.query(
    `SELECT (SELECT count(*) FROM outbox_messages WHERE dispatched_at IS NULL)::int AS outbox,
            (SELECT count(*) FROM mail_deliveries WHERE sent_at IS NULL)::int AS mails`,
  );
  return row as { outbox: number; mails: number };
}
