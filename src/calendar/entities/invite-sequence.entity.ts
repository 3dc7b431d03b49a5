import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * The last SEQUENCE one mailbox received for one UID. A calendar ignores an invite whose SEQUENCE
 * is not higher than the one it holds, and a satellite's own cancel or a second sign-on changes
 * nothing about the event: only a counter per recipient makes every next message rise.
 */
@Entity('invite_sequences')
export class InviteSequence {
  @PrimaryColumn({ type: 'text' })
  uid: string;

  /** Lower case: one mailbox, however the address was typed. */
  @PrimaryColumn({ type: 'text' })
  attendeeEmail: string;

  @Column({ type: 'integer' })
  sequence: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
