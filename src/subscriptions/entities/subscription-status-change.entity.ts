import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { SubscriptionStatus } from '../subscription-status.js';

/** Every status a sign-on went through, with who caused it (null: the system, e.g. a promotion). */
@Entity('subscription_status_changes')
@Index('subscription_status_changes_subscription_id_idx', ['subscriptionId'])
export class SubscriptionStatusChange {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ type: 'uuid' })
  subscriptionId: string;

  @Column({ type: 'enum', enum: SubscriptionStatus, enumName: 'subscription_status', nullable: true })
  fromStatus: SubscriptionStatus | null;

  @Column({ type: 'enum', enum: SubscriptionStatus, enumName: 'subscription_status' })
  toStatus: SubscriptionStatus;

  @Column({ type: 'uuid', nullable: true })
  changedByUserId: string | null;

  @Column({ type: 'text', default: '' })
  reason: string;

  @CreateDateColumn({ type: 'timestamptz' })
  changedAt: Date;
}
