import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CalendarAndMail1795628240624 implements MigrationInterface {
  name = 'CalendarAndMail1795628240624';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "calendar_feeds" ("organisation_id" uuid NOT NULL, "token" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "calendar_feeds_token_key" UNIQUE ("token"), CONSTRAINT "calendar_feeds_pkey" PRIMARY KEY ("organisation_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "mail_deliveries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "dedupe_key" text NOT NULL, "outbox_message_id" bigint, "kind" text NOT NULL, "recipient_name" text NOT NULL, "recipient_email" text NOT NULL, "content" jsonb NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE, "smtp_message_id" text, "attempts" integer NOT NULL DEFAULT \'0\', "last_error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "mail_deliveries_dedupe_key_key" UNIQUE ("dedupe_key"), CONSTRAINT "mail_deliveries_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('ALTER TABLE "events" ADD "previous_event_id" uuid');
    await queryRunner.query('ALTER TABLE "events" ADD "priority_until" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query(
      'ALTER TABLE "events" ADD CONSTRAINT "events_previous_event_id_fkey" FOREIGN KEY ("previous_event_id") REFERENCES "events"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "events" DROP CONSTRAINT "events_previous_event_id_fkey"');
    await queryRunner.query('ALTER TABLE "events" DROP COLUMN "priority_until"');
    await queryRunner.query('ALTER TABLE "events" DROP COLUMN "previous_event_id"');
    await queryRunner.query('DROP TABLE "mail_deliveries"');
    await queryRunner.query('DROP TABLE "calendar_feeds"');
  }
}
