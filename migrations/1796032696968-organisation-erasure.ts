import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * GDPR erasure: `erased_at` marks an organisation whose people were anonymised; its enterprise
 * number stays (its kept invoices show it) but no longer blocks a new registration of that enterprise.
 */
export class OrganisationErasure1796032696968 implements MigrationInterface {
  name = 'OrganisationErasure1796032696968';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "organisations" ADD "erased_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "organisations" DROP CONSTRAINT "organisations_enterprise_number_key"');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "organisations_enterprise_number_key" ON "organisations"  ("enterprise_number") WHERE erased_at IS NULL',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."organisations_enterprise_number_key"');
    await queryRunner.query(
      'ALTER TABLE "organisations" ADD CONSTRAINT "organisations_enterprise_number_key" UNIQUE ("enterprise_number")',
    );
    await queryRunner.query('ALTER TABLE "organisations" DROP COLUMN "erased_at"');
  }
}
