import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One live new date per cancelled event, enforced by PostgreSQL so that two simultaneous requests
 * cannot both pass the service's check. A cancelled new date does not count: it may be replaced.
 */
export class OneNewDatePerCancelledEvent1795632190935 implements MigrationInterface {
  name = 'OneNewDatePerCancelledEvent1795632190935';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE UNIQUE INDEX "events_one_new_date_idx" ON "events" ("previous_event_id") WHERE previous_event_id IS NOT NULL AND status <> 'cancelled'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "events_one_new_date_idx"`);
  }
}
