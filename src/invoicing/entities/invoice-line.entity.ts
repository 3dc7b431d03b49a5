import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Invoice } from './invoice.entity.js';

/** One line of an invoice, with its amounts as calculateLine computed them. */
@Entity('invoice_lines')
export class InvoiceLineRow {
  @PrimaryColumn({ type: 'uuid' })
  invoiceId: string;

  @ManyToOne(() => Invoice, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'invoice_id' })
  invoice?: Invoice;

  /** 1, 2, …: the order on the document. */
  @PrimaryColumn({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'integer' })
  quantity: number;

  @Column({ type: 'integer' })
  unitPriceCents: number;

  @Column({ type: 'integer' })
  vatRatePercent: number;

  @Column({ type: 'integer' })
  netCents: number;

  @Column({ type: 'integer' })
  vatCents: number;

  @Column({ type: 'integer' })
  grossCents: number;
}
