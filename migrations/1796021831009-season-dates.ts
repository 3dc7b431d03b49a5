import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SeasonDates1796021831009 implements MigrationInterface {
  name = 'SeasonDates1796021831009';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "seasons" ADD CONSTRAINT "seasons_dates_check" CHECK (starts_on < ends_on)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "seasons" DROP CONSTRAINT "seasons_dates_check"');
  }
}
