import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FinanceBreakEven1795628427686 implements MigrationInterface {
  name = 'FinanceBreakEven1795628427686';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"cost_category\" AS ENUM('artist_fee', 'venue', 'production', 'rights', 'promotion', 'platform', 'other')",
    );
    await queryRunner.query('CREATE TYPE "public"."cost_basis" AS ENUM(\'fixed\', \'per_satellite\')');
    await queryRunner.query(
      'CREATE TABLE "cost_lines" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "category" "public"."cost_category" NOT NULL, "label" text NOT NULL, "basis" "public"."cost_basis" NOT NULL, "planned_cents" integer NOT NULL, "actual_cents" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "cost_lines_amounts_check" CHECK (planned_cents >= 0 AND (actual_cents IS NULL OR actual_cents >= 0)), CONSTRAINT "cost_lines_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "cost_lines_event_id_idx" ON "cost_lines"  ("event_id") ');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"decision_reason\" AS ENUM('social_relevance', 'partner_satisfaction', 'network', 'other')",
    );
    await queryRunner.query(
      'CREATE TABLE "principle_decisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "accepted_deficit_cents" integer NOT NULL, "reasons" "public"."decision_reason" array NOT NULL, "other_reason" text, "decided_by" text NOT NULL, "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL, "recorded_by_user_id" uuid NOT NULL, CONSTRAINT "principle_decisions_reasons_check" CHECK (cardinality(reasons) > 0 AND (\'other\' <> ALL(reasons) OR other_reason IS NOT NULL)), CONSTRAINT "principle_decisions_deficit_check" CHECK (accepted_deficit_cents >= 0), CONSTRAINT "principle_decisions_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "principle_decisions_event_id_idx" ON "principle_decisions"  ("event_id", "decided_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "budget_years" ("year" integer NOT NULL, "approved_margin_cents" integer NOT NULL, "set_by_user_id" uuid NOT NULL, "set_at" TIMESTAMP WITH TIME ZONE NOT NULL, "decision_reference" text NOT NULL, CONSTRAINT "budget_years_margin_check" CHECK (approved_margin_cents <= 0), CONSTRAINT "budget_years_pkey" PRIMARY KEY ("year"))',
    );
    await queryRunner.query("CREATE TYPE \"public\".\"income_kind\" AS ENUM('subsidy', 'sponsor', 'other')");
    await queryRunner.query(
      'CREATE TABLE "other_income" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "kind" "public"."income_kind" NOT NULL, "label" text NOT NULL, "amount_cents" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "other_income_amount_check" CHECK (amount_cents >= 0), CONSTRAINT "other_income_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "other_income_event_id_idx" ON "other_income"  ("event_id") ');
    await queryRunner.query(
      'ALTER TABLE "cost_lines" ADD CONSTRAINT "cost_lines_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "principle_decisions" ADD CONSTRAINT "principle_decisions_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "other_income" ADD CONSTRAINT "other_income_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "other_income" DROP CONSTRAINT "other_income_event_id_fkey"');
    await queryRunner.query('ALTER TABLE "principle_decisions" DROP CONSTRAINT "principle_decisions_event_id_fkey"');
    await queryRunner.query('ALTER TABLE "cost_lines" DROP CONSTRAINT "cost_lines_event_id_fkey"');
    await queryRunner.query('DROP INDEX "public"."other_income_event_id_idx"');
    await queryRunner.query('DROP TABLE "other_income"');
    await queryRunner.query('DROP TYPE "public"."income_kind"');
    await queryRunner.query('DROP TABLE "budget_years"');
    await queryRunner.query('DROP INDEX "public"."principle_decisions_event_id_idx"');
    await queryRunner.query('DROP TABLE "principle_decisions"');
    await queryRunner.query('DROP TYPE "public"."decision_reason"');
    await queryRunner.query('DROP INDEX "public"."cost_lines_event_id_idx"');
    await queryRunner.query('DROP TABLE "cost_lines"');
    await queryRunner.query('DROP TYPE "public"."cost_basis"');
    await queryRunner.query('DROP TYPE "public"."cost_category"');
  }
}
