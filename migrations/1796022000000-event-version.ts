import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue #12: an event version for stale edits. */
export class EventVersion1796022000000 implements MigrationInterface {
  name = 'EventVersion1796022000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "events" ADD "version" integer NOT NULL DEFAULT 1`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "events" DROP COLUMN "version"`);
  }
}
