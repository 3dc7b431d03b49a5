import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #12: a key now commits together with its work and answer. Claims left without an answer by
 * the old two-step code belong to requests that never finished; they are freed so a retry runs.
 */
export class AtomicIdempotency1796023792529 implements MigrationInterface {
  name = 'AtomicIdempotency1796023792529';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM "idempotency_keys" WHERE "response_status" IS NULL');
    await queryRunner.query('CREATE INDEX "idempotency_keys_created_at_idx" ON "idempotency_keys"  ("created_at") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."idempotency_keys_created_at_idx"');
  }
}
