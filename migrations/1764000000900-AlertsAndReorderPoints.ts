import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Per-material reorder points for LOW_STOCK. */
export class AlertsAndReorderPoints1764000000900 implements MigrationInterface {
  name = 'AlertsAndReorderPoints1764000000900';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE material ADD COLUMN reorder_point numeric(20,6) CHECK (reorder_point >= 0)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE material DROP COLUMN reorder_point`);
  }
}
