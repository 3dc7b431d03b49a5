import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * An organisation's private calendar feed. The token is the only credential a calendar app can
 * send, so it is long and random; it is kept (not hashed) because the account page shows the
 * link again. Revoking deletes the row, rotating replaces the token.
 */
@Entity('calendar_feeds')
export class CalendarFeed {
  @PrimaryColumn({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'text', unique: true })
  token: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
