import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables of the root lists with lifecycle columns, and which window indexes each lacks. */
const LISTED: { table: string; created: boolean; updated: boolean }[] = [
  ...['app_user', 'bom', 'capa', 'customer', 'equipment', 'inspection', 'inspection_plan', 'location', 'maintenance_order', 'material_supplier',
    'nonconformance', 'sales_order', 'shipment', 'site', 'supplier', 'webhook', 'work_order'].map((table) => ({ table, created: true, updated: true })),
  // lot_created_idx, material_updated_idx and purchase_order_list_idx exist already.
  { table: 'lot', created: false, updated: true },
  { table: 'material', created: true, updated: false },
  { table: 'purchase_order', created: false, updated: true },
];

/**
 * Every list's filter takes createdAt/updatedAt windows, and a BI tool pulls what changed since
 * its last pull: each window column gets an index (with the id, the lists' tie-breaker).
 * Stock balances gain the time they were created (backfilled from the first movement into
 * them), and webhook deliveries the time they last changed (kept by a trigger, since the
 * sender changes them in several statements).
 */
export class ChangeWindows1764000001740 implements MigrationInterface {
  name = 'ChangeWindows1764000001740';

  async up(q: QueryRunner): Promise<void> {
    for (const { table, created, updated } of LISTED) {
      if (created) await q.query(`CREATE INDEX ${table}_created_window_idx ON ${table} (created_at, id)`);
      if (updated) await q.query(`CREATE INDEX ${table}_updated_window_idx ON ${table} (updated_at, id)`);
    }
    await q.query(`ALTER TABLE stock_balance ADD COLUMN created_at timestamptz(3) NOT NULL DEFAULT now()`);
    await q.query(`UPDATE stock_balance b SET created_at = least(b.updated_at, coalesce(
      (SELECT min(m.occurred_at) FROM stock_movement m WHERE m.lot_id = b.lot_id AND m.to_location_id = b.location_id), b.updated_at))`);
    await q.query(`CREATE INDEX stock_balance_created_window_idx ON stock_balance (created_at)`);
    await q.query(`CREATE INDEX stock_balance_updated_window_idx ON stock_balance (updated_at)`);

    await q.query(`ALTER TABLE webhook_delivery ADD COLUMN updated_at timestamptz(3) NOT NULL DEFAULT now()`);
    await q.query(`UPDATE webhook_delivery d SET updated_at = greatest(d.created_at, d.delivered_at,
      (SELECT max(a.attempted_at) FROM webhook_attempt a WHERE a.delivery_id = d.id))`);
    await q.query(`CREATE FUNCTION webhook_delivery_touch() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN NEW.updated_at := now(); RETURN NEW; END $$`);
    await q.query(`CREATE TRIGGER webhook_delivery_touch BEFORE UPDATE ON webhook_delivery FOR EACH ROW EXECUTE FUNCTION webhook_delivery_touch()`);
    await q.query(`CREATE INDEX webhook_delivery_updated_window_idx ON webhook_delivery (webhook_id, updated_at)`);

    await q.query(`CREATE INDEX calibration_record_recorded_window_idx ON calibration_record (recorded_at, id)`);
    await q.query(`CREATE INDEX stock_movement_occurred_window_idx ON stock_movement (occurred_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX stock_movement_occurred_window_idx`);
    await q.query(`DROP INDEX calibration_record_recorded_window_idx`);
    await q.query(`DROP TRIGGER webhook_delivery_touch ON webhook_delivery`);
    await q.query(`DROP FUNCTION webhook_delivery_touch()`);
    await q.query(`ALTER TABLE webhook_delivery DROP COLUMN updated_at`);
    await q.query(`DROP INDEX stock_balance_updated_window_idx`);
    await q.query(`ALTER TABLE stock_balance DROP COLUMN created_at`);
    for (const { table, created, updated } of LISTED) {
      if (created) await q.query(`DROP INDEX ${table}_created_window_idx`);
      if (updated) await q.query(`DROP INDEX ${table}_updated_window_idx`);
    }
  }
}
