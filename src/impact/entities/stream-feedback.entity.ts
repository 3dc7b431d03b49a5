import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { LivestreamEvent } from '../../events/entities/livestream-event.entity.js';
import { Subscription } from '../../subscriptions/entities/subscription.entity.js';
import { PictureAndSound } from '../picture-and-sound.js';

/**
 * What one confirmed satellite reports after a stream, through the signed link in its feedback
 * mail. One row per sign-on (the primary key), overwritten while the link is valid, so a second
 * answer corrects the first instead of counting twice. Only counts are stored about the audience.
 */
@Entity('stream_feedback')
@Check('stream_feedback_viewers_check', 'viewers >= 0')
@Check('stream_feedback_screens_check', 'screens >= 0')
@Check('stream_feedback_satisfaction_check', 'satisfaction BETWEEN 1 AND 5')
@Index('stream_feedback_event_id_idx', ['eventId'])
export class StreamFeedback {
  @PrimaryColumn({ type: 'uuid' })
  subscriptionId: string;

  @OneToOne(() => Subscription, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'subscription_id' })
  subscription?: Subscription;

  /** Copied from the sign-on so the impact of one event reads without a join. */
  @Column({ type: 'uuid' })
  eventId: string;

  @ManyToOne(() => LivestreamEvent, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: LivestreamEvent;

  @Column({ type: 'integer' })
  viewers: number;

  @Column({ type: 'integer' })
  screens: number;

  /** 1 (heel ontevreden) to 5 (heel tevreden). */
  @Column({ type: 'smallint' })
  satisfaction: number;

  @Column({ type: 'enum', enum: PictureAndSound, enumName: 'picture_and_sound' })
  pictureAndSound: PictureAndSound;

  @Column({ type: 'text', default: '' })
  comment: string;

  @CreateDateColumn({ type: 'timestamptz' })
  answeredAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
