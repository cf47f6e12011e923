import type { DataSource } from 'typeorm';
import { approvedSupplierOf } from './seed-bulk';

/**
 * Received lots over the bulk master data (seedBulk first): lot g is of material 1 + g % materials,
 * from one of that material's approved suppliers, created one minute before lot g - 1, so the
 * newest-first order is the lot number order. Set-based SQL, like the other seeds.
 */
export async function seedLots(ds: DataSource, lots: number, materials: number, suppliers: number, linksPerMaterial: number): Promise<{ lotIds: string[] }> {
  await ds.query(`INSERT INTO site (id, code, name) VALUES ('site_bulk', 'BULK', 'Bulk plant')`);
  await ds.query(
    `
    INSERT INTO lot (id, material_id, lot_number, supplier_id, origin, site_id, quantity, unit, status, created_by, created_by_name, created_at, updated_at)
    SELECT 'lot_bench_' || g, 'mat_bench_' || m, 'BL-' || lpad(g::text, 7, '0'), 'sup_bench_' || ${approvedSupplierOf('m', 'g % $4', '$3')},
           'RECEIPT', 'site_bulk', 100, 'EA', CASE WHEN g % 7 = 0 THEN 'QUARANTINE' ELSE 'RELEASED' END, 'bench', 'Bench',
           now() - g * interval '1 minute', now() - g * interval '1 minute'
    FROM generate_series(1, $1) g, LATERAL (SELECT 1 + g % $2 AS m) pick`,
    [lots, materials, suppliers, linksPerMaterial],
  );
  await ds.query('ANALYZE');
  return { lotIds: [1, Math.ceil(lots / 2), lots].map((g) => `lot_bench_${g}`) };
}
