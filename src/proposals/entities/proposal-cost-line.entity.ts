import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { COST_BASES, COST_CATEGORIES, type CostBasis, type CostCategory } from '../../finance/finance-inputs.js';
import { Proposal } from './proposal.entity.js';

/**
 * One cost the culture house expects, shaped as a finance cost line (same categories and bases,
 * cents excluding VAT) with the VAT rate beside it. On acceptance each becomes a planned cost line.
 */
@Entity('proposal_cost_lines')
@Check('proposal_cost_lines_amount_check', 'planned_cents >= 0')
@Check('proposal_cost_lines_vat_check', 'vat_rate_percent IN (0, 6, 12, 21)')
@Index('proposal_cost_lines_proposal_idx', ['proposalId', 'position'], { unique: true })
export class ProposalCostLine {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  proposalId: string;

  @ManyToOne(() => Proposal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id' })
  proposal?: Proposal;

  /** The order the culture house entered them in. */
  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'enum', enum: COST_CATEGORIES, enumName: 'cost_category' })
  category: CostCategory;

  @Column({ type: 'text' })
  label: string;

  @Column({ type: 'enum', enum: COST_BASES, enumName: 'cost_basis' })
  basis: CostBasis;

  @Column({ type: 'integer' })
  plannedCents: number;

  @Column({ type: 'integer' })
  vatRatePercent: number;
}
