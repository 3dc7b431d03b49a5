import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PaymentMethodAndOutboxRetries1795627945337 implements MigrationInterface {
  name = 'PaymentMethodAndOutboxRetries1795627945337';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TYPE "public"."payment_method" AS ENUM(\'invoice\', \'online\')');
    await queryRunner.query(
      'ALTER TABLE "organisations" ADD "payment_method" "public"."payment_method" NOT NULL DEFAULT \'invoice\'',
    );
    await queryRunner.query('ALTER TABLE "outbox_messages" ADD "attempts" integer NOT NULL DEFAULT \'0\'');
    await queryRunner.query('ALTER TABLE "outbox_messages" ADD "retry_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "outbox_messages" ADD "last_error" text');
    await queryRunner.query('ALTER TABLE "events" ADD "calendar_sequence" integer NOT NULL DEFAULT \'0\'');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "events" DROP COLUMN "calendar_sequence"');
    await queryRunner.query('ALTER TABLE "outbox_messages" DROP COLUMN "last_error"');
    await queryRunner.query('ALTER TABLE "outbox_messages" DROP COLUMN "retry_at"');
    await queryRunner.query('ALTER TABLE "outbox_messages" DROP COLUMN "attempts"');
    await queryRunner.query('ALTER TABLE "organisations" DROP COLUMN "payment_method"');
    await queryRunner.query('DROP TYPE "public"."payment_method"');
  }
}
