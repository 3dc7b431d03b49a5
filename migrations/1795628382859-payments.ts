import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Payments1795628382859 implements MigrationInterface {
  name = 'Payments1795628382859';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"payment_status\" AS ENUM('open', 'paid', 'failed', 'expired', 'refund_pending', 'refunded')",
    );
    await queryRunner.query(
      'CREATE TABLE "payments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "subscription_id" uuid NOT NULL, "attempt" integer NOT NULL, "stripe_checkout_session_id" text, "checkout_url" text, "net_cents" integer NOT NULL, "vat_cents" integer NOT NULL, "gross_cents" integer NOT NULL, "vat_rate_percent" integer NOT NULL, "status" "public"."payment_status" NOT NULL, "hold_expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "session_expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "payment_intent_id" text, "paid_at" TIMESTAMP WITH TIME ZONE, "refund_attempt" integer NOT NULL DEFAULT \'1\', "stripe_refund_id" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "payments_stripe_checkout_session_id_key" UNIQUE ("stripe_checkout_session_id"), CONSTRAINT "payments_amounts_check" CHECK (net_cents >= 0 AND vat_cents >= 0 AND gross_cents = net_cents + vat_cents), CONSTRAINT "payments_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "payments_status_idx" ON "payments"  ("status") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "payments_subscription_id_attempt_key" ON "payments"  ("subscription_id", "attempt") ',
    );
    await queryRunner.query(
      'CREATE TABLE "stripe_webhook_events" ("stripe_event_id" text NOT NULL, "type" text NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "stripe_webhook_events_pkey" PRIMARY KEY ("stripe_event_id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "payments" ADD CONSTRAINT "payments_subscription_id_fkey" FOREIGN KEY ("subscription_id") REFERENCES "subscriptions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "payments" DROP CONSTRAINT "payments_subscription_id_fkey"');
    await queryRunner.query('DROP TABLE "stripe_webhook_events"');
    await queryRunner.query('DROP INDEX "public"."payments_subscription_id_attempt_key"');
    await queryRunner.query('DROP INDEX "public"."payments_status_idx"');
    await queryRunner.query('DROP TABLE "payments"');
    await queryRunner.query('DROP TYPE "public"."payment_status"');
  }
}
