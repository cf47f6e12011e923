import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Signing passwords age (21 CFR 11.300(b)): each records when it was set, and the hashes of a
 * user's earlier passwords are kept so that a recent one cannot be set again. A password set
 * before this migration ages from the migration: its true age is unknown, and counting it as
 * expired would stop every signer at once.
 */
export class SigningPasswordAgeAndHistory1764000001650 implements MigrationInterface {
  name = 'SigningPasswordAgeAndHistory1764000001650';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user ADD COLUMN signing_password_set_at timestamptz(3)`);
    await q.query(`UPDATE app_user SET signing_password_set_at = now() WHERE signing_password_hash IS NOT NULL`);
    await q.query(`ALTER TABLE app_user ADD CONSTRAINT app_user_signing_password_set_at
      CHECK ((signing_password_hash IS NULL) = (signing_password_set_at IS NULL))`);
    // Salted scrypt hashes of passwords a user no longer has, newest kept; never exposed, never audited.
    await q.query(`
      CREATE TABLE signing_password_history (
        id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        user_id        text NOT NULL REFERENCES app_user(id),
        password_hash  text NOT NULL,
        set_at         timestamptz(3) NOT NULL,
        retired_at     timestamptz(3) NOT NULL
      )`);
    await q.query(`CREATE INDEX signing_password_history_user_idx ON signing_password_history (user_id, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE signing_password_history`);
    await q.query(`ALTER TABLE app_user DROP CONSTRAINT app_user_signing_password_set_at`);
    await q.query(`ALTER TABLE app_user DROP COLUMN signing_password_set_at`);
  }
}
