import type { Platform } from '../core/platform';
import { deterministicIds, withIdSource } from '../core/ids';
import { raiseLotExpiringAlerts } from '../modules/lots/lot-expiring.job';
import { raiseLowStockAlerts } from '../modules/stock/low-stock.job';
import { raiseCalibrationDueAlerts } from '../modules/equipment/calibration-due.job';
import { DemoPlant } from './demo-context';
import { DEMO_ID_NAMESPACE } from './demo-people';
import { seedMasterData } from './demo-master-data';
import { seedEquipment } from './demo-equipment';
import { seedLots } from './demo-lots';
import { seedProductionAndSales } from './demo-orders';
import { seedQuality } from './demo-quality';

/**
 * Seeds the demo plant into an empty database: 苏州康维医疗 (Suzhou Kangwei Medical), a maker of
 * central venous catheter kits, with its people, suppliers, materials, equipment, lots in every
 * state, quality records and orders. Everything goes through the services as the person who would
 * do it, so the audit trail, signatures, events and alerts are real; ids are the same on every
 * run (deterministic per namespace), dates are relative to today. Returns false when the
 * database already holds data.
 */
export async function seedDemoData(platform: Platform): Promise<boolean> {
  const [{ count }] = await platform.dataSource.query('SELECT count(*)::int AS count FROM material');
  if (count > 0) return false;
  const started = Date.now();
  const plant = new DemoPlant(platform);
  try {
    await withIdSource(deterministicIds(DEMO_ID_NAMESPACE), async () => {
      await seedMasterData(plant);
      await seedEquipment(plant);
      await seedLots(plant);
      await seedProductionAndSales(plant);
      await seedQuality(plant);
    });
  } catch (err) {
    // Each step committed on its own: what ran is kept, and a later start (seeing materials) seeds nothing.
    platform.log.error({ err }, 'seeding the demo plant failed part way: start on an empty database (a new LOTGRAPH_DATA_DIR, or a dropped DATABASE_URL database) to seed it whole');
    throw err;
  }
  // The alerts the plant's state calls for are pending when the first client connects.
  await raiseLotExpiringAlerts(platform);
  await raiseLowStockAlerts(platform);
  await raiseCalibrationDueAlerts(platform);
  platform.log.info({ ms: Date.now() - started }, 'demo data seeded');
  return true;
}
