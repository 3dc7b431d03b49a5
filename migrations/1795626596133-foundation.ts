import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795626596133 implements MigrationInterface {
  name = 'Foundation1795626596133';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Rate-limit counters shared by all replicas (see PgThrottlerStorage); no entity, only SQL.
    await queryRunner.query(
      'CREATE UNLOGGED TABLE "rate_limit_buckets" ("key" text PRIMARY KEY, "hits" integer NOT NULL, "window_ends_at" timestamptz NOT NULL)',
    );
    await queryRunner.query("CREATE TYPE \"public\".\"organisation_kind\" AS ENUM('operator', 'culture_house', 'care_centre')");
    await queryRunner.query(
      "CREATE TYPE \"public\".\"organisation_sub_kind\" AS ENUM('cultuurcentrum', 'gemeenschapscentrum', 'podiumhuis', 'bibliotheek', 'cultuurdienst', 'woonzorgcentrum', 'lokaal_dienstencentrum', 'ziekenhuis', 'voorziening')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"province\" AS ENUM('antwerpen', 'limburg', 'oost-vlaanderen', 'west-vlaanderen', 'vlaams-brabant', 'brussel', 'waals-brabant', 'henegouwen', 'luik', 'luxemburg', 'namen')",
    );
    await queryRunner.query(
      'CREATE TABLE "organisations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" "public"."organisation_kind" NOT NULL, "sub_kind" "public"."organisation_sub_kind", "name" text NOT NULL, "enterprise_number" character(10) NOT NULL, "vat_number" text, "street" text NOT NULL, "postcode" character(4) NOT NULL, "municipality" text NOT NULL, "province" "public"."province" NOT NULL, "email" text NOT NULL, "phone" text NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "organisations_enterprise_number_key" UNIQUE ("enterprise_number"), CONSTRAINT "organisations_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query("CREATE TYPE \"public\".\"user_role\" AS ENUM('admin', 'finance', 'member')");
    await queryRunner.query(
      'CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "email" text NOT NULL, "full_name" text NOT NULL, "password_hash" text NOT NULL, "role" "public"."user_role" NOT NULL, "active" boolean NOT NULL DEFAULT true, "failed_login_count" integer NOT NULL DEFAULT \'0\', "locked_until" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "users_email_key" UNIQUE ("email"), CONSTRAINT "users_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "seasons" ("code" text NOT NULL, "name" text NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, CONSTRAINT "seasons_code_check" CHECK (code ~ \'^[0-9]{4}-[0-9]{4}$\'), CONSTRAINT "seasons_pkey" PRIMARY KEY ("code"))',
    );
    await queryRunner.query("CREATE TYPE \"public\".\"event_status\" AS ENUM('draft', 'published', 'cancelled', 'streamed')");
    await queryRunner.query(
      'CREATE TABLE "events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "season_code" text NOT NULL, "title" text NOT NULL, "performers" text array NOT NULL DEFAULT \'{}\', "description" text NOT NULL DEFAULT \'\', "launch_centre_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "sign_on_deadline" TIMESTAMP WITH TIME ZONE NOT NULL, "capacity" integer, "test_slot_starts_at" TIMESTAMP WITH TIME ZONE, "test_slot_ends_at" TIMESTAMP WITH TIME ZONE, "status" "public"."event_status" NOT NULL DEFAULT \'draft\', "stream_url" text, "cancellation_reason" text, "cancelled_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, "culture_house_tariff_cents" integer NOT NULL DEFAULT \'0\', "care_centre_tariff_cents" integer NOT NULL DEFAULT \'0\', "vat_rate_percent" integer NOT NULL DEFAULT \'6\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "events_test_slot_check" CHECK ((test_slot_starts_at IS NULL) = (test_slot_ends_at IS NULL) AND (test_slot_ends_at IS NULL OR test_slot_ends_at > test_slot_starts_at)), CONSTRAINT "events_vat_rate_check" CHECK (vat_rate_percent IN (0, 6, 12, 21)), CONSTRAINT "events_tariffs_check" CHECK (culture_house_tariff_cents >= 0 AND care_centre_tariff_cents >= 0), CONSTRAINT "events_capacity_check" CHECK (capacity IS NULL OR capacity > 0), CONSTRAINT "events_deadline_before_start_check" CHECK (sign_on_deadline <= starts_at), CONSTRAINT "events_ends_after_start_check" CHECK (ends_at > starts_at), CONSTRAINT "events_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "events_starts_at_idx" ON "events"  ("starts_at") ');
    await queryRunner.query(
      'ALTER TABLE "users" ADD CONSTRAINT "users_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "events" ADD CONSTRAINT "events_season_code_fkey" FOREIGN KEY ("season_code") REFERENCES "seasons"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "events" ADD CONSTRAINT "events_launch_centre_id_fkey" FOREIGN KEY ("launch_centre_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "rate_limit_buckets"');
    await queryRunner.query('ALTER TABLE "events" DROP CONSTRAINT "events_launch_centre_id_fkey"');
    await queryRunner.query('ALTER TABLE "events" DROP CONSTRAINT "events_season_code_fkey"');
    await queryRunner.query('ALTER TABLE "users" DROP CONSTRAINT "users_organisation_id_fkey"');
    await queryRunner.query('DROP INDEX "public"."events_starts_at_idx"');
    await queryRunner.query('DROP TABLE "events"');
    await queryRunner.query('DROP TYPE "public"."event_status"');
    await queryRunner.query('DROP TABLE "seasons"');
    await queryRunner.query('DROP TABLE "users"');
    await queryRunner.query('DROP TYPE "public"."user_role"');
    await queryRunner.query('DROP TABLE "organisations"');
    await queryRunner.query('DROP TYPE "public"."province"');
    await queryRunner.query('DROP TYPE "public"."organisation_sub_kind"');
    await queryRunner.query('DROP TYPE "public"."organisation_kind"');
  }
}
