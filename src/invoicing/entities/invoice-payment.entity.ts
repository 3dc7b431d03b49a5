import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Invoice } from './invoice.entity.js';

/** A bank transfer finance matched to an invoice. */
@Entity('invoice_payments')
@Index('invoice_payments_invoice_id_idx', ['invoiceId'])
@Check('invoice_payments_amount_check', 'amount_cents > 0')
@Check('invoice_payments_overpayment_check', 'overpayment_cents >= 0 AND overpayment_cents <= amount_cents')
// A bank transaction is booked once, whoever books it and on whichever invoice.
@Index('invoice_payments_bank_reference_idx', ['bankReference'], { unique: true, where: 'bank_reference IS NOT NULL' })
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

  /** The part of the amount above what was open, booked on purpose and owed back to the buyer. */
  @Column({ type: 'integer', default: 0 })
  overpaymentCents: number;

  /** The bank's reference of the transaction, when finance gives it. */
  @Column({ type: 'text', nullable: true })
  bankReference: string | null;

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
