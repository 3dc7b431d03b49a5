import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CostSharing } from '../subscription-status.js';

export enum InvitationStatus {
  Open = 'open',
  Accepted = 'accepted',
  Revoked = 'revoked',
}

/** A culture house inviting a care centre (by account or by e-mail) to an event, saying who pays. */
@Entity('invitations')
@Check('invitations_invitee_check', '(invitee_organisation_id IS NOT NULL) OR (invitee_email IS NOT NULL)')
@Check('invitations_split_check', "cost_sharing <> 'split' OR satellite_share_cents IS NOT NULL")
@Index('invitations_event_id_idx', ['eventId'])
// One open invitation per event, inviter and invitee (account or address), also under simultaneous submits.
@Index('invitations_one_open_idx', { synchronize: false })
export class Invitation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  eventId: string;

  @Column({ type: 'uuid' })
  inviterOrganisationId: string;

  @Column({ type: 'uuid', nullable: true })
  inviteeOrganisationId: string | null;

  @Column({ type: 'text', nullable: true })
  inviteeEmail: string | null;

  /** Secret for the e-mail link; unguessable (32 random bytes). */
  @Column({ type: 'text', unique: true })
  token: string;

  @Column({ type: 'enum', enum: CostSharing, enumName: 'cost_sharing' })
  costSharing: CostSharing;

  /** With a split: the fixed amount the care centre pays, in cents excluding VAT. */
  @Column({ type: 'integer', nullable: true })
  satelliteShareCents: number | null;

  @Column({ type: 'text', default: '' })
  message: string;

  @Column({ type: 'enum', enum: InvitationStatus, enumName: 'invitation_status', default: InvitationStatus.Open })
  status: InvitationStatus;

  @Column({ type: 'uuid', nullable: true })
  subscriptionId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
