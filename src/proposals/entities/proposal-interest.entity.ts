import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Organisation } from '../../organisations/entities/organisation.entity.js';
import { Proposal } from './proposal.entity.js';

/**
 * A satellite's non-binding interest in a proposal: not a sign-on, and no money follows from it.
 * The primary key keeps it to one mark per organisation and proposal.
 */
@Entity('proposal_interests')
@Check(
  'proposal_interests_counts_check',
  '(screens IS NULL OR screens >= 1) AND (expected_viewers IS NULL OR expected_viewers >= 1)',
)
export class ProposalInterest {
  @PrimaryColumn({ type: 'uuid' })
  proposalId: string;

  @ManyToOne(() => Proposal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id' })
  proposal?: Proposal;

  @PrimaryColumn({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Column({ type: 'integer', nullable: true })
  screens: number | null;

  @Column({ type: 'integer', nullable: true })
  expectedViewers: number | null;

  @Column({ type: 'uuid' })
  markedByUserId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  markedAt: Date;
}
