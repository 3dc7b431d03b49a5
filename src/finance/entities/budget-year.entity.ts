import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** The margin the board approved for one budget year (the Brussels calendar year of an event's start). */
@Entity('budget_years')
@Check('budget_years_margin_check', 'approved_margin_cents <= 0')
export class BudgetYearRecord {
  @PrimaryColumn({ type: 'integer' })
  year: number;

  /** How far below zero the year may end: zero or negative (-800000 for 2023). */
  @Column({ type: 'integer' })
  approvedMarginCents: number;

  @Column({ type: 'uuid' })
  setByUserId: string;

  @Column({ type: 'timestamptz' })
  setAt: Date;

  /** Where the board decided it, such as "RvB 2022-12-14, punt 5". */
  @Column({ type: 'text' })
  decisionReference: string;
}
