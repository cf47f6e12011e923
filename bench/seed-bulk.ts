import type { DataSource } from 'typeorm';

/** SQL for the number of material `g`'s `k`-th approved supplier (distinct for k below suppliers / 13). */
export function approvedSupplierOf(g: string, k: string, suppliers: string): string {
  return `(1 + (${g} * 7 + ${k} * 13) % ${suppliers})`;
}

/**
 * Bulk benchmark data in a few set-based statements (not through the services: this is load,
 * not GMP records, and the audit trail is not what is measured here).
 */
export async function seedBulk(ds: DataSource, materials: number, suppliers: number, linksPerMaterial = 2): Promise<void> {
  await ds.query(
    `
    INSERT INTO supplier (id, code, name, country, qualification_status, qualification_expires_on, status)
    SELECT 'sup_bench_' || g, 'BS-' || lpad(g::text, 6, '0'), 'Bench supplier ' || g, 'CN',
           CASE WHEN g % 10 = 0 THEN 'CONDITIONAL' ELSE 'APPROVED' END, current_date + 365, 'ACTIVE'
    FROM generate_series(1, $1) g`,
    [suppliers],
  );
  await ds.query(
    `
    INSERT INTO material (id, code, name, type, unit, shelf_life_days, revision, status)
    SELECT 'mat_bench_' || g, 'BM-' || lpad(g::text, 7, '0'), 'Bench material ' || g,
           (ARRAY['RAW_MATERIAL','COMPONENT','SUBASSEMBLY','FINISHED_DEVICE','PACKAGING'])[1 + g % 5], 'EA',
           CASE WHEN g % 3 = 0 THEN 730 END, 'A', CASE WHEN g % 20 = 0 THEN 'DRAFT' ELSE 'ACTIVE' END
    FROM generate_series(1, $1) g`,
    [materials],
  );
  // `linksPerMaterial` approved sources per material: material g, source k is supplier approvedSupplierOf(g, k).
  await ds.query(
    `
    INSERT INTO material_supplier (id, material_id, supplier_id, status, approved_at, approved_by, reason)
    SELECT 'asl_bench_' || g || '_' || k, 'mat_bench_' || g, 'sup_bench_' || ${approvedSupplierOf('g', 'k', '$2')}, 'APPROVED', now(), 'Bench', 'bench'
    FROM generate_series(1, $1) g, generate_series(0, $3 - 1) k`,
    [materials, suppliers, linksPerMaterial],
  );
  await ds.query('ANALYZE');
}
