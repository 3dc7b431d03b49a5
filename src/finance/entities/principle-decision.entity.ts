import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { LivestreamEvent } from '../../events/entities/livestream-event.entity.js';

export const DECISION_REASONS = ['social_relevance', 'partner_satisfaction', 'network', 'other'] as const;
export type DecisionReason = (typeof DECISION_REASONS)[number];

/**
 * A principle decision (principebeslissing) to run a loss-making event. A later decision on the
 * same event replaces the earlier one; all of them stay, so the history is never lost.
 */
@Entity('principle_decisions')
@Check('principle_decisions_deficit_check', 'accepted_deficit_cents >= 0')
@Check('principle_decisions_reasons_check', "cardinality(reasons) > 0 AND ('other' <> ALL(reasons) OR other_reason IS NOT NULL)")
@Index('principle_decisions_event_id_idx', ['eventId', 'decidedAt'])
export class PrincipleDecisionRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  eventId: string;

  @ManyToOne(() => LivestreamEvent, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event: LivestreamEvent;

  /** The deficit accepted, as a positive amount in cents. */
  @Column({ type: 'integer' })
  acceptedDeficitCents: number;

  @Column({ type: 'enum', enum: DECISION_REASONS, enumName: 'decision_reason', array: true })
  reasons: DecisionReason[];

  @Column({ type: 'text', nullable: true })
  otherReason: string | null;

  /** Who took the decision (the board, the director); the user who recorded it is in the audit trail. */
  @Column({ type: 'text' })
  decidedBy: string;

  @Column({ type: 'timestamptz' })
  decidedAt: Date;

  @Column({ type: 'uuid' })
  recordedByUserId: string;
}
