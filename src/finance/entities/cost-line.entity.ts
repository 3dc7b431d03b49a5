import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { LivestreamEvent } from '../../events/entities/livestream-event.entity.js';
import { COST_BASES, COST_CATEGORIES, type CostBasis, type CostCategory } from '../finance-inputs.js';

/** One cost of an event, in cents excluding VAT: planned up front, actual once the supplier invoices. */
@Entity('cost_lines')
@Check('cost_lines_amounts_check', 'planned_cents >= 0 AND (actual_cents IS NULL OR actual_cents >= 0)')
@Index('cost_lines_event_id_idx', ['eventId'])
export class CostLineRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  eventId: string;

  @ManyToOne(() => LivestreamEvent, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event: LivestreamEvent;

  @Column({ type: 'enum', enum: COST_CATEGORIES, enumName: 'cost_category' })
  category: CostCategory;

  @Column({ type: 'text' })
  label: string;

  @Column({ type: 'enum', enum: COST_BASES, enumName: 'cost_basis' })
  basis: CostBasis;

  /** Integer cents: up to € 21 million a line, far beyond any event. */
  @Column({ type: 'integer' })
  plannedCents: number;

  /** Null until the supplier's invoice is known. */
  @Column({ type: 'integer', nullable: true })
  actualCents: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
