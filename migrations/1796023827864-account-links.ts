import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountLinks1796023827864 implements MigrationInterface {
  name = 'AccountLinks1796023827864';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TYPE "public"."account_link_purpose" AS ENUM(\'password_reset\', \'colleague_invitation\')');
    await queryRunner.query(
      'CREATE TABLE "account_links" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "purpose" "public"."account_link_purpose" NOT NULL, "token_hash" text NOT NULL, "user_id" uuid, "organisation_id" uuid, "email" text NOT NULL, "created_by_user_id" uuid, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "account_links_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "account_links_token_hash_idx" ON "account_links"  ("token_hash") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."account_links_token_hash_idx"');
    await queryRunner.query('DROP TABLE "account_links"');
    await queryRunner.query('DROP TYPE "public"."account_link_purpose"');
  }
}
