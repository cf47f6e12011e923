import type { Platform } from '../core/platform';
import { RequestContext } from '../core/context';
import { SYSTEM } from '../core/auth/principal';
import { MaterialType, DeviceClass } from '../modules/materials/material.enums';
import { createMaterial } from '../modules/materials/material.service';

/** Seeds a small, realistic demo data set into an empty database, as the system actor. */
export async function seedDemoData(platform: Platform): Promise<boolean> {
  const [{ count }] = await platform.dataSource.query('SELECT count(*)::int AS count FROM material');
  if (count > 0) return false;
  const ctx = RequestContext.create(platform, SYSTEM, platform.log, 'seed-demo');
  const reason = 'Demo data set';
  await createMaterial(ctx, {
    code: 'CAT-7F-110', name: 'Central venous catheter 7 Fr, 110 mm', type: MaterialType.FINISHED_DEVICE, unit: 'EA',
    lotControlled: true, serialControlled: false, shelfLifeDays: 1095, deviceClass: DeviceClass.CLASS_III,
    gtin: '04012345678901', revision: 'C', reason,
  });
  await createMaterial(ctx, {
    code: 'PU-TUBE-7F', name: 'Polyurethane tubing 7 Fr', type: MaterialType.RAW_MATERIAL, unit: 'M',
    lotControlled: true, serialControlled: false, shelfLifeDays: 730, revision: 'A', reason,
  });
  platform.log.info('demo data seeded');
  return true;
}
