import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Invoice } from './invoice.entity.js';

/** A bank transfer finance matched to an invoice. */
@Entity('invoice_payments')
@Index('invoice_payments_invoice_id_idx', ['invoiceId'])
@Check('invoice_payments_amount_check', 'amount_cents > 0')
export class InvoicePayment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  invoiceId: string;

  @ManyToOne(() => Invoice, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'invoice_id' })
  invoice?: Invoice;

  /** VAT included. */
  @Column({ type: 'integer' })
  amountCents: number;

  /** Value date on the bank statement, YYYY-MM-DD. */
  @Column({ type: 'date' })
  paidOn: string;

  /** As on the bank statement. */
  @Column({ type: 'text' })
  communication: string;

  @Column({ type: 'uuid', nullable: true })
  registeredByUserId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
