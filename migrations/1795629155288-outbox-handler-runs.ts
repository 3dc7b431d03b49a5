import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OutboxHandlerRuns1795629155288 implements MigrationInterface {
  name = 'OutboxHandlerRuns1795629155288';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "outbox_handler_runs" ("message_id" bigint NOT NULL, "handler" text NOT NULL, "handled_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "outbox_handler_runs_pkey" PRIMARY KEY ("message_id", "handler"))',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "outbox_handler_runs"');
  }
}
