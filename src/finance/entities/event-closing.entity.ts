import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { LivestreamEvent } from '../../events/entities/livestream-event.entity.js';
import type { EventFigures } from '../event-result.js';

/** The closed books of one event: the final result, fixed once; later corrections are separate rows. */
@Entity('event_closings')
export class EventClosingRecord {
  @PrimaryColumn({ type: 'uuid' })
  eventId: string;

  @OneToOne(() => LivestreamEvent, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event: LivestreamEvent;

  @Column({ type: 'timestamptz' })
  closedAt: Date;

  @Column({ type: 'uuid' })
  closedByUserId: string;

  @Column({ type: 'integer' })
  finalResultCents: number;

  /** Every final figure as it stood at closing, so later documents cannot move it. */
  @Column({ type: 'jsonb' })
  finalFigures: EventFigures;
}
