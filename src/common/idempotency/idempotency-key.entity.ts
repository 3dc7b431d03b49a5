import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A claimed Idempotency-Key: the first request stores its response; retries get it back. */
@Entity('idempotency_keys')
export class IdempotencyKey {
  /** Who sent it (user id, or `anonymous:<ip>`) plus the key, so keys never collide across users. */
  @PrimaryColumn({ type: 'text' })
  scope: string;

  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ type: 'text' })
  requestHash: string;

  /** Null while the first request is still running. */
  @Column({ type: 'integer', nullable: true })
  responseStatus: number | null;

  @Column({ type: 'jsonb', nullable: true })
  responseBody: unknown;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
