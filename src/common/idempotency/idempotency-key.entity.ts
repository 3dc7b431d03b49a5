import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** An Idempotency-Key with the answer its first request gave; retries get it back. It commits with the work. */
@Entity('idempotency_keys')
// The clean-up job deletes keys past their keeping time.
@Index('idempotency_keys_created_at_idx', ['createdAt'])
export class IdempotencyKey {
  /** Who sent it (user id, or `anonymous:<ip>`) plus the key, so keys never collide across users. */
  @PrimaryColumn({ type: 'text' })
  scope: string;

  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ type: 'text' })
  requestHash: string;

  /** Null only inside the claiming transaction, which no other request can see. */
  @Column({ type: 'integer', nullable: true })
  responseStatus: number | null;

  @Column({ type: 'jsonb', nullable: true })
  responseBody: unknown;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
