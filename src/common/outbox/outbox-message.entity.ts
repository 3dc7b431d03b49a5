import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Domain events written in the same transaction as the change they describe, so a crash right
 * after the commit loses nothing. Consumers (mail, calendar, payments, finance) read them in id order.
 */
@Entity('outbox_messages')
@Index('outbox_messages_undispatched_idx', { synchronize: false })
export class OutboxMessage {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  /** Such as `subscription.confirmed`; see OutboxTopic. */
  @Column({ type: 'text' })
  topic: string;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** Set once the relay has handed the message to every consumer. */
  @Column({ type: 'timestamptz', nullable: true })
  dispatchedAt: Date | null;

  /** Failed tries; the relay retries with growing delay and gives up after ten. */
  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'timestamptz', nullable: true })
  retryAt: Date | null;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;
}
