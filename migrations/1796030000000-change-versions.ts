import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A version counter per cached read (the programme; each organisation's sign-ons), so a poll with
 * a matching ETag is answered from one primary-key lookup before any query or serialisation.
 * Deferred constraint triggers bump the counter at commit: the counter row is locked only for the
 * commit itself, and a reader sees the new version and the new rows at the same moment.
 */
export class ChangeVersions1796030000000 implements MigrationInterface {
  name = 'ChangeVersions1796030000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "change_versions" ("scope" text NOT NULL, "version" bigint NOT NULL DEFAULT 1, CONSTRAINT "change_versions_pkey" PRIMARY KEY ("scope"))`,
    );
    await queryRunner.query(`INSERT INTO "change_versions" ("scope") VALUES ('programme')`);
    await queryRunner.query(`
      CREATE FUNCTION bump_change_version(changed_scope text) RETURNS void LANGUAGE sql AS $$
        INSERT INTO change_versions (scope) VALUES (changed_scope)
        ON CONFLICT (scope) DO UPDATE SET version = change_versions.version + 1
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION programme_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM bump_change_version('programme');
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION sign_ons_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN PERFORM bump_change_version('sign-ons:' || OLD.organisation_id); END IF;
        IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.organisation_id IS DISTINCT FROM OLD.organisation_id) THEN
          PERFORM bump_change_version('sign-ons:' || NEW.organisation_id);
        END IF;
        RETURN NULL;
      END $$`);
    for (const table of ['events', 'organisations', 'seasons']) {
      await queryRunner.query(
        `CREATE CONSTRAINT TRIGGER "${table}_programme_changed" AFTER INSERT OR UPDATE OR DELETE ON "${table}"
         DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION programme_changed()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER "${table}_programme_truncated" AFTER TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION programme_changed()`,
      );
    }
    await queryRunner.query(
      `CREATE CONSTRAINT TRIGGER "subscriptions_sign_ons_changed" AFTER INSERT OR UPDATE OR DELETE ON "subscriptions"
       DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sign_ons_changed()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "subscriptions_sign_ons_changed" ON "subscriptions"`);
    for (const table of ['events', 'organisations', 'seasons']) {
      await queryRunner.query(`DROP TRIGGER "${table}_programme_truncated" ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER "${table}_programme_changed" ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION sign_ons_changed()`);
    await queryRunner.query(`DROP FUNCTION programme_changed()`);
    await queryRunner.query(`DROP FUNCTION bump_change_version(text)`);
    await queryRunner.query(`DROP TABLE "change_versions"`);
  }
}
