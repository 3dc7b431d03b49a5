import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { LivestreamEvent } from '../../events/entities/livestream-event.entity.js';

/**
 * The launch centre's own notes on a stream it sent: when it really started and ended, and what
 * went wrong technically. One row per event, written by the launch centre after the stream.
 */
@Entity('stream_reports')
@Check('stream_reports_times_check', 'actual_end IS NULL OR actual_start IS NULL OR actual_end > actual_start')
export class StreamReport {
  @PrimaryColumn({ type: 'uuid' })
  eventId: string;

  @OneToOne(() => LivestreamEvent, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: LivestreamEvent;

  @Column({ type: 'timestamptz', nullable: true })
  actualStart: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  actualEnd: Date | null;

  /** Free text; empty when nothing went wrong. */
  @Column({ type: 'text', default: '' })
  technicalIncidents: string;

  @Column({ type: 'uuid', nullable: true })
  recordedByUserId: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
