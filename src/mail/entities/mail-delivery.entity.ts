import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { MailContent } from '../mail-content.js';

/**
 * One mail to one recipient, written in the transaction that decided it should go out. The
 * unique key (outbox message and recipient, or reminder and sign-on) makes a second relay or a
 * second reminder run a no-op; `sentAt` makes a retried job a no-op once the mail left.
 */
@Entity('mail_deliveries')
export class MailDelivery {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Such as `outbox:42:<subscription id>` or `reminder-7d:<subscription id>:<start>`. */
  @Column({ type: 'text', unique: true })
  dedupeKey: string;

  @Column({ type: 'bigint', nullable: true })
  outboxMessageId: string | null;

  /** What kind of mail, for the log and for tests: confirmation, waiting_list, reminder_7d, … */
  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'text' })
  recipientName: string;

  @Column({ type: 'text' })
  recipientEmail: string;

  /** Rendered when decided, so a retry sends exactly what was decided then. */
  @Column({ type: 'jsonb' })
  content: MailContent;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ type: 'text', nullable: true })
  smtpMessageId: string | null;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
