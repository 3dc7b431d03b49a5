import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Season } from '../../events/entities/season.entity.js';

/**
 * A call for proposals (oproep) for one season: culture houses propose a performance until the
 * deadline, and the admin chooses. A call is open until the admin closes it; the partial unique
 * index keeps it to one open call per season, also when two admins open one at the same moment.
 */
@Entity('calls')
@Index('calls_one_open_per_season_idx', ['seasonCode'], { unique: true, where: 'closed_at IS NULL' })
export class Call {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  seasonCode: string;

  @ManyToOne(() => Season, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'season_code' })
  season?: Season;

  /** No new proposals, and no edits, after this moment. */
  @Column({ type: 'timestamptz' })
  deadline: Date;

  @Column({ type: 'uuid' })
  openedByUserId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  openedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  closedByUserId: string | null;
}
