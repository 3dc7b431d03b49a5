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

  /** Set once a relay has handed the message to its consumers. */
  @Column({ type: 'timestamptz', nullable: true })
  dispatchedAt: Date | null;
}
