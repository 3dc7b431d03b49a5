import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Organisation } from '../../organisations/entities/organisation.entity.js';
import { Role } from '../role.js';

@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation: Organisation;

  /** Stored lower-case, so the unique index keeps one account per address. */
  @Column({ type: 'text', unique: true })
  email: string;

  @Column({ type: 'text' })
  fullName: string;

  @Column({ type: 'text', select: false })
  passwordHash: string;

  @Column({ type: 'enum', enum: Role, enumName: 'user_role' })
  role: Role;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /**
   * Every token carries the version it was issued under. Logging out, a new password and
   * deactivation raise it, so every earlier token stops working at once; the access guard already
   * loads this row, so the check costs no query.
   */
  @Column({ type: 'integer', default: 0 })
  sessionVersion: number;

  /** Wrong passwords in a row; reset by a good login. */
  @Column({ type: 'integer', default: 0 })
  failedLoginCount: number;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
