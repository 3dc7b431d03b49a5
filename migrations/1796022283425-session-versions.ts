import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SessionVersions1796022283425 implements MigrationInterface {
  name = 'SessionVersions1796022283425';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "organisations" ADD "links_revoked_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "users" ADD "session_version" integer NOT NULL DEFAULT \'0\'');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "session_version"');
    await queryRunner.query('ALTER TABLE "organisations" DROP COLUMN "links_revoked_at"');
  }
}
