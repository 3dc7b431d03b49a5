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
import { Subscription } from '../../subscriptions/entities/subscription.entity.js';
import { PaymentStatus } from '../payment-status.js';

/**
 * One online payment try for a sign-on: one Stripe Checkout Session. Amounts are a snapshot of
 * the satellite's share at checkout, in integer cents; Stripe charges `grossCents`.
 */
@Entity('payments')
@Index('payments_subscription_id_attempt_key', ['subscriptionId', 'attempt'], { unique: true })
@Index('payments_status_idx', ['status'])
@Check('payments_amounts_check', 'net_cents >= 0 AND vat_cents >= 0 AND gross_cents = net_cents + vat_cents')
export class Payment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  subscriptionId: string;

  @ManyToOne(() => Subscription, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'subscription_id' })
  subscription: Subscription;

  /** Part of Stripe's idempotency key; raised only when a new session replaces an expired one. */
  @Column({ type: 'integer' })
  attempt: number;

  /** Null until Stripe answered; a retry then sends the very same request under the same key. */
  @Column({ type: 'text', nullable: true, unique: true })
  stripeCheckoutSessionId: string | null;

  @Column({ type: 'text', nullable: true })
  checkoutUrl: string | null;

  @Column({ type: 'integer' })
  netCents: number;

  @Column({ type: 'integer' })
  vatCents: number;

  @Column({ type: 'integer' })
  grossCents: number;

  @Column({ type: 'integer' })
  vatRatePercent: number;

  @Column({ type: 'enum', enum: PaymentStatus, enumName: 'payment_status' })
  status: PaymentStatus;

  /** When the sign-on loses its held place if this is still unpaid. */
  @Column({ type: 'timestamptz' })
  holdExpiresAt: Date;

  /** Sent to Stripe as `expires_at`; stored so a retried create sends identical parameters. */
  @Column({ type: 'timestamptz' })
  sessionExpiresAt: Date;

  @Column({ type: 'text', nullable: true })
  paymentIntentId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  paidAt: Date | null;

  /** What Stripe reported it charged, in the currency's smallest unit; kept for finance to review. */
  @Column({ type: 'integer', nullable: true })
  chargedCents: number | null;

  /** ISO 4217 in lower case, as Stripe writes it ('eur'). */
  @Column({ type: 'text', nullable: true })
  chargedCurrency: string | null;

  /** Part of the refund's idempotency key; raised when Stripe reports a refund as failed. */
  @Column({ type: 'integer', default: 1 })
  refundAttempt: number;

  @Column({ type: 'text', nullable: true })
  stripeRefundId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
