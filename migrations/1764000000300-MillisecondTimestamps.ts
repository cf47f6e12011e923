import type { MigrationInterface, QueryRunner } from 'typeorm';

const LIFECYCLE_TABLES = ['site', 'location', 'supplier', 'material', 'material_supplier', 'customer', 'app_user', 'lot'];

/**
 * Keyset cursors carry JavaScript dates (milliseconds); PostgreSQL's default microseconds made
 * `created_at > cursor` match the cursor's own row again. Lifecycle timestamps keep milliseconds.
 */
export class MillisecondTimestamps1764000000300 implements MigrationInterface {
  name = 'MillisecondTimestamps1764000000300';

  async up(q: QueryRunner): Promise<void> {
    for (const table of LIFECYCLE_TABLES) {
      await q.query(`ALTER TABLE ${table} ALTER COLUMN created_at TYPE timestamptz(3), ALTER COLUMN updated_at TYPE timestamptz(3)`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of LIFECYCLE_TABLES) {
      await q.query(`ALTER TABLE ${table} ALTER COLUMN created_at TYPE timestamptz, ALTER COLUMN updated_at TYPE timestamptz`);
    }
  }
}
