import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Invoicing1795628441604 implements MigrationInterface {
  name = 'Invoicing1795628441604';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "invoice_lines" ("invoice_id" uuid NOT NULL, "position" integer NOT NULL, "description" text NOT NULL, "quantity" integer NOT NULL, "unit_price_cents" integer NOT NULL, "vat_rate_percent" integer NOT NULL, "net_cents" integer NOT NULL, "vat_cents" integer NOT NULL, "gross_cents" integer NOT NULL, CONSTRAINT "invoice_lines_pkey" PRIMARY KEY ("invoice_id", "position"))',
    );
    await queryRunner.query("CREATE TYPE \"public\".\"invoice_status\" AS ENUM('open', 'partially_paid', 'paid', 'credited')");
    await queryRunner.query(
      'CREATE TABLE "invoices" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "number" text NOT NULL, "year" integer NOT NULL, "sequence" integer NOT NULL, "structured_communication" character(12) NOT NULL, "subscription_id" uuid NOT NULL, "buyer_organisation_id" uuid NOT NULL, "seller" jsonb NOT NULL, "seller_iban" text NOT NULL, "buyer" jsonb NOT NULL, "issue_date" date NOT NULL, "due_date" date NOT NULL, "status" "public"."invoice_status" NOT NULL DEFAULT \'open\', "net_cents" integer NOT NULL, "vat_cents" integer NOT NULL, "gross_cents" integer NOT NULL, "paid_cents" integer NOT NULL DEFAULT \'0\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "invoices_number_key" UNIQUE ("number"), CONSTRAINT "invoices_structured_communication_key" UNIQUE ("structured_communication"), CONSTRAINT "invoices_subscription_buyer_key" UNIQUE ("subscription_id", "buyer_organisation_id"), CONSTRAINT "invoices_year_sequence_key" UNIQUE ("year", "sequence"), CONSTRAINT "invoices_paid_check" CHECK (paid_cents >= 0), CONSTRAINT "invoices_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "invoices_buyer_organisation_id_idx" ON "invoices"  ("buyer_organisation_id") ');
    await queryRunner.query(
      'CREATE TABLE "credit_notes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "invoice_id" uuid NOT NULL, "number" text NOT NULL, "year" integer NOT NULL, "sequence" integer NOT NULL, "structured_communication" character(12) NOT NULL, "issue_date" date NOT NULL, "net_cents" integer NOT NULL, "vat_cents" integer NOT NULL, "gross_cents" integer NOT NULL, "reason" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "credit_notes_invoice_id_key" UNIQUE ("invoice_id"), CONSTRAINT "credit_notes_number_key" UNIQUE ("number"), CONSTRAINT "credit_notes_structured_communication_key" UNIQUE ("structured_communication"), CONSTRAINT "credit_notes_year_sequence_key" UNIQUE ("year", "sequence"), CONSTRAINT "credit_notes_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "document_number_counters" ("kind" text NOT NULL, "year" integer NOT NULL, "last_sequence" integer NOT NULL, CONSTRAINT "document_number_counters_pkey" PRIMARY KEY ("kind", "year"))',
    );
    await queryRunner.query(
      'CREATE TABLE "invoice_payments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "invoice_id" uuid NOT NULL, "amount_cents" integer NOT NULL, "paid_on" date NOT NULL, "communication" text NOT NULL, "registered_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "invoice_payments_amount_check" CHECK (amount_cents > 0), CONSTRAINT "invoice_payments_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "invoice_payments_invoice_id_idx" ON "invoice_payments"  ("invoice_id") ');
    await queryRunner.query(
      'ALTER TABLE "invoice_lines" ADD CONSTRAINT "invoice_lines_invoice_id_fkey" FOREIGN KEY ("invoice_id") REFERENCES "invoices"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "invoices" ADD CONSTRAINT "invoices_subscription_id_fkey" FOREIGN KEY ("subscription_id") REFERENCES "subscriptions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "invoices" ADD CONSTRAINT "invoices_buyer_organisation_id_fkey" FOREIGN KEY ("buyer_organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "credit_notes" ADD CONSTRAINT "credit_notes_invoice_id_fkey" FOREIGN KEY ("invoice_id") REFERENCES "invoices"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "invoice_payments" ADD CONSTRAINT "invoice_payments_invoice_id_fkey" FOREIGN KEY ("invoice_id") REFERENCES "invoices"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "invoice_payments" DROP CONSTRAINT "invoice_payments_invoice_id_fkey"');
    await queryRunner.query('ALTER TABLE "credit_notes" DROP CONSTRAINT "credit_notes_invoice_id_fkey"');
    await queryRunner.query('ALTER TABLE "invoices" DROP CONSTRAINT "invoices_buyer_organisation_id_fkey"');
    await queryRunner.query('ALTER TABLE "invoices" DROP CONSTRAINT "invoices_subscription_id_fkey"');
    await queryRunner.query('ALTER TABLE "invoice_lines" DROP CONSTRAINT "invoice_lines_invoice_id_fkey"');
    await queryRunner.query('DROP INDEX "public"."invoice_payments_invoice_id_idx"');
    await queryRunner.query('DROP TABLE "invoice_payments"');
    await queryRunner.query('DROP TABLE "document_number_counters"');
    await queryRunner.query('DROP TABLE "credit_notes"');
    await queryRunner.query('DROP INDEX "public"."invoices_buyer_organisation_id_idx"');
    await queryRunner.query('DROP TABLE "invoices"');
    await queryRunner.query('DROP TYPE "public"."invoice_status"');
    await queryRunner.query('DROP TABLE "invoice_lines"');
  }
}
