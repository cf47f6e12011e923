import { SYSTEM } from '../core/auth/principal';
import { RequestContext } from '../core/context';
import { MaterialType, DeviceClass, MaterialStatus } from '../modules/materials/material.enums';
import { createMaterial, setMaterialStatus } from '../modules/materials/material.service';
import type { CreateMaterialInput } from '../modules/materials/material.types';
import { QualificationStatus } from '../modules/suppliers/supplier.enums';
import { createSupplier, setSupplierQualification } from '../modules/suppliers/supplier.service';
import { approveMaterialSupplier } from '../modules/approved-suppliers/material-supplier.service';
import { createSite } from '../modules/sites/site.service';
import { createLocation } from '../modules/sites/location.service';
import { LocationType } from '../modules/sites/site.enums';
import { createCustomer } from '../modules/customers/customer.service';
import { addCustomerAddress } from '../modules/sales/customer-address.service';
import { createUser } from '../modules/users/user.service';
import { setSigningPassword } from '../modules/users/signing-password.service';
import { createInspectionPlan } from '../modules/quality/inspection-plan.service';
import { CharacteristicEntity } from '../modules/quality/inspection.entities';
import { CharacteristicKind, InspectionType } from '../modules/quality/quality.enums';
import type { CharacteristicInput } from '../modules/quality/quality-inputs.types';
import { DEMO_SIGNING_PASSWORD, DEMO_SUPPLIER_CODES, DEMO_USERS, demoSupplierId, type DemoSupplierCode } from './demo-people';
import { SEED_REASON, type DemoPlant } from './demo-context';

/** The finished device's GTIN-14 (GS1 China prefix 697): the one the README's UDI examples scan. */
export const DEMO_KIT_GTIN = '06971234560018';

type MaterialSeed = Omit<CreateMaterialInput, 'reason' | 'lotControlled' | 'serialControlled' | 'revision'> & { status: MaterialStatus };

const MATERIALS: MaterialSeed[] = [
  {
    code: 'CVC-7F-20',
    name: 'Central venous catheter kit 7 Fr, 20 cm / 中心静脉导管包',
    type: MaterialType.FINISHED_DEVICE,
    unit: 'EA',
    shelfLifeDays: 1095,
    deviceClass: DeviceClass.CLASS_III,
    gtin: DEMO_KIT_GTIN,
    lotNumberPattern: 'CVC-{SEQ:4}',
    status: MaterialStatus.ACTIVE,
  },
  {
    code: 'PU-TUBE-7F',
    name: 'Polyurethane tubing 7 Fr, radiopaque / 聚氨酯导管管材',
    type: MaterialType.RAW_MATERIAL,
    unit: 'M',
    shelfLifeDays: 730,
    lotNumberPattern: 'PT-{SEQ:4}',
    status: MaterialStatus.ACTIVE,
  },
  {
    code: 'LUER-HUB-F',
    name: 'Luer lock hub, female, polycarbonate / 鲁尔接头',
    type: MaterialType.COMPONENT,
    unit: 'EA',
    shelfLifeDays: 1825,
    lotNumberPattern: 'LH-{SEQ:4}',
    status: MaterialStatus.ACTIVE,
  },
  {
    code: 'GW-035-60',
    name: 'Guidewire 0.035 in, 60 cm, nitinol / 镍钛导丝',
    type: MaterialType.COMPONENT,
    unit: 'EA',
    shelfLifeDays: 1825,
    lotNumberPattern: 'GW-{SEQ:4}',
    status: MaterialStatus.ACTIVE,
  },
  {
    code: 'NDL-18G-70',
    name: 'Introducer needle 18 G, 70 mm / 穿刺针',
    type: MaterialType.COMPONENT,
    unit: 'EA',
    shelfLifeDays: 1825,
    reorderPoint: '1000',
    lotNumberPattern: 'ND-{SEQ:4}',
    status: MaterialStatus.ACTIVE,
  },
  {
    code: 'TYVEK-POUCH',
    name: 'Sterile barrier pouch, Tyvek/film / 特卫强灭菌包装袋',
    type: MaterialType.PACKAGING,
    unit: 'EA',
    shelfLifeDays: 1095,
    lotNumberPattern: 'TP-{SEQ:4}',
    status: MaterialStatus.ACTIVE,
  },
  { code: 'LBL-UDI-50', name: 'UDI label 50 x 30 mm / UDI标签', type: MaterialType.LABEL, unit: 'EA', status: MaterialStatus.DRAFT },
  {
    code: 'CVC-7F-15',
    name: 'Central venous catheter kit 7 Fr, 15 cm (discontinued) / 中心静脉导管包（停产）',
    type: MaterialType.FINISHED_DEVICE,
    unit: 'EA',
    shelfLifeDays: 1095,
    deviceClass: DeviceClass.CLASS_III,
    status: MaterialStatus.OBSOLETE,
  },
];

interface SupplierSeed {
  code: DemoSupplierCode;
  name: string;
  country: string;
  contactName: string;
  contactEmail: string;
  /** Qualification and its validity in days from today (null: stays PROSPECTIVE). */
  qualification: [QualificationStatus, number] | null;
}

const SUPPLIERS: SupplierSeed[] = [
  { code: 'SUP-POLYMED', name: 'Polymed Extrusions GmbH', country: 'DE', contactName: 'Anna Keller', contactEmail: 'quality@polymed.example', qualification: [QualificationStatus.APPROVED, 365] },
  {
    code: 'SUP-SZ-MOLD',
    name: 'Shenzhen Precision Molding Co., Ltd. / 深圳精密注塑有限公司',
    country: 'CN',
    contactName: 'Wang Fang 王芳',
    contactEmail: 'qa@szmold.example',
    qualification: [QualificationStatus.CONDITIONAL, 90],
  },
  {
    code: 'SUP-WX-NEEDLE',
    name: 'Wuxi Fine Needle Co., Ltd. / 无锡精工针业有限公司',
    country: 'CN',
    contactName: 'Qian Bo 钱波',
    contactEmail: 'sales@wxneedle.example',
    qualification: [QualificationStatus.APPROVED, 300],
  },
  {
    code: 'SUP-SZ-PACK',
    name: 'Suzhou Cleanpack Medical Packaging / 苏州洁净医疗包装',
    country: 'CN',
    contactName: 'Lin Xiao 林晓',
    contactEmail: 'qa@szcleanpack.example',
    qualification: [QualificationStatus.APPROVED, 200],
  },
  {
    code: 'SUP-NB-WIRE',
    name: 'Ningbo Medwire Technology / 宁波医用导丝科技',
    country: 'CN',
    contactName: 'Ma Jun 马骏',
    contactEmail: 'export@nbmedwire.example',
    qualification: [QualificationStatus.APPROVED, 365],
  },
  { code: 'SUP-NEWPACK', name: 'NewPack Medical Packaging Inc.', country: 'US', contactName: 'Jim Ortiz', contactEmail: 'jim@newpack.example', qualification: null },
  {
    code: 'SUP-SH-LABEL',
    name: 'Shanghai Labelprint Co., Ltd. / 上海标签印务',
    country: 'CN',
    contactName: 'He Ying 何颖',
    contactEmail: 'service@shlabel.example',
    qualification: [QualificationStatus.CONDITIONAL, 30],
  },
];

/** Approved sources: material code, supplier code. */
const SOURCES: [string, DemoSupplierCode][] = [
  ['PU-TUBE-7F', 'SUP-POLYMED'],
  ['GW-035-60', 'SUP-POLYMED'],
  ['LUER-HUB-F', 'SUP-SZ-MOLD'],
  ['NDL-18G-70', 'SUP-WX-NEEDLE'],
  ['TYVEK-POUCH', 'SUP-SZ-PACK'],
  ['GW-035-60', 'SUP-NB-WIRE'],
];

const CUSTOMERS = [
  {
    code: 'CUS-PUMCH',
    name: 'Peking Union Medical College Hospital / 北京协和医院',
    country: 'CN',
    contactName: 'Dr. Zhao Lei 赵磊',
    contactEmail: 'procurement@pumch.example',
    address: { label: 'Central pharmacy', consigneeName: 'Central Sterile Supply, PUMCH', line1: '1 Shuaifuyuan, Dongcheng District', city: 'Beijing', postalCode: '100730', country: 'CN' },
  },
  {
    code: 'CUS-ZSH',
    name: 'Zhongshan Hospital, Fudan University / 复旦大学附属中山医院',
    country: 'CN',
    contactName: 'Dr. Wu Hong 吴红',
    contactEmail: 'supply@zs-hospital.example',
    address: { label: 'ICU stores', consigneeName: 'ICU Materials Office, Zhongshan Hospital', line1: '180 Fenglin Road, Xuhui District', city: 'Shanghai', postalCode: '200032', country: 'CN' },
  },
  {
    code: 'CUS-CHARITE',
    name: 'Charité Universitätsmedizin Berlin',
    country: 'DE',
    contactName: 'Dr. Jonas Weber',
    contactEmail: 'einkauf@charite.example',
    address: { label: 'Zentrallager', consigneeName: 'Warenannahme Charité Campus Mitte', line1: 'Charitéplatz 1', city: 'Berlin', postalCode: '10117', country: 'DE' },
  },
];

const num = (n: number) => String(n);

/** Each plan: material, type, samples, characteristics (quantitative ones: nominal, lower, upper, unit). */
const PLANS: { material: string; type: InspectionType; sampleSize: number; characteristics: CharacteristicInput[] }[] = [
  {
    material: 'PU-TUBE-7F',
    type: InspectionType.INCOMING,
    sampleSize: 2,
    characteristics: [
      { name: 'Outer diameter', kind: CharacteristicKind.QUANTITATIVE, nominal: '2.33', lowerLimit: '2.28', upperLimit: '2.38', unit: 'mm' },
      { name: 'Radiopacity and surface (visual)', kind: CharacteristicKind.QUALITATIVE },
    ],
  },
  {
    material: 'LUER-HUB-F',
    type: InspectionType.INCOMING,
    sampleSize: 3,
    characteristics: [
      { name: 'Luer taper gauge, ISO 80369-7', kind: CharacteristicKind.QUALITATIVE },
      { name: 'Bore diameter', kind: CharacteristicKind.QUANTITATIVE, nominal: '1.20', lowerLimit: '1.15', upperLimit: '1.25', unit: 'mm' },
    ],
  },
  {
    material: 'GW-035-60',
    type: InspectionType.INCOMING,
    sampleSize: 2,
    characteristics: [
      { name: 'Wire diameter', kind: CharacteristicKind.QUANTITATIVE, nominal: '0.889', lowerLimit: '0.880', upperLimit: '0.898', unit: 'mm' },
      { name: 'J-tip shape and flexibility', kind: CharacteristicKind.QUALITATIVE },
    ],
  },
  {
    material: 'CVC-7F-20',
    type: InspectionType.FINAL,
    sampleSize: 2,
    characteristics: [
      { name: 'Pressure decay at 300 kPa', kind: CharacteristicKind.QUANTITATIVE, nominal: num(0), lowerLimit: num(0), upperLimit: '2.0', unit: 'kPa' },
      { name: 'Label and UDI legible, pouch seal intact', kind: CharacteristicKind.QUALITATIVE },
    ],
  },
];

async function seedSites(plant: DemoPlant, ctx: RequestContext): Promise<void> {
  const suzhou = plant.remember('site:SZ', await createSite(ctx, { code: 'SZ-PLANT', name: 'Suzhou plant, SIP / 苏州工业园区工厂', country: 'CN', timezone: 'Asia/Shanghai', reason: SEED_REASON }));
  const shanghai = plant.remember(
    'site:SH',
    await createSite(ctx, { code: 'SH-DC', name: 'Shanghai distribution centre / 上海配送中心', country: 'CN', timezone: 'Asia/Shanghai', reason: SEED_REASON }),
  );
  const locations: [string, string, string, LocationType][] = [
    [suzhou.id, 'RCV-01', 'Receiving dock / 收货区', LocationType.RECEIVING],
    [suzhou.id, 'QUA-01', 'Quarantine cage / 待检区', LocationType.QUARANTINE],
    [suzhou.id, 'RM-A-01', 'Raw material rack A1 / 原料货架A1', LocationType.STORAGE],
    [suzhou.id, 'CR-LINE-1', 'Clean room line 1 (ISO 7) / 洁净车间一线', LocationType.PRODUCTION],
    [suzhou.id, 'QC-LAB', 'QC laboratory / 质检实验室', LocationType.LABORATORY],
    [suzhou.id, 'MRB-01', 'Rejected material (MRB) / 不合格品区', LocationType.REJECT],
    [suzhou.id, 'FG-01', 'Finished goods / 成品库', LocationType.STORAGE],
    [shanghai.id, 'SH-FG-01', 'Finished goods / 成品库', LocationType.STORAGE],
    [shanghai.id, 'SH-SHIP-01', 'Shipping dock / 发货区', LocationType.SHIPPING],
  ];
  for (const [siteId, code, name, type] of locations) plant.remember(`loc:${code}`, await createLocation(ctx, { siteId, code, name, type, reason: SEED_REASON }));
}

async function seedSuppliers(plant: DemoPlant): Promise<void> {
  const buyer = plant.as('demo-purchasing');
  const qa = plant.as('demo-qa-manager');
  if (SUPPLIERS.map((s) => s.code).join() !== DEMO_SUPPLIER_CODES.join()) throw new Error('Demo suppliers out of order with DEMO_SUPPLIER_CODES');
  for (const { qualification, ...s } of SUPPLIERS) {
    const created = plant.remember(`sup:${s.code}`, await createSupplier(buyer, { ...s, reason: 'New supplier onboarding' }));
    // The token command names the SUPPLIER user's supplier without a database: it must be this one.
    if (created.id !== demoSupplierId(s.code)) throw new Error(`Demo supplier ${s.code} got id ${created.id}, not ${demoSupplierId(s.code)}`);
    if (qualification) {
      const [status, days] = qualification;
      await setSupplierQualification(qa, {
        id: created.id,
        expectedVersion: created.version,
        status,
        expiresOn: plant.day(days),
        reason: status === QualificationStatus.APPROVED ? 'On-site audit passed, no major findings' : 'Audit: 2 minor findings, corrective plan due',
      });
    }
  }
}

async function seedMaterials(plant: DemoPlant): Promise<void> {
  const qa = plant.as('demo-qa-manager');
  for (const { status, ...m } of MATERIALS) {
    const created = await createMaterial(qa, { ...m, lotControlled: true, serialControlled: false, revision: 'A', reason: 'Design transfer' });
    plant.remember(`mat:${m.code}`, created);
    if (status === MaterialStatus.DRAFT) continue;
    const active = await setMaterialStatus(qa, { id: created.id, expectedVersion: created.version, status: MaterialStatus.ACTIVE, reason: 'Released for production' });
    if (status === MaterialStatus.OBSOLETE) {
      await setMaterialStatus(qa, { id: created.id, expectedVersion: active.version, status: MaterialStatus.OBSOLETE, reason: 'Replaced by CVC-7F-20' });
    }
  }
  for (const [material, supplier] of SOURCES) {
    await approveMaterialSupplier(qa, { materialId: plant.id(`mat:${material}`), supplierId: plant.id(`sup:${supplier}`), reason: 'First article inspection passed' });
  }
  for (const p of PLANS) {
    const plan = await createInspectionPlan(qa, {
      materialId: plant.id(`mat:${p.material}`),
      type: p.type,
      sampleSize: p.sampleSize,
      characteristics: p.characteristics,
      reason: 'Drawing and risk file rev A',
    });
    const characteristics = await qa.manager.find(CharacteristicEntity, { where: { planId: plan.id }, order: { seq: 'ASC' } });
    characteristics.forEach((c, i) => plant.ids.set(`char:${p.material}:${i}`, c.id));
  }
}

async function seedCustomers(plant: DemoPlant): Promise<void> {
  const sales = plant.as('demo-sales');
  for (const { address, ...c } of CUSTOMERS) {
    const customer = plant.remember(`cus:${c.code}`, await createCustomer(sales, { ...c, reason: 'Tender won' }));
    plant.remember(`adr:${c.code}`, await addCustomerAddress(sales, { customerId: customer.id, ...address }));
  }
}

/** The people; those tied to a supplier (the SUPPLIER account) once their supplier exists. */
async function seedPeople(plant: DemoPlant, admin: RequestContext, withSupplier: boolean): Promise<void> {
  for (const u of DEMO_USERS.filter((x) => Boolean(x.supplier) === withSupplier)) {
    plant.remember(
      `usr:${u.subject}`,
      await createUser(admin, {
        subject: u.subject,
        printedName: u.printedName,
        email: `${u.subject}@kangwei-med.example`,
        roles: [...u.roles],
        supplierId: u.supplier ? plant.id(`sup:${u.supplier}`) : null,
        reason: `Joined as ${u.title}`,
      }),
    );
    if (u.signs) await setSigningPassword(plant.as(u.subject), { newPassword: DEMO_SIGNING_PASSWORD });
  }
}

/**
 * Master data: sites and locations and the people (as the system, setting the plant up), then,
 * as those people, the suppliers (and the supplier's portal account), materials, approved
 * sources, inspection plans, and customers with their addresses.
 */
export async function seedMasterData(plant: DemoPlant): Promise<void> {
  const system = RequestContext.create(plant.platform, SYSTEM, plant.platform.log, 'seed-demo');
  await seedSites(plant, system);
  await seedPeople(plant, system, false);
  await seedSuppliers(plant);
  await seedPeople(plant, system, true);
  await seedMaterials(plant);
  await seedCustomers(plant);
}
