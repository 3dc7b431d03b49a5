import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Invoice } from './invoice.entity.js';

/**
 * A full credit of one invoice: its lines are the invoice's lines, so it reverses the invoice
 * exactly and needs no lines of its own. One per invoice (the unique invoice id).
 */
@Entity('credit_notes')
@Unique('credit_notes_year_sequence_key', ['year', 'sequence'])
export class CreditNote {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', unique: true })
  invoiceId: string;

  @ManyToOne(() => Invoice, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'invoice_id' })
  invoice?: Invoice;

  @Column({ type: 'text', unique: true })
  number: string;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'integer' })
  sequence: number;

  @Column({ type: 'char', length: 12, unique: true })
  structuredCommunication: string;

  @Column({ type: 'date' })
  issueDate: string;

  /** Equal to the invoice's totals: what is credited, positive as on the document. */
  @Column({ type: 'integer' })
  netCents: number;

  @Column({ type: 'integer' })
  vatCents: number;

  @Column({ type: 'integer' })
  grossCents: number;

  @Column({ type: 'text' })
  reason: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
