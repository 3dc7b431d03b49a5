import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue #12: an online payment is invoiced as paid; a charge that differs from what was due waits for finance (to_review). */
export class OnlinePaymentInvoices1796032769580 implements MigrationInterface {
  name = 'OnlinePaymentInvoices1796032769580';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "payments" ADD "charged_cents" integer');
    await queryRunner.query('ALTER TABLE "payments" ADD "charged_currency" text');
    await queryRunner.query('ALTER TABLE "invoices" ADD "online_payment_id" uuid');
    await queryRunner.query(
      'ALTER TABLE "invoices" ADD CONSTRAINT "invoices_online_payment_id_key" UNIQUE ("online_payment_id")',
    );
    await queryRunner.query('ALTER TYPE "public"."payment_status" ADD VALUE \'to_review\'');
    await queryRunner.query(
      'ALTER TABLE "invoices" ADD CONSTRAINT "invoices_online_payment_id_fkey" FOREIGN KEY ("online_payment_id") REFERENCES "payments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "invoices" DROP CONSTRAINT "invoices_online_payment_id_fkey"');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"payment_status_old\" AS ENUM('open', 'paid', 'failed', 'expired', 'refund_pending', 'refunded', 'closing')",
    );
    await queryRunner.query(
      'ALTER TABLE "payments" ALTER COLUMN "status" TYPE "public"."payment_status_old" USING "status"::"text"::"public"."payment_status_old"',
    );
    await queryRunner.query('DROP TYPE "public"."payment_status"');
    await queryRunner.query('ALTER TYPE "public"."payment_status_old" RENAME TO "payment_status"');
    await queryRunner.query('ALTER TABLE "invoices" DROP CONSTRAINT "invoices_online_payment_id_key"');
    await queryRunner.query('ALTER TABLE "invoices" DROP COLUMN "online_payment_id"');
    await queryRunner.query('ALTER TABLE "payments" DROP COLUMN "charged_currency"');
    await queryRunner.query('ALTER TABLE "payments" DROP COLUMN "charged_cents"');
  }
}
