import type { RequestContext } from '../core/context';
import { LotEntity } from '../modules/lots/lot.entity';
import { LotStatus } from '../modules/lots/lot.enums';
import { receiveLot } from '../modules/lots/lot.service';
import { transitionLot } from '../modules/lots/lot-lifecycle.service';
import { recallLot } from '../modules/traceability/recall.service';
import { createPurchaseOrder } from '../modules/purchasing/purchase-order.service';
import { approvePurchaseOrder, sendPurchaseOrder } from '../modules/purchasing/purchase-order-lifecycle.service';
import { PurchaseOrderLineEntity } from '../modules/purchasing/purchase-order.entity';
import { InspectionEntity } from '../modules/quality/inspection.entities';
import { completeInspection, recordInspectionResults, startInspection } from '../modules/quality/inspection.service';
import { InspectionType } from '../modules/quality/quality.enums';
import type { DemoSupplierCode } from './demo-people';
import type { DemoPlant } from './demo-context';

const BUYER = 'demo-purchasing';

interface OrderSeed {
  key: string;
  supplier: DemoSupplierCode;
  currency: string;
  /** material code, quantity, unit price, due in days */
  lines: [string, string, string, number][];
  /** Who approves (the buyer's lead within the EUR limit; QA for a currency without a limit), or null to leave it a DRAFT. */
  approver: string | null;
  send: boolean;
}

/**
 * Purchase orders: the ones the demo's lots were received against, and open ones (a DRAFT
 * awaiting approval, an APPROVED one, a SENT one with nothing received yet).
 */
const ORDERS: OrderSeed[] = [
  {
    key: 'po:polymed',
    supplier: 'SUP-POLYMED',
    currency: 'EUR',
    lines: [
      ['PU-TUBE-7F', '600', '4.20', 2],
      ['GW-035-60', '200', '11.50', 2],
    ],
    approver: 'demo-purchasing-lead',
    send: true,
  },
  { key: 'po:szmold', supplier: 'SUP-SZ-MOLD', currency: 'CNY', lines: [['LUER-HUB-F', '5000', '0.85', 3]], approver: 'demo-qa-manager', send: true },
  { key: 'po:wxneedle', supplier: 'SUP-WX-NEEDLE', currency: 'CNY', lines: [['NDL-18G-70', '1000', '2.10', 5]], approver: 'demo-qa-manager', send: true },
  { key: 'po:szpack', supplier: 'SUP-SZ-PACK', currency: 'CNY', lines: [['TYVEK-POUCH', '3000', '0.60', 4]], approver: 'demo-qa-manager', send: true },
  { key: 'po:nbwire', supplier: 'SUP-NB-WIRE', currency: 'CNY', lines: [['GW-035-60', '100', '48.00', 1]], approver: 'demo-qa-manager', send: true },
  { key: 'po:polymed-next', supplier: 'SUP-POLYMED', currency: 'EUR', lines: [['PU-TUBE-7F', '1000', '4.20', 30]], approver: null, send: false },
  { key: 'po:polymed-wire', supplier: 'SUP-POLYMED', currency: 'EUR', lines: [['GW-035-60', '300', '11.50', 21]], approver: 'demo-purchasing-lead', send: true },
];

async function seedPurchaseOrders(plant: DemoPlant): Promise<void> {
  const buyer = plant.as(BUYER);
  for (const o of ORDERS) {
    let order = plant.remember(
      o.key,
      await createPurchaseOrder(buyer, {
        supplierId: plant.id(`sup:${o.supplier}`),
        currency: o.currency,
        reason: 'MRP run',
        lines: o.lines.map(([material, quantity, unitPrice, due]) => ({ materialId: plant.id(`mat:${material}`), quantity, unitPrice, dueOn: plant.day(due) })),
      }),
    );
    const lines = await buyer.manager.find(PurchaseOrderLineEntity, { where: { orderId: order.id }, order: { lineNo: 'ASC' } });
    lines.forEach((l) => plant.ids.set(`${o.key}:${l.lineNo}`, l.id));
    if (!o.approver) continue;
    order = await approvePurchaseOrder(plant.as(o.approver), { id: order.id, expectedVersion: order.version });
    if (o.send) await sendPurchaseOrder(buyer, { id: order.id, expectedVersion: order.version, reason: 'Sent by e-mail' });
  }
}

export async function lotVersion(ctx: RequestContext, id: string): Promise<number> {
  return (await ctx.manager.findOneByOrFail(LotEntity, { id })).version;
}

interface Receipt {
  key: string;
  material: string;
  supplier: DemoSupplierCode;
  order: string;
  quantity: string;
  supplierLot: string;
  /** Manufactured this many days ago. */
  madeDaysAgo: number;
  expiresInDays?: number;
}

/** Goods receipts against the orders' lines, at the receiving dock (an INCOMING plan puts the lot UNDER_TEST). */
const RECEIPTS: Receipt[] = [
  { key: 'lot:tube-ok', material: 'PU-TUBE-7F', supplier: 'SUP-POLYMED', order: 'po:polymed:1', quantity: '300', supplierLot: 'PX-24-0871', madeDaysAgo: 40 },
  { key: 'lot:wire-ok', material: 'GW-035-60', supplier: 'SUP-POLYMED', order: 'po:polymed:2', quantity: '100', supplierLot: 'NW-5521', madeDaysAgo: 60 },
  { key: 'lot:hub-ok', material: 'LUER-HUB-F', supplier: 'SUP-SZ-MOLD', order: 'po:szmold:1', quantity: '2000', supplierLot: 'SZM-2406-A', madeDaysAgo: 30 },
  { key: 'lot:needle-ok', material: 'NDL-18G-70', supplier: 'SUP-WX-NEEDLE', order: 'po:wxneedle:1', quantity: '300', supplierLot: 'WX18-0915', madeDaysAgo: 45 },
  { key: 'lot:pouch-ok', material: 'TYVEK-POUCH', supplier: 'SUP-SZ-PACK', order: 'po:szpack:1', quantity: '1000', supplierLot: 'CP-7731', madeDaysAgo: 50 },
  { key: 'lot:tube-fail', material: 'PU-TUBE-7F', supplier: 'SUP-POLYMED', order: 'po:polymed:1', quantity: '300', supplierLot: 'PX-24-0902', madeDaysAgo: 25 },
  { key: 'lot:hub-fail', material: 'LUER-HUB-F', supplier: 'SUP-SZ-MOLD', order: 'po:szmold:1', quantity: '1000', supplierLot: 'SZM-2407-C', madeDaysAgo: 20 },
  { key: 'lot:wire-return', material: 'GW-035-60', supplier: 'SUP-NB-WIRE', order: 'po:nbwire:1', quantity: '100', supplierLot: 'NB-GW-3307', madeDaysAgo: 35 },
  { key: 'lot:pouch-concession', material: 'TYVEK-POUCH', supplier: 'SUP-SZ-PACK', order: 'po:szpack:1', quantity: '500', supplierLot: 'CP-7745', madeDaysAgo: 30 },
  { key: 'lot:needle-hold', material: 'NDL-18G-70', supplier: 'SUP-WX-NEEDLE', order: 'po:wxneedle:1', quantity: '200', supplierLot: 'WX18-0921', madeDaysAgo: 30 },
  { key: 'lot:needle-quarantine', material: 'NDL-18G-70', supplier: 'SUP-WX-NEEDLE', order: 'po:wxneedle:1', quantity: '100', supplierLot: 'WX18-1002', madeDaysAgo: 5 },
  { key: 'lot:wire-testing', material: 'GW-035-60', supplier: 'SUP-POLYMED', order: 'po:polymed:2', quantity: '100', supplierLot: 'NW-5588', madeDaysAgo: 10 },
  { key: 'lot:pouch-expiring', material: 'TYVEK-POUCH', supplier: 'SUP-SZ-PACK', order: 'po:szpack:1', quantity: '400', supplierLot: 'CP-6120', madeDaysAgo: 1070, expiresInDays: 25 },
  { key: 'lot:pouch-expired', material: 'TYVEK-POUCH', supplier: 'SUP-SZ-PACK', order: 'po:szpack:1', quantity: '100', supplierLot: 'CP-6002', madeDaysAgo: 1090, expiresInDays: 5 },
  { key: 'lot:hub-recall', material: 'LUER-HUB-F', supplier: 'SUP-SZ-MOLD', order: 'po:szmold:1', quantity: '1000', supplierLot: 'SZM-2407-D', madeDaysAgo: 18 },
];

async function receive(plant: DemoPlant): Promise<void> {
  const warehouse = plant.as('demo-warehouse');
  for (const r of RECEIPTS) {
    plant.remember(
      r.key,
      await receiveLot(warehouse, {
        materialId: plant.id(`mat:${r.material}`),
        supplierId: plant.id(`sup:${r.supplier}`),
        purchaseOrderLineId: plant.id(r.order),
        quantity: r.quantity,
        supplierLotNumber: r.supplierLot,
        locationId: plant.id('loc:RCV-01'),
        manufacturedOn: plant.day(-r.madeDaysAgo),
        expiresOn: r.expiresInDays === undefined ? null : plant.day(r.expiresInDays),
        reason: `Delivery note ${r.supplierLot}`,
      }),
    );
  }
}

/** One sample's readings, in the plan's characteristic order: a decimal string, or accepted/not for a visual check. */
type Sample = (string | boolean)[];

/**
 * Records and completes an inspection as the inspector: a receipt's open one, or (FINAL) one
 * started now. Quantitative readings are taken with `equipment`.
 */
export async function inspect(plant: DemoPlant, lotKey: string, material: string, samples: Sample[], equipment: string, type = InspectionType.INCOMING) {
  const inspector = plant.as('demo-qa-inspector');
  const lotId = plant.id(lotKey);
  const open = await inspector.manager.findOneBy(InspectionEntity, { lotId, status: 'IN_PROGRESS' });
  const inspection = open ?? (await startInspection(inspector, { lotId, type }));
  plant.remember(`insp:${lotKey}`, inspection);
  await recordInspectionResults(inspector, {
    inspectionId: inspection.id,
    readings: samples.flatMap((values, s) =>
      values.map((value, c) => ({
        characteristicId: plant.id(`char:${material}:${c}`),
        sampleNo: s + 1,
        ...(typeof value === 'boolean' ? { accepted: value } : { value, equipmentId: plant.id(`eq:${equipment}`) }),
      })),
    ),
  });
  return completeInspection(inspector, { inspectionId: inspection.id });
}

/** Releases a lot, signed by the QA manager (who inspected none of them). */
export async function release(plant: DemoPlant, lotKey: string, reason = 'Certificate of conformance and inspection reviewed'): Promise<void> {
  const qa = plant.as('demo-qa-manager');
  const id = plant.id(lotKey);
  await transitionLot(qa, { id, expectedVersion: await lotVersion(qa, id), reason, signature: plant.sign('RELEASED', 'Released for use') }, LotStatus.RELEASED);
}

/** Starts testing a lot whose material has no INCOMING plan (a documents and label check), as the inspector. */
async function startTesting(plant: DemoPlant, lotKey: string): Promise<void> {
  const inspector = plant.as('demo-qa-inspector');
  const id = plant.id(lotKey);
  await transitionLot(inspector, { id, expectedVersion: await lotVersion(inspector, id), reason: 'CoC and label check' }, LotStatus.UNDER_TEST);
}

/**
 * The received lots through their lifecycles: passing inspections and releases, failed ones
 * (REJECTED with a nonconformance each, handled in demo-quality.ts), a lot on hold, one
 * expired, one recalled, one left in QUARANTINE and one UNDER_TEST with its inspection open.
 */
export async function seedLots(plant: DemoPlant): Promise<void> {
  await seedPurchaseOrders(plant);
  await receive(plant);
  const qa = plant.as('demo-qa-manager');

  await inspect(
    plant,
    'lot:tube-ok',
    'PU-TUBE-7F',
    [
      ['2.33', true],
      ['2.34', true],
    ],
    'EQ-LM-01',
  );
  await inspect(
    plant,
    'lot:wire-ok',
    'GW-035-60',
    [
      ['0.889', true],
      ['0.890', true],
    ],
    'EQ-LM-01',
  );
  await inspect(
    plant,
    'lot:hub-ok',
    'LUER-HUB-F',
    [
      [true, '1.21'],
      [true, '1.19'],
      [true, '1.20'],
    ],
    'EQ-LM-01',
  );
  await inspect(
    plant,
    'lot:hub-recall',
    'LUER-HUB-F',
    [
      [true, '1.20'],
      [true, '1.22'],
      [true, '1.21'],
    ],
    'EQ-LM-01',
  );
  await inspect(
    plant,
    'lot:tube-fail',
    'PU-TUBE-7F',
    [
      ['2.36', true],
      ['2.41', true],
    ],
    'EQ-LM-01',
  );
  await inspect(
    plant,
    'lot:hub-fail',
    'LUER-HUB-F',
    [
      [true, '1.20'],
      [false, '1.21'],
      [false, '1.20'],
    ],
    'EQ-LM-01',
  );
  await inspect(
    plant,
    'lot:wire-return',
    'GW-035-60',
    [
      ['0.905', true],
      ['0.903', false],
    ],
    'EQ-LM-01',
  );
  for (const key of ['lot:needle-ok', 'lot:pouch-ok', 'lot:needle-hold', 'lot:pouch-expiring', 'lot:pouch-expired', 'lot:pouch-concession']) await startTesting(plant, key);
  for (const key of ['lot:tube-ok', 'lot:wire-ok', 'lot:hub-ok', 'lot:hub-recall', 'lot:needle-ok', 'lot:pouch-ok', 'lot:needle-hold', 'lot:pouch-expiring', 'lot:pouch-expired']) {
    await release(plant, key);
  }

  const hold = plant.id('lot:needle-hold');
  await transitionLot(
    qa,
    {
      id: hold,
      expectedVersion: await lotVersion(qa, hold),
      reason: 'Supplier notice: EtO sterilization cycle WX-S-0921 under investigation',
    },
    LotStatus.ON_HOLD,
  );

  const expired = plant.id('lot:pouch-expired');
  await transitionLot(
    plant.as('demo-admin'),
    {
      id: expired,
      expectedVersion: await lotVersion(qa, expired),
      reason: 'Accelerated ageing study: seal strength below spec before labelled expiry; expired early by QA decision QD-031',
    },
    LotStatus.EXPIRED,
  );

  const recalled = plant.id('lot:hub-recall');
  await recallLot(qa, {
    id: recalled,
    expectedVersion: await lotVersion(qa, recalled),
    reason: 'Supplier recall SZM-R-07: resin contamination in lot SZM-2407-D',
    signature: plant.sign('APPROVED', 'Recall approved'),
  });
}
