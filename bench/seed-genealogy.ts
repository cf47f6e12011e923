import type { DataSource } from 'typeorm';

/** Lots per BOM level, raw (0) to finished (4): 100,000 lots in all by default. */
export const LEVELS = [2_000, 6_000, 12_000, 30_000, 50_000];
/** Each lot above level 0 is made from this many lots of the level below. */
const PARENTS = 2;

/**
 * A 5-level genealogy in set-based SQL: one raw lot feeds about 6 -> 24 -> 120 -> 400 lots
 * downstream (DOMAIN.md: 10 to 500 finished lots), each finished lot goes back to 16 raw lots.
 * Every lot also gets a stock balance at location A, for the moveStock scenario.
 */
export async function seedGenealogy(ds: DataSource, scale = 1): Promise<{ raw: string[]; finished: string[]; locationA: string; locationB: string }> {
  const levels = LEVELS.map((n) => Math.max(10, Math.round(n * scale)));
  await ds.query(`INSERT INTO site (id, code, name) VALUES ('site_bench', 'BENCH', 'Bench plant')`);
  await ds.query(`INSERT INTO location (id, site_id, code, name, type) VALUES ('loc_bench_a', 'site_bench', 'A', 'A', 'STORAGE'), ('loc_bench_b', 'site_bench', 'B', 'B', 'STORAGE')`);
  await ds.query(`INSERT INTO supplier (id, code, name, qualification_status, qualification_expires_on) VALUES ('sup_bench', 'BENCH-SUP', 'Bench supplier', 'APPROVED', current_date + 365)`);
  for (let level = 0; level < levels.length; level++) {
    await ds.query(`INSERT INTO material (id, code, name, type, unit, status) VALUES ($1, $2, $2, 'COMPONENT', 'EA', 'ACTIVE')`, [`mat_lvl${level}`, `LVL-${level}`]);
  }
  for (let level = 1; level < levels.length; level++) {
    await ds.query(`INSERT INTO bom (id, product_material_id, revision) VALUES ($1, $2, 'A')`, [`bom_lvl${level}`, `mat_lvl${level}`]);
    await ds.query(
      `INSERT INTO work_order (id, number, product_material_id, bom_id, site_id, quantity_planned, status)
                    VALUES ($1, $1, $2, $3, 'site_bench', 1, 'COMPLETED')`,
      [`wo_lvl${level}`, `mat_lvl${level}`, `bom_lvl${level}`],
    );
  }
  for (let level = 0; level < levels.length; level++) {
    await ds.query(
      `
      INSERT INTO lot (id, material_id, lot_number, supplier_id, origin, work_order_id, site_id, quantity, unit, status, created_by, created_by_name)
      SELECT 'lot_l${level}_' || g, 'mat_lvl${level}', 'L${level}-' || g, ${level === 0 ? "'sup_bench'" : 'NULL'},
             '${level === 0 ? 'RECEIPT' : 'WORK_ORDER'}', ${level === 0 ? 'NULL' : `'wo_lvl${level}'`}, 'site_bench', 1000, 'EA', 'RELEASED', 'bench', 'Bench'
      FROM generate_series(1, $1) g`,
      [levels[level]],
    );
    if (level > 0) {
      await ds.query(
        `
        INSERT INTO genealogy_edge (parent_lot_id, child_lot_id, work_order_id, quantity)
        SELECT 'lot_l${level - 1}_' || (1 + (g::bigint * 7919 + k * 104729) % $2), 'lot_l${level}_' || g, 'wo_lvl${level}', 1
        FROM generate_series(1, $1) g, generate_series(0, ${PARENTS - 1}) k
        ON CONFLICT DO NOTHING`,
        [levels[level], levels[level - 1]],
      );
    }
  }
  await ds.query(`INSERT INTO stock_balance (lot_id, location_id, site_id, material_id, quantity)
                  SELECT id, 'loc_bench_a', site_id, material_id, 1000 FROM lot`);
  await ds.query('ANALYZE');
  const pick = (level: number, count: number) => Array.from({ length: count }, (_, i) => `lot_l${level}_${1 + ((i * 977) % levels[level])}`);
  return { raw: pick(0, 200), finished: pick(levels.length - 1, 200), locationA: 'loc_bench_a', locationB: 'loc_bench_b' };
}
