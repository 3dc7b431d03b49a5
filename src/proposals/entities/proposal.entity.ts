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
import { LivestreamEvent } from '../../events/entities/livestream-event.entity.js';
import { Organisation } from '../../organisations/entities/organisation.entity.js';
import { ProposalStatus } from '../proposal-status.js';
import { Call } from './call.entity.js';

/**
 * A performance a culture house proposes to stream from its own hall. Its possible dates are
 * instants (UTC); the page takes them in Belgian time. Accepted, it points to the draft event it
 * became, and only one proposal can ever point to an event.
 */
@Entity('proposals')
@Check('proposals_dates_check', 'cardinality(possible_starts) BETWEEN 1 AND 10')
@Check('proposals_duration_check', 'duration_minutes BETWEEN 15 AND 600')
@Check('proposals_decision_check', `(status = 'submitted') = (decided_at IS NULL)`)
@Check('proposals_event_check', `(status = 'accepted') = (event_id IS NOT NULL)`)
@Index('proposals_call_id_idx', ['callId'])
@Index('proposals_organisation_id_idx', ['organisationId'])
@Index('proposals_event_id_idx', ['eventId'], { unique: true })
export class Proposal {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  callId: string;

  @ManyToOne(() => Call, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'call_id' })
  call?: Call;

  /** The proposing culture house, which becomes the launch centre. */
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  /** Gets the mail with the outcome. */
  @Column({ type: 'uuid' })
  proposedByUserId: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', array: true })
  performers: string[];

  /** The hall of the culture house where it would be filmed, such as "Grote zaal". */
  @Column({ type: 'text' })
  venue: string;

  @Column({ type: 'timestamptz', array: true })
  possibleStarts: Date[];

  @Column({ type: 'integer', default: 90 })
  durationMinutes: number;

  @Column({ type: 'text', default: '' })
  technicalNotes: string;

  @Column({ type: 'enum', enum: ProposalStatus, enumName: 'proposal_status', default: ProposalStatus.Submitted })
  status: ProposalStatus;

  @Column({ type: 'text', nullable: true })
  declineReason: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  decidedByUserId: string | null;

  @Column({ type: 'uuid', nullable: true })
  eventId: string | null;

  @ManyToOne(() => LivestreamEvent, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'event_id' })
  event?: LivestreamEvent | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
