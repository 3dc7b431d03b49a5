import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Plans per event, planned and actual other income, closed books with later corrections, and the uncovered-deficit flag. */
export class BreakEvenPlanning1796021608988 implements MigrationInterface {
  name = 'BreakEvenPlanning1796021608988';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "event_closings" ("event_id" uuid NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closed_by_user_id" uuid NOT NULL, "final_result_cents" integer NOT NULL, "final_figures" jsonb NOT NULL, CONSTRAINT "event_closings_pkey" PRIMARY KEY ("event_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "event_plans" ("event_id" uuid NOT NULL, "expected_culture_houses" integer NOT NULL, "expected_care_centres" integer NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "event_plans_counts_check" CHECK (expected_culture_houses >= 0 AND expected_care_centres >= 0), CONSTRAINT "event_plans_pkey" PRIMARY KEY ("event_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "finance_corrections" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "amount_cents" integer NOT NULL, "reason" text NOT NULL, "recorded_by_user_id" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "finance_corrections_amount_check" CHECK (amount_cents <> 0), CONSTRAINT "finance_corrections_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "finance_corrections_event_id_idx" ON "finance_corrections"  ("event_id") ');
    await queryRunner.query(
      'CREATE TABLE "uncovered_deficits" ("event_id" uuid NOT NULL, "flagged_at" TIMESTAMP WITH TIME ZONE NOT NULL, "committed_result_cents" integer NOT NULL, CONSTRAINT "uncovered_deficits_pkey" PRIMARY KEY ("event_id"))',
    );
    await queryRunner.query('ALTER TABLE "other_income" ADD "actual_cents" integer');
    await queryRunner.query(
      'ALTER TABLE "other_income" ADD CONSTRAINT "other_income_actual_check" CHECK (actual_cents IS NULL OR actual_cents >= 0)',
    );
    await queryRunner.query(
      'ALTER TABLE "event_closings" ADD CONSTRAINT "event_closings_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "event_plans" ADD CONSTRAINT "event_plans_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "finance_corrections" ADD CONSTRAINT "finance_corrections_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "uncovered_deficits" ADD CONSTRAINT "uncovered_deficits_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "uncovered_deficits" DROP CONSTRAINT "uncovered_deficits_event_id_fkey"');
    await queryRunner.query('ALTER TABLE "finance_corrections" DROP CONSTRAINT "finance_corrections_event_id_fkey"');
    await queryRunner.query('ALTER TABLE "event_plans" DROP CONSTRAINT "event_plans_event_id_fkey"');
    await queryRunner.query('ALTER TABLE "event_closings" DROP CONSTRAINT "event_closings_event_id_fkey"');
    await queryRunner.query('ALTER TABLE "other_income" DROP CONSTRAINT "other_income_actual_check"');
    await queryRunner.query('ALTER TABLE "other_income" DROP COLUMN "actual_cents"');
    await queryRunner.query('DROP TABLE "uncovered_deficits"');
    await queryRunner.query('DROP INDEX "public"."finance_corrections_event_id_idx"');
    await queryRunner.query('DROP TABLE "finance_corrections"');
    await queryRunner.query('DROP TABLE "event_plans"');
    await queryRunner.query('DROP TABLE "event_closings"');
  }
}
