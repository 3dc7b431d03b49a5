import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * Hands out SEQUENCE numbers per mailbox and UID (see InviteSequence). The next number is one
 * above the last one this mailbox got, and never below the event's own SEQUENCE, so a move
 * still outranks every invite sent before it.
 */
@Injectable()
export class InviteSequences {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Inside the caller's transaction: the number rolls back with the mail that would carry it. */
  async next(manager: EntityManager, uid: string, attendeeEmail: string, eventSequence: number): Promise<number> {
    const [row] = await manager.query<{ sequence: number }[]>(
      `INSERT INTO invite_sequences (uid, attendee_email, sequence) VALUES ($1, lower($2), $3)
       ON CONFLICT (uid, attendee_email) DO UPDATE
         SET sequence = GREATEST(invite_sequences.sequence + 1, EXCLUDED.sequence), updated_at = now()
       RETURNING sequence`,
      [uid, attendeeEmail, eventSequence],
    );
    return row.sequence;
  }

  /** What the mailbox holds now, for a download of the same invite; the event's own before any mail. */
  async current(uid: string, attendeeEmail: string, eventSequence: number): Promise<number> {
    const [row] = await this.dataSource.query<{ sequence: number }[]>(
      'SELECT sequence FROM invite_sequences WHERE uid = $1 AND attendee_email = lower($2)',
      [uid, attendeeEmail],
    );
    return Math.max(row?.sequence ?? 0, eventSequence);
  }
}
