import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Payment } from '../../payments/entities/payment.entity.js';
import { Organisation } from '../../organisations/entities/organisation.entity.js';
import { Subscription } from '../../subscriptions/entities/subscription.entity.js';
import type { DocumentParty } from '../invoice-document.js';
import { InvoiceStatus } from '../invoice-status.js';

/**
 * An issued invoice. Seller and buyer are snapshots taken at issue: a later change of address
 * must not change a document that was already sent. Totals are stored for listing; they are
 * computed with calculateInvoice from the lines in the same transaction, so they equal their sum.
 */
@Entity('invoices')
@Unique('invoices_year_sequence_key', ['year', 'sequence'])
@Unique('invoices_subscription_buyer_key', ['subscriptionId', 'buyerOrganisationId'])
@Index('invoices_buyer_organisation_id_idx', ['buyerOrganisationId'])
@Check('invoices_paid_check', 'paid_cents >= 0')
// The database itself refuses a payment above what is open; a surplus is only ever booked as overpaid.
@Check('invoices_paid_within_gross_check', 'paid_cents <= gross_cents')
@Check('invoices_overpaid_check', 'overpaid_cents >= 0')
export class Invoice {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  number: string;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'integer' })
  sequence: number;

  /** Twelve bare digits. */
  @Column({ type: 'char', length: 12, unique: true })
  structuredCommunication: string;

  @Column({ type: 'uuid' })
  subscriptionId: string;

  @ManyToOne(() => Subscription, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'subscription_id' })
  subscription?: Subscription;

  @Column({ type: 'uuid' })
  buyerOrganisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'buyer_organisation_id' })
  buyerOrganisation?: Organisation;

  @Column({ type: 'jsonb' })
  seller: DocumentParty;

  @Column({ type: 'text' })
  sellerIban: string;

  @Column({ type: 'jsonb' })
  buyer: DocumentParty;

  /** YYYY-MM-DD in Europe/Brussels. */
  @Column({ type: 'date' })
  issueDate: string;

  @Column({ type: 'date' })
  dueDate: string;

  @Column({ type: 'enum', enum: InvoiceStatus, enumName: 'invoice_status', default: InvoiceStatus.Open })
  status: InvoiceStatus;

  @Column({ type: 'integer' })
  netCents: number;

  @Column({ type: 'integer' })
  vatCents: number;

  @Column({ type: 'integer' })
  grossCents: number;

  /** Sum of the registered payments, VAT included, without what was booked as overpaid. */
  @Column({ type: 'integer', default: 0 })
  paidCents: number;

  /** Received above the invoice total on purpose (see InvoicePayment.overpaymentCents); owed back to the buyer. */
  @Column({ type: 'integer', default: 0 })
  overpaidCents: number;

  /** The Stripe payment that paid this invoice before it was issued; null for an invoice paid by transfer. */
  @Column({ type: 'uuid', nullable: true, unique: true })
  onlinePaymentId: string | null;

  @ManyToOne(() => Payment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'online_payment_id' })
  onlinePayment?: Payment;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
