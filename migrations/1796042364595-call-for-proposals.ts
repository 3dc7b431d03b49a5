import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Calls for proposals, the proposals with their cost lines, and satellites' interest; one open call per season. */
export class CallForProposals1796042364595 implements MigrationInterface {
  name = 'CallForProposals1796042364595';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "calls" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "season_code" text NOT NULL, "deadline" TIMESTAMP WITH TIME ZONE NOT NULL, "opened_by_user_id" uuid NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "closed_at" TIMESTAMP WITH TIME ZONE, "closed_by_user_id" uuid, CONSTRAINT "calls_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "calls_one_open_per_season_idx" ON "calls"  ("season_code") WHERE closed_at IS NULL',
    );
    await queryRunner.query("CREATE TYPE \"public\".\"proposal_status\" AS ENUM('submitted', 'accepted', 'declined')");
    await queryRunner.query(
      'CREATE TABLE "proposals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "call_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "proposed_by_user_id" uuid NOT NULL, "title" text NOT NULL, "performers" text array NOT NULL, "venue" text NOT NULL, "possible_starts" TIMESTAMP WITH TIME ZONE array NOT NULL, "duration_minutes" integer NOT NULL DEFAULT \'90\', "technical_notes" text NOT NULL DEFAULT \'\', "status" "public"."proposal_status" NOT NULL DEFAULT \'submitted\', "decline_reason" text, "decided_at" TIMESTAMP WITH TIME ZONE, "decided_by_user_id" uuid, "event_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "proposals_event_check" CHECK ((status = \'accepted\') = (event_id IS NOT NULL)), CONSTRAINT "proposals_decision_check" CHECK ((status = \'submitted\') = (decided_at IS NULL)), CONSTRAINT "proposals_duration_check" CHECK (duration_minutes BETWEEN 15 AND 600), CONSTRAINT "proposals_dates_check" CHECK (cardinality(possible_starts) BETWEEN 1 AND 10), CONSTRAINT "proposals_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "proposals_event_id_idx" ON "proposals"  ("event_id") ');
    await queryRunner.query('CREATE INDEX "proposals_organisation_id_idx" ON "proposals"  ("organisation_id") ');
    await queryRunner.query('CREATE INDEX "proposals_call_id_idx" ON "proposals"  ("call_id") ');
    await queryRunner.query(
      'CREATE TABLE "proposal_cost_lines" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "proposal_id" uuid NOT NULL, "position" integer NOT NULL, "category" "public"."cost_category" NOT NULL, "label" text NOT NULL, "basis" "public"."cost_basis" NOT NULL, "planned_cents" integer NOT NULL, "vat_rate_percent" integer NOT NULL, CONSTRAINT "proposal_cost_lines_vat_check" CHECK (vat_rate_percent IN (0, 6, 12, 21)), CONSTRAINT "proposal_cost_lines_amount_check" CHECK (planned_cents >= 0), CONSTRAINT "proposal_cost_lines_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "proposal_cost_lines_proposal_idx" ON "proposal_cost_lines"  ("proposal_id", "position") ',
    );
    await queryRunner.query(
      'CREATE TABLE "proposal_interests" ("proposal_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "screens" integer, "expected_viewers" integer, "marked_by_user_id" uuid NOT NULL, "marked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "proposal_interests_counts_check" CHECK ((screens IS NULL OR screens >= 1) AND (expected_viewers IS NULL OR expected_viewers >= 1)), CONSTRAINT "proposal_interests_pkey" PRIMARY KEY ("proposal_id", "organisation_id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "calls" ADD CONSTRAINT "calls_season_code_fkey" FOREIGN KEY ("season_code") REFERENCES "seasons"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "proposals" ADD CONSTRAINT "proposals_call_id_fkey" FOREIGN KEY ("call_id") REFERENCES "calls"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "proposals" ADD CONSTRAINT "proposals_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "proposals" ADD CONSTRAINT "proposals_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "proposal_cost_lines" ADD CONSTRAINT "proposal_cost_lines_proposal_id_fkey" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "proposal_interests" ADD CONSTRAINT "proposal_interests_proposal_id_fkey" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "proposal_interests" ADD CONSTRAINT "proposal_interests_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "proposal_interests" DROP CONSTRAINT "proposal_interests_organisation_id_fkey"');
    await queryRunner.query('ALTER TABLE "proposal_interests" DROP CONSTRAINT "proposal_interests_proposal_id_fkey"');
    await queryRunner.query('ALTER TABLE "proposal_cost_lines" DROP CONSTRAINT "proposal_cost_lines_proposal_id_fkey"');
    await queryRunner.query('ALTER TABLE "proposals" DROP CONSTRAINT "proposals_event_id_fkey"');
    await queryRunner.query('ALTER TABLE "proposals" DROP CONSTRAINT "proposals_organisation_id_fkey"');
    await queryRunner.query('ALTER TABLE "proposals" DROP CONSTRAINT "proposals_call_id_fkey"');
    await queryRunner.query('ALTER TABLE "calls" DROP CONSTRAINT "calls_season_code_fkey"');
    await queryRunner.query('DROP TABLE "proposal_interests"');
    await queryRunner.query('DROP INDEX "public"."proposal_cost_lines_proposal_idx"');
    await queryRunner.query('DROP TABLE "proposal_cost_lines"');
    await queryRunner.query('DROP INDEX "public"."proposals_call_id_idx"');
    await queryRunner.query('DROP INDEX "public"."proposals_organisation_id_idx"');
    await queryRunner.query('DROP INDEX "public"."proposals_event_id_idx"');
    await queryRunner.query('DROP TABLE "proposals"');
    await queryRunner.query('DROP TYPE "public"."proposal_status"');
    await queryRunner.query('DROP INDEX "public"."calls_one_open_per_season_idx"');
    await queryRunner.query('DROP TABLE "calls"');
  }
}
