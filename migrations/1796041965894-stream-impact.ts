import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What happened at a stream: each satellite's answer to its feedback mail (viewers, screens,
 * satisfaction, picture and sound) and the launch centre's own notes (real times, incidents).
 */
export class StreamImpact1796041965894 implements MigrationInterface {
  name = 'StreamImpact1796041965894';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "stream_reports" ("event_id" uuid NOT NULL, "actual_start" TIMESTAMP WITH TIME ZONE, "actual_end" TIMESTAMP WITH TIME ZONE, "technical_incidents" text NOT NULL DEFAULT \'\', "recorded_by_user_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "stream_reports_times_check" CHECK (actual_end IS NULL OR actual_start IS NULL OR actual_end > actual_start), CONSTRAINT "stream_reports_pkey" PRIMARY KEY ("event_id"))',
    );
    await queryRunner.query("CREATE TYPE \"public\".\"picture_and_sound\" AS ENUM('good', 'hiccups', 'failed')");
    await queryRunner.query(
      'CREATE TABLE "stream_feedback" ("subscription_id" uuid NOT NULL, "event_id" uuid NOT NULL, "viewers" integer NOT NULL, "screens" integer NOT NULL, "satisfaction" smallint NOT NULL, "picture_and_sound" "public"."picture_and_sound" NOT NULL, "comment" text NOT NULL DEFAULT \'\', "answered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "stream_feedback_satisfaction_check" CHECK (satisfaction BETWEEN 1 AND 5), CONSTRAINT "stream_feedback_screens_check" CHECK (screens >= 0), CONSTRAINT "stream_feedback_viewers_check" CHECK (viewers >= 0), CONSTRAINT "stream_feedback_pkey" PRIMARY KEY ("subscription_id"))',
    );
    await queryRunner.query('CREATE INDEX "stream_feedback_event_id_idx" ON "stream_feedback"  ("event_id") ');
    await queryRunner.query(
      'ALTER TABLE "stream_reports" ADD CONSTRAINT "stream_reports_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "stream_feedback" ADD CONSTRAINT "stream_feedback_subscription_id_fkey" FOREIGN KEY ("subscription_id") REFERENCES "subscriptions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "stream_feedback" ADD CONSTRAINT "stream_feedback_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "stream_feedback" DROP CONSTRAINT "stream_feedback_event_id_fkey"');
    await queryRunner.query('ALTER TABLE "stream_feedback" DROP CONSTRAINT "stream_feedback_subscription_id_fkey"');
    await queryRunner.query('ALTER TABLE "stream_reports" DROP CONSTRAINT "stream_reports_event_id_fkey"');
    await queryRunner.query('DROP INDEX "public"."stream_feedback_event_id_idx"');
    await queryRunner.query('DROP TABLE "stream_feedback"');
    await queryRunner.query('DROP TYPE "public"."picture_and_sound"');
    await queryRunner.query('DROP TABLE "stream_reports"');
  }
}
