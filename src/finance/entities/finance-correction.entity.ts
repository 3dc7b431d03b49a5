import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { LivestreamEvent } from '../../events/entities/livestream-event.entity.js';

/** A correction to a closed event's final result: a separate, audited entry, never an edit of the closed figure. */
@Entity('finance_corrections')
@Check('finance_corrections_amount_check', 'amount_cents <> 0')
@Index('finance_corrections_event_id_idx', ['eventId'])
export class FinanceCorrectionRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  eventId: string;

  @ManyToOne(() => LivestreamEvent, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event: LivestreamEvent;

  /** Added to the final result: negative for a late cost, positive for late income. */
  @Column({ type: 'integer' })
  amountCents: number;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'uuid' })
  recordedByUserId: string;

  @Column({ type: 'timestamptz' })
  recordedAt: Date;
}
