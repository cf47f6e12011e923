import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A key whose first answer was userErrors keeps those userErrors, so a retry under the key
 * replays the refusal instead of running again (and perhaps applying later). Records kept
 * before this migration all hold a result (a refusal used to keep nothing), so none needs
 * filling in.
 */
export class IdempotentRefusals1764000001640 implements MigrationInterface {
  name = 'IdempotentRefusals1764000001640';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE idempotency_record ADD COLUMN user_errors jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE idempotency_record DROP COLUMN user_errors`);
  }
}
