import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { recordAudit } from '../audit/audit.js';
import { defineProblems, ProblemException } from '../errors/problem.js';
import { IS_PARKED, MAX_ATTEMPTS, sameStream } from './outbox-relay.js';

export const OutboxProblems = defineProblems({
  notFound: { type: 'outbox-message-not-found', status: 404, title: 'Bericht niet gevonden' },
  notParked: { type: 'outbox-message-not-parked', status: 409, title: 'Bericht zit niet vast' },
});

/** A message that failed its last try, with what an admin needs to judge it. */
export class ParkedMessageView {
  @ApiProperty({ description: 'Id van het outbox-bericht.', example: '42' }) id: string;
  @ApiProperty({ description: 'Soort bericht, bv. subscription.confirmed.' }) topic: string;
  @ApiProperty({ nullable: true, description: 'Voorstelling waarover het bericht gaat.' }) eventId: string | null;
  @ApiProperty({ nullable: true, description: 'Titel van die voorstelling.' }) eventTitle: string | null;
  @ApiProperty({ nullable: true, description: 'Intekening waarover het bericht gaat.' }) subscriptionId: string | null;
  @ApiProperty({ nullable: true, description: 'Organisatie van die intekening.' }) organisationName: string | null;
  @ApiProperty({ description: 'Mislukte pogingen.' }) attempts: number;
  @ApiProperty({ nullable: true, description: 'Fout van de laatste poging.' }) lastError: string | null;
  @ApiProperty({ description: 'Wanneer het bericht geschreven werd (ISO 8601).' }) createdAt: string;
  @ApiProperty({ description: 'Latere berichten van dezelfde voorstelling of intekening die erop wachten.' })
  heldBack: number;
}

export class ParkedMessagesPage {
  @ApiProperty({ type: [ParkedMessageView], description: 'De vastgelopen berichten van deze pagina, oudste eerst.' })
  items: ParkedMessageView[];
  @ApiProperty({ description: 'Aantal vastgelopen berichten in totaal.' }) total: number;
}

const PARKED_COLUMNS = `
  m.id, m.topic, m.payload->>'eventId' AS "eventId", e.title AS "eventTitle",
  m.payload->>'subscriptionId' AS "subscriptionId", o.name AS "organisationName",
  m.attempts, m.last_error AS "lastError", m.created_at AS "createdAt",
  (SELECT count(*)::int FROM outbox_messages later
    WHERE later.dispatched_at IS NULL AND later.id > m.id AND ${sameStream('later', 'm')}) AS "heldBack"`;

/**
 * The admin's view of the outbox messages that gave up, and the way to put one back in the queue.
 * A retry keeps the message's id, and the relay orders every event's and sign-on's messages by id,
 * so the retried message still goes before the later messages it held back, and they follow it.
 */
@Injectable()
export class ParkedMessages {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(limit: number, offset: number): Promise<ParkedMessagesPage> {
    const [items, [{ total }]] = await Promise.all([
      this.dataSource.query<(Omit<ParkedMessageView, 'createdAt'> & { createdAt: Date })[]>(
        `SELECT ${PARKED_COLUMNS}
           FROM outbox_messages m
           LEFT JOIN events e ON e.id::text = m.payload->>'eventId'
           LEFT JOIN subscriptions s ON s.id::text = m.payload->>'subscriptionId'
           LEFT JOIN organisations o ON o.id = s.organisation_id
          WHERE ${IS_PARKED}
          ORDER BY m.id LIMIT $1 OFFSET $2`,
        [limit, offset],
      ),
      this.dataSource.query<{ total: number }[]>(`SELECT count(*)::int AS total FROM outbox_messages WHERE ${IS_PARKED}`),
    ]);
    return { items: items.map((item) => ({ ...item, createdAt: item.createdAt.toISOString() })), total };
  }

  /**
   * Gives a parked message one more try: the relay picks it up on its next pass. Failing again
   * parks it again with the new error, so the admin sees at once whether the cause is gone.
   */
  async retry(id: string, actorUserId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [message] = await manager.query<{ attempts: number; lastError: string | null; parked: boolean }[]>(
        `SELECT attempts, last_error AS "lastError", ${IS_PARKED} AS parked FROM outbox_messages WHERE id = $1 FOR UPDATE`,
        [id],
      );
      if (!message) throw new ProblemException(OutboxProblems.notFound, `Er is geen outbox-bericht ${id}.`);
      if (!message.parked) {
        throw new ProblemException(
          OutboxProblems.notParked,
          `Bericht ${id} zit niet vast: het is al verstuurd of staat al in de wachtrij.`,
        );
      }
      await manager.query(`UPDATE outbox_messages SET attempts = $2, retry_at = NULL WHERE id = $1`, [id, MAX_ATTEMPTS - 1]);
      await recordAudit(manager, {
        actorUserId,
        action: 'outbox.retry',
        subjectType: 'outbox_message',
        subjectId: id,
        before: { attempts: message.attempts, lastError: message.lastError },
      });
    });
  }
}
