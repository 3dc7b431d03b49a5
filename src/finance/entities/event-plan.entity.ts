import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { LivestreamEvent } from '../../events/entities/livestream-event.entity.js';

/** What finance expects before anyone signs on; an event without a row expects no satellites. */
@Entity('event_plans')
@Check('event_plans_counts_check', 'expected_culture_houses >= 0 AND expected_care_centres >= 0')
export class EventPlanRecord {
  @PrimaryColumn({ type: 'uuid' })
  eventId: string;

  @OneToOne(() => LivestreamEvent, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event: LivestreamEvent;

  @Column({ type: 'integer' })
  expectedCultureHouses: number;

  @Column({ type: 'integer' })
  expectedCareCentres: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
