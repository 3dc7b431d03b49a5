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
import { Organisation } from '../../organisations/entities/organisation.entity.js';
import { EventStatus } from '../event-status.js';
import { Season } from './season.entity.js';

@Entity('events')
@Check('events_ends_after_start_check', 'ends_at > starts_at')
@Check('events_deadline_before_start_check', 'sign_on_deadline <= starts_at')
@Check('events_capacity_check', 'capacity IS NULL OR capacity > 0')
@Check('events_tariffs_check', 'culture_house_tariff_cents >= 0 AND care_centre_tariff_cents >= 0')
@Check('events_vat_rate_check', 'vat_rate_percent IN (0, 6, 12, 21)')
@Check(
  'events_test_slot_check',
  '(test_slot_starts_at IS NULL) = (test_slot_ends_at IS NULL) AND (test_slot_ends_at IS NULL OR test_slot_ends_at > test_slot_starts_at)',
)
@Index('events_starts_at_idx', ['startsAt'])
// One live new date per cancelled event, also when two admins submit at once; a cancelled new date frees the slot.
@Index('events_one_new_date_idx', { synchronize: false })
export class LivestreamEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  seasonCode: string;

  @ManyToOne(() => Season, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'season_code' })
  season: Season;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  performers: string[];

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'uuid' })
  launchCentreId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'launch_centre_id' })
  launchCentre: Organisation;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'timestamptz' })
  signOnDeadline: Date;

  /** The most satellites that can be confirmed; null means no limit. */
  @Column({ type: 'integer', nullable: true })
  capacity: number | null;

  /** The technical test before the stream, when satellites check picture and sound. */
  @Column({ type: 'timestamptz', nullable: true })
  testSlotStartsAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  testSlotEndsAt: Date | null;

  @Column({ type: 'enum', enum: EventStatus, enumName: 'event_status', default: EventStatus.Draft })
  status: EventStatus;

  /** Only for confirmed satellites and staff; no public response may contain it. */
  @Column({ type: 'text', nullable: true })
  streamUrl: string | null;

  @Column({ type: 'text', nullable: true })
  cancellationReason: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  /** Tariffs per audience in euro cents excluding VAT, with the VAT rate beside them. */
  @Column({ type: 'integer', default: 0 })
  cultureHouseTariffCents: number;

  @Column({ type: 'integer', default: 0 })
  careCentreTariffCents: number;

  @Column({ type: 'integer', default: 6 })
  vatRatePercent: number;

  /** iCalendar SEQUENCE: rises with every change satellites' calendars must follow (a move, a cancellation). */
  @Column({ type: 'integer', default: 0 })
  calendarSequence: number;

  /** Rises in SQL with every write, so an admin who edited a copy older than this gets a 409. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  /** The cancelled event this one replaces (a new date); its satellites may sign on first. */
  @Column({ type: 'uuid', nullable: true })
  previousEventId: string | null;

  @ManyToOne(() => LivestreamEvent, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'previous_event_id' })
  previousEvent: LivestreamEvent | null;

  /** Until then only the previous event's satellites may sign on. */
  @Column({ type: 'timestamptz', nullable: true })
  priorityUntil: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
