import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { LivestreamEvent } from '../../events/entities/livestream-event.entity.js';

/**
 * "Tekort zonder beslissing": an actual amount took a published event's committed result below what
 * its principle decision covers. One row per event, so finance is mailed once however often it happens.
 */
@Entity('uncovered_deficits')
export class UncoveredDeficitRecord {
  @PrimaryColumn({ type: 'uuid' })
  eventId: string;

  @OneToOne(() => LivestreamEvent, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event: LivestreamEvent;

  @Column({ type: 'timestamptz' })
  flaggedAt: Date;

  /** The committed result when it was first flagged. */
  @Column({ type: 'integer' })
  committedResultCents: number;
}
