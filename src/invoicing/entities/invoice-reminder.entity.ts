import { CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Invoice } from './invoice.entity.js';

/** A reminder queued for an invoice; the key allows one per invoice per Brussels calendar day. */
@Entity('invoice_reminders')
export class InvoiceReminder {
  @PrimaryColumn({ type: 'uuid' })
  invoiceId: string;

  @ManyToOne(() => Invoice, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'invoice_id' })
  invoice?: Invoice;

  /** YYYY-MM-DD in Europe/Brussels. */
  @PrimaryColumn({ type: 'date' })
  sentOn: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
