import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The last SEQUENCE each mailbox received per UID, so every next invite to it rises. */
export class InviteSequences1796021302063 implements MigrationInterface {
  name = 'InviteSequences1796021302063';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "invite_sequences" ("uid" text NOT NULL, "attendee_email" text NOT NULL, "sequence" integer NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "invite_sequences_pkey" PRIMARY KEY ("uid", "attendee_email"))',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "invite_sequences"');
  }
}
