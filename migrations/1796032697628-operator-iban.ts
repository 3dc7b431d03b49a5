import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The operator's IBAN moves from the environment (OPERATOR_IBAN) into its organisation row, beside
 * its VAT number, so an admin sets both on /beheer/organisatie. Until then invoicing refuses and
 * names what is missing.
 */
export class OperatorIban1796032697628 implements MigrationInterface {
  name = 'OperatorIban1796032697628';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "organisations" ADD "iban" text');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "organisations" DROP COLUMN "iban"');
  }
}
