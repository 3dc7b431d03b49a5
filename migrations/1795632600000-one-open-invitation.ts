import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One open invitation per event, inviter and invitee, so a double submit cannot invite twice. The
 * invitee is an account or an address (never both while open); accepted and revoked ones don't count.
 */
export class OneOpenInvitation1795632600000 implements MigrationInterface {
  name = 'OneOpenInvitation1795632600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE UNIQUE INDEX "invitations_one_open_idx" ON "invitations" ("event_id", "inviter_organisation_id", (COALESCE("invitee_organisation_id"::text, "invitee_email"))) WHERE status = 'open'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "invitations_one_open_idx"`);
  }
}
