import type { Platform } from '../core/platform';
import { RequestContext } from '../core/context';
import { SYSTEM } from '../core/auth/principal';
import { MaterialType, DeviceClass, MaterialStatus } from '../modules/materials/material.enums';
import { createMaterial, setMaterialStatus } from '../modules/materials/material.service';
import { QualificationStatus } from '../modules/suppliers/supplier.enums';
import { createSupplier, setSupplierQualification } from '../modules/suppliers/supplier.service';
import { approveMaterialSupplier } from '../modules/approved-suppliers/material-supplier.service';
import type { CreateMaterialInput } from '../modules/materials/material.types';
import { createSite } from '../modules/sites/site.service';
import { createLocation } from '../modules/sites/location.service';
import { LocationType } from '../modules/sites/site.enums';
import { createCustomer } from '../modules/customers/customer.service';
import { createUser } from '../modules/users/user.service';
import { DEMO_ROLES, demoIdentity } from './demo-people';

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

const CUSTOMERS = [
  { code: 'CUS-PUMCH', name: 'Peking Union Medical College Hospital', country: 'CN', contactName: 'Dr. Zhao Lei', contactEmail: 'procurement@pumch.example' },
  { code: 'CUS-CHARITE', name: 'Charité Universitätsmedizin Berlin', country: 'DE', contactName: 'Dr. Jonas Weber', contactEmail: 'einkauf@charite.example' },
];

async function seedSites(ctx: RequestContext): Promise<void> {
  const plant = await createSite(ctx, { code: 'SZ-PLANT', name: 'Suzhou manufacturing plant', country: 'CN', timezone: 'Asia/Shanghai', reason: REASON });
  const dc = await createSite(ctx, { code: 'DE-DC', name: 'Frankfurt distribution centre', country: 'DE', timezone: 'Europe/Berlin', reason: REASON });
  const locations: [string, string, string, LocationType][] = [
    [plant.id, 'RCV-01', 'Receiving dock', LocationType.RECEIVING],
    [plant.id, 'QUA-01', 'Quarantine cage', LocationType.QUARANTINE],
    [plant.id, 'RM-A-01', 'Raw material rack A1', LocationType.STORAGE],
    [plant.id, 'CR-LINE-1', 'Clean room line 1', LocationType.PRODUCTION],
    [plant.id, 'QC-LAB', 'QC laboratory', LocationType.LABORATORY],
    [plant.id, 'MRB-01', 'Rejected material (MRB)', LocationType.REJECT],
    [dc.id, 'FG-01', 'Finished goods', LocationType.STORAGE],
    [dc.id, 'SHIP-01', 'Shipping dock', LocationType.SHIPPING],
  ];
  for (const [siteId, code, name, type] of locations) await createLocation(ctx, { siteId, code, name, type, reason: REASON });
}

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
  await seedSites(ctx);
  for (const c of CUSTOMERS) await createCustomer(ctx, { ...c, reason: REASON });
  for (const role of DEMO_ROLES) {
    const { sub, name } = demoIdentity(role);
    await createUser(ctx, {
      subject: sub, printedName: name, email: `${sub}@lotgraph.example`, roles: [role],
      supplierId: role === 'SUPPLIER' ? suppliers.get('SUP-POLYMED') : null, reason: REASON,
    });
  }
  platform.log.info('demo data seeded');
  return true;
}
