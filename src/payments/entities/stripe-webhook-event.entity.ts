import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * Every Stripe event id we processed. Inserted in the same transaction as the state change it
 * caused, so a redelivered event finds its row and changes nothing.
 */
@Entity('stripe_webhook_events')
export class StripeWebhookEvent {
  @PrimaryColumn({ type: 'text' })
  stripeEventId: string;

  @Column({ type: 'text' })
  type: string;

  @CreateDateColumn({ type: 'timestamptz' })
  receivedAt: Date;
}
