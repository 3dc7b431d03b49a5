import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Who changed what, when, with the value before and after: for finance, invoices and margins. */
@Entity('audit_entries')
@Index('audit_entries_subject_idx', ['subjectType', 'subjectId'])
export class AuditEntry {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  /** Null when the system acted (a job, a webhook). */
  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  /** Such as `cost_line.updated` or `invoice.issued`. */
  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'text' })
  subjectType: string;

  @Column({ type: 'text' })
  subjectId: string;

  @Column({ type: 'jsonb', nullable: true })
  before: unknown;

  @Column({ type: 'jsonb', nullable: true })
  after: unknown;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
