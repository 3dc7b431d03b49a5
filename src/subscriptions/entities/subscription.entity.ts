import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { LivestreamEvent } from '../../events/entities/livestream-event.entity.js';
import { Organisation } from '../../organisations/entities/organisation.entity.js';
import { Audience, SubscriptionStatus } from '../subscription-status.js';

/**
 * A sign-on (intekening): one satellite organisation on one event. It names a contact person
 * of the organisation and counts screens and viewers; nothing about residents is stored.
 */
@Entity('subscriptions')
// One live sign-on per organisation and event; the partial unique index lives in the migration.
@Index('subscriptions_one_active_per_organisation', { synchronize: false })
@Check('subscriptions_screens_check', 'screens >= 1')
@Check('subscriptions_viewers_check', 'expected_viewers >= 1')
@Check('subscriptions_price_check', 'tariff_cents >= 0 AND sponsor_share_cents >= 0 AND satellite_share_cents >= 0')
@Check('subscriptions_shares_check', 'sponsor_share_cents + satellite_share_cents = tariff_cents')
@Index('subscriptions_event_id_status_idx', ['eventId', 'status'])
export class Subscription {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  eventId: string;

  @ManyToOne(() => LivestreamEvent, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'event_id' })
  event: LivestreamEvent;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation: Organisation;

  @Column({ type: 'enum', enum: Audience, enumName: 'audience' })
  audience: Audience;

  @Column({ type: 'enum', enum: SubscriptionStatus, enumName: 'subscription_status' })
  status: SubscriptionStatus;

  /** Taken under the event's row lock, so it orders the waiting list exactly as sign-ons were decided. */
  @Column({ type: 'bigint' })
  @Generated('increment')
  queueNumber: string;

  @Column({ type: 'text' })
  contactName: string;

  @Column({ type: 'text' })
  contactEmail: string;

  @Column({ type: 'text' })
  contactPhone: string;

  @Column({ type: 'integer' })
  screens: number;

  @Column({ type: 'integer' })
  expectedViewers: number;

  @Column({ type: 'text', default: '' })
  notes: string;

  /** Price snapshot at acceptance, in cents excluding VAT; later tariff changes leave it alone. */
  @Column({ type: 'integer' })
  tariffCents: number;

  @Column({ type: 'integer' })
  vatRatePercent: number;

  /** The culture house that invited this care centre and pays (part of) its tariff. */
  @Column({ type: 'uuid', nullable: true })
  sponsorOrganisationId: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'sponsor_organisation_id' })
  sponsorOrganisation: Organisation | null;

  @Column({ type: 'integer', default: 0 })
  sponsorShareCents: number;

  @Column({ type: 'integer' })
  satelliteShareCents: number;

  @Column({ type: 'uuid', nullable: true })
  invitationId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
