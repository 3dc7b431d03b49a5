import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue #12: bank payments booked once per bank reference, never above the total unless as overpaid; one reminder a day. */
export class BankPaymentsAndReminders1796022868864 implements MigrationInterface {
  name = 'BankPaymentsAndReminders1796022868864';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "invoice_reminders" ("invoice_id" uuid NOT NULL, "sent_on" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "invoice_reminders_pkey" PRIMARY KEY ("invoice_id", "sent_on"))',
    );
    await queryRunner.query('ALTER TABLE "invoices" ADD "overpaid_cents" integer NOT NULL DEFAULT \'0\'');
    await queryRunner.query('ALTER TABLE "invoice_payments" ADD "overpayment_cents" integer NOT NULL DEFAULT \'0\'');
    await queryRunner.query('ALTER TABLE "invoice_payments" ADD "bank_reference" text');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "invoice_payments_bank_reference_idx" ON "invoice_payments"  ("bank_reference") WHERE bank_reference IS NOT NULL',
    );
    await queryRunner.query('ALTER TABLE "invoices" ADD CONSTRAINT "invoices_overpaid_check" CHECK (overpaid_cents >= 0)');
    await queryRunner.query(
      'ALTER TABLE "invoices" ADD CONSTRAINT "invoices_paid_within_gross_check" CHECK (paid_cents <= gross_cents)',
    );
    await queryRunner.query(
      'ALTER TABLE "invoice_payments" ADD CONSTRAINT "invoice_payments_overpayment_check" CHECK (overpayment_cents >= 0 AND overpayment_cents <= amount_cents)',
    );
    await queryRunner.query(
      'ALTER TABLE "invoice_reminders" ADD CONSTRAINT "invoice_reminders_invoice_id_fkey" FOREIGN KEY ("invoice_id") REFERENCES "invoices"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "invoice_reminders" DROP CONSTRAINT "invoice_reminders_invoice_id_fkey"');
    await queryRunner.query('ALTER TABLE "invoice_payments" DROP CONSTRAINT "invoice_payments_overpayment_check"');
    await queryRunner.query('ALTER TABLE "invoices" DROP CONSTRAINT "invoices_paid_within_gross_check"');
    await queryRunner.query('ALTER TABLE "invoices" DROP CONSTRAINT "invoices_overpaid_check"');
    await queryRunner.query('DROP INDEX "public"."invoice_payments_bank_reference_idx"');
    await queryRunner.query('ALTER TABLE "invoice_payments" DROP COLUMN "bank_reference"');
    await queryRunner.query('ALTER TABLE "invoice_payments" DROP COLUMN "overpayment_cents"');
    await queryRunner.query('ALTER TABLE "invoices" DROP COLUMN "overpaid_cents"');
    await queryRunner.query('DROP TABLE "invoice_reminders"');
  }
}
