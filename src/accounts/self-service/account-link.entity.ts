import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum AccountLinkPurpose {
  PasswordReset = 'password_reset',
  ColleagueInvitation = 'colleague_invitation',
}

/**
 * A link mailed to someone: a password reset or an invitation to join an organisation. Only the
 * SHA-256 of its token is stored, so a leaked database holds no working link; using it sets
 * `usedAt` in the same statement that checks it, so it works once.
 */
@Entity('account_links')
export class AccountLink {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: AccountLinkPurpose, enumName: 'account_link_purpose' })
  purpose: AccountLinkPurpose;

  @Index({ unique: true })
  @Column({ type: 'text' })
  tokenHash: string;

  /** The account whose password is reset; null for an invitation. */
  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  /** The organisation the colleague joins; null for a reset. */
  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
