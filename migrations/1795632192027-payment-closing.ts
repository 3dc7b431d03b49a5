import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PaymentClosing1795632192027 implements MigrationInterface {
  name = 'PaymentClosing1795632192027';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."payment_status" ADD VALUE IF NOT EXISTS 'closing'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // PostgreSQL cannot drop an enum value: rebuild the type without it, closing payments counted as expired.
    await queryRunner.query(`UPDATE "payments" SET "status" = 'expired' WHERE "status" = 'closing'`);
    await queryRunner.query(`ALTER TYPE "public"."payment_status" RENAME TO "payment_status_old"`);
    await queryRunner.query(
      `CREATE TYPE "public"."payment_status" AS ENUM('open', 'paid', 'failed', 'expired', 'refund_pending', 'refunded')`,
    );
    await queryRunner.query(
      `ALTER TABLE "payments" ALTER COLUMN "status" TYPE "public"."payment_status" USING "status"::text::"public"."payment_status"`,
    );
    await queryRunner.query(`DROP TYPE "public"."payment_status_old"`);
  }
}
