import type { DataSource } from 'typeorm';

export const FANOUT_SUPPLIER = 'sup_fanout';

/**
 * Lots waiting in QUARANTINE for the fan-out burst, in set-based SQL like the other seeds. Only
 * the lots are seeded here: their status changes, and so the events, go through startLotTesting.
 */
export async function seedFanout(ds: DataSource, lots: number): Promise<{ lotIds: string[] }> {
  await ds.query(`INSERT INTO site (id, code, name) VALUES ('site_fanout', 'FANOUT', 'Fan-out plant')`);
  await ds.query(`INSERT INTO supplier (id, code, name, qualification_status, qualification_expires_on) VALUES ($1, 'FANOUT-SUP', 'Fan-out supplier', 'APPROVED', current_date + 365)`, [
    FANOUT_SUPPLIER,
  ]);
  await ds.query(`INSERT INTO material (id, code, name, type, unit, status) VALUES ('mat_fanout', 'FANOUT-MAT', 'Fan-out component', 'COMPONENT', 'EA', 'ACTIVE')`);
  await ds.query(
    `
    INSERT INTO lot (id, material_id, lot_number, supplier_id, origin, site_id, quantity, unit, status, created_by, created_by_name)
    SELECT 'lot_fanout_' || g, 'mat_fanout', 'FO-' || lpad(g::text, 6, '0'), $2, 'RECEIPT', 'site_fanout', 100, 'EA', 'QUARANTINE', 'bench', 'Bench'
    FROM generate_series(1, $1) g`,
    [lots, FANOUT_SUPPLIER],
  );
  await ds.query('ANALYZE');
  return { lotIds: Array.from({ length: lots }, (_, i) => `lot_fanout_${i + 1}`) };
}
