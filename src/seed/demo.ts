import type { Platform } from '../core/platform';
import { RequestContext } from '../core/context';
import { SYSTEM } from '../core/auth/principal';
import { MaterialType, DeviceClass, MaterialStatus } from '../modules/materials/material.enums';
import { createMaterial, setMaterialStatus } from '../modules/materials/material.service';
import { QualificationStatus } from '../modules/suppliers/supplier.enums';
import { createSupplier, setSupplierQualification } from '../modules/suppliers/supplier.service';
import { approveMaterialSupplier } from '../modules/approved-suppliers/material-supplier.service';
import type { CreateMaterialInput } from '../modules/materials/material.types';

const REASON = 'Demo data set';

function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

const MATERIALS: Omit<CreateMaterialInput, 'reason' | 'lotControlled' | 'serialControlled' | 'revision'>[] = [
  { code: 'CVC-7F-20', name: 'Central venous catheter kit 7 Fr, 20 cm', type: MaterialType.FINISHED_DEVICE, unit: 'EA', shelfLifeDays: 1095, deviceClass: DeviceClass.CLASS_III, gtin: '04012345678901' },
  { code: 'PU-TUBE-7F', name: 'Polyurethane tubing 7 Fr, radiopaque', type: MaterialType.RAW_MATERIAL, unit: 'M', shelfLifeDays: 730 },
  { code: 'LUER-HUB-F', name: 'Luer lock hub, female, polycarbonate', type: MaterialType.COMPONENT, unit: 'EA', shelfLifeDays: 1825 },
  { code: 'GW-035-60', name: 'Guidewire 0.035 in, 60 cm, nitinol', type: MaterialType.COMPONENT, unit: 'EA', shelfLifeDays: 1825 },
  { code: 'TYVEK-POUCH', name: 'Sterile barrier pouch, Tyvek/film', type: MaterialType.PACKAGING, unit: 'EA', shelfLifeDays: 1095 },
  { code: 'LBL-UDI-50', name: 'UDI label 50 x 30 mm', type: MaterialType.LABEL, unit: 'EA' },
];

const SUPPLIERS = [
  { code: 'SUP-POLYMED', name: 'Polymed Extrusions GmbH', country: 'DE', contactName: 'Anna Keller', contactEmail: 'quality@polymed.example', qualification: QualificationStatus.APPROVED },
  { code: 'SUP-SZ-MOLD', name: 'Shenzhen Precision Molding Co., Ltd.', country: 'CN', contactName: 'Wang Fang', contactEmail: 'qa@szmold.example', qualification: QualificationStatus.CONDITIONAL },
  { code: 'SUP-NEWPACK', name: 'NewPack Medical Packaging', country: 'US', contactName: 'Jim Ortiz', contactEmail: 'jim@newpack.example', qualification: null },
];

const SOURCES: [string, string][] = [
  ['PU-TUBE-7F', 'SUP-POLYMED'], ['GW-035-60', 'SUP-POLYMED'], ['LUER-HUB-F', 'SUP-SZ-MOLD'],
];

/**
 * Seeds a small, realistic demo data set into an empty database, through the services as the
 * system actor, so the demo's audit trail and outbox look like real use.
 */
export async function seedDemoData(platform: Platform): Promise<boolean> {
  const [{ count }] = await platform.dataSource.query('SELECT count(*)::int AS count FROM material');
  if (count > 0) return false;
  const ctx = RequestContext.create(platform, SYSTEM, platform.log, 'seed-demo');
  const materials = new Map<string, string>();
  for (const m of MATERIALS) {
    const created = await createMaterial(ctx, { ...m, lotControlled: true, serialControlled: false, revision: 'A', reason: REASON });
    const active = m.type === MaterialType.LABEL ? created : await setMaterialStatus(ctx, { id: created.id, expectedVersion: 1, status: MaterialStatus.ACTIVE, reason: REASON });
    materials.set(m.code, active.id);
  }
  const suppliers = new Map<string, string>();
  for (const { qualification, ...s } of SUPPLIERS) {
    const created = await createSupplier(ctx, { ...s, reason: REASON });
    if (qualification) {
      await setSupplierQualification(ctx, { id: created.id, expectedVersion: 1, status: qualification, expiresOn: inDays(qualification === QualificationStatus.CONDITIONAL ? 90 : 365), reason: 'Supplier audit (demo)' });
    }
    suppliers.set(s.code, created.id);
  }
  for (const [material, supplier] of SOURCES) {
    await approveMaterialSupplier(ctx, { materialId: materials.get(material) as string, supplierId: suppliers.get(supplier) as string, reason: 'First article inspection passed (demo)' });
  }
  platform.log.info('demo data seeded');
  return true;
}
