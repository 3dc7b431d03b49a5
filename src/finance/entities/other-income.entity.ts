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
import { INCOME_KINDS, type IncomeKind } from '../finance-inputs.js';

/** Income of an event besides sign-ons, such as a subsidy or a sponsor, in cents excluding VAT. */
@Entity('other_income')
@Check('other_income_amount_check', 'amount_cents >= 0')
@Check('other_income_actual_check', 'actual_cents IS NULL OR actual_cents >= 0')
@Index('other_income_event_id_idx', ['eventId'])
export class OtherIncomeRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  eventId: string;

  @ManyToOne(() => LivestreamEvent, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event: LivestreamEvent;

  @Column({ type: 'enum', enum: INCOME_KINDS, enumName: 'income_kind' })
  kind: IncomeKind;

  @Column({ type: 'text' })
  label: string;

  /** The planned amount. */
  @Column({ type: 'integer' })
  amountCents: number;

  /** Null until the money is really granted or received. */
  @Column({ type: 'integer', nullable: true })
  actualCents: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
