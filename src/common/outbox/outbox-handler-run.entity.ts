import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** Which handler has finished which outbox message, so a retry runs only the ones that failed. */
@Entity('outbox_handler_runs')
export class OutboxHandlerRun {
  @PrimaryColumn({ type: 'bigint' })
  messageId: string;

  @PrimaryColumn({ type: 'text' })
  handler: string;

  @CreateDateColumn({ type: 'timestamptz' })
  handledAt: Date;
}
