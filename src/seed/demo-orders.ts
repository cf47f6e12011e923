import { createBom } from '../modules/production/bom.service';
import { createWorkOrder, transitionWorkOrder } from '../modules/production/work-order.service';
import { consumeLot, produceLot } from '../modules/production/consumption.service';
import { WorkOrderStatus } from '../modules/production/production.enums';
import { WorkOrderEntity } from '../modules/production/work-order.entity';
import { moveStock } from '../modules/stock/stock.service';
import { MovementType } from '../modules/stock/stock.enums';
import { createSalesOrder, confirmSalesOrder } from '../modules/sales/sales-order.service';
import { allocateSalesOrder } from '../modules/sales/allocation.service';
import { shipSalesOrder } from '../modules/sales/shipping.service';
import { InspectionType } from '../modules/quality/quality.enums';
import { inspect, release } from './demo-lots';
import type { DemoPlant } from './demo-context';

/** Component, quantity per kit, the released lot it is drawn from. */
const KIT_BOM: [string, string, string][] = [
  ['PU-TUBE-7F', '0.25', 'lot:tube-ok'],
  ['LUER-HUB-F', '1', 'lot:hub-ok'],
  ['GW-035-60', '1', 'lot:wire-ok'],
  ['NDL-18G-70', '1', 'lot:needle-ok'],
  ['TYVEK-POUCH', '1', 'lot:pouch-ok'],
];
const KITS = 100;

/**
 * A work order for 100 kits: the component lots go from the dock to the clean room, are consumed,
 * and the kit lot is produced (its genealogy), passes its FINAL inspection, is released and
 * moved to finished goods; then it is completed.
 */
async function produceKits(plant: DemoPlant): Promise<void> {
  const qa = plant.as('demo-qa-manager');
  const production = plant.as('demo-production');
  const warehouse = plant.as('demo-warehouse');
  const bom = plant.remember(
    'bom:kit',
    await createBom(qa, {
      productMaterialId: plant.id('mat:CVC-7F-20'),
      revision: 'A',
      reason: 'Design transfer DT-CVC-020',
      lines: KIT_BOM.map(([material, quantityPer]) => ({ componentMaterialId: plant.id(`mat:${material}`), quantityPer })),
    }),
  );
  const created = await createWorkOrder(production, { number: 'WO-CVC-0001', bomId: bom.id, siteId: plant.id('site:SZ'), quantity: String(KITS), reason: 'Build plan week 1' });
  plant.remember('wo:kit', created);
  await transitionWorkOrder(production, { id: created.id, expectedVersion: created.version, reason: 'Materials staged' }, WorkOrderStatus.RELEASED);
  for (const [, per, lotKey] of KIT_BOM) {
    const quantity = String(Number(per) * KITS);
    await moveStock(warehouse, {
      lotId: plant.id(lotKey),
      fromLocationId: plant.id('loc:RCV-01'),
      toLocationId: plant.id('loc:CR-LINE-1'),
      quantity,
      type: MovementType.TRANSFER,
      reason: 'Kitting for WO-CVC-0001',
      reference: 'WO-CVC-0001',
    });
    await consumeLot(production, { workOrderId: created.id, lotId: plant.id(lotKey), fromLocationId: plant.id('loc:CR-LINE-1'), quantity, reason: 'Assembly' });
  }
  plant.remember(
    'lot:kit',
    await produceLot(production, {
      workOrderId: created.id,
      quantity: String(KITS),
      locationId: plant.id('loc:CR-LINE-1'),
      manufacturedOn: plant.today,
      reason: 'Assembled, packed and EtO sterilized (cycle S-0412)',
    }),
  );
  await inspect(
    plant,
    'lot:kit',
    'CVC-7F-20',
    [
      ['0.4', true],
      ['0.6', true],
    ],
    'EQ-LEAK-01',
    InspectionType.FINAL,
  );
  await release(plant, 'lot:kit', 'Device history record reviewed, sterilization certificate attached');
  await moveStock(warehouse, {
    lotId: plant.id('lot:kit'),
    fromLocationId: plant.id('loc:CR-LINE-1'),
    toLocationId: plant.id('loc:FG-01'),
    quantity: String(KITS),
    type: MovementType.TRANSFER,
    reason: 'To finished goods',
  });
  const wo = await production.manager.findOneByOrFail(WorkOrderEntity, { id: created.id });
  await transitionWorkOrder(production, { id: wo.id, expectedVersion: wo.version, reason: 'All kits produced' }, WorkOrderStatus.COMPLETED);
}

/** A shipped order to PUMCH, a confirmed one to Charité and a draft to Zhongshan Hospital. */
async function seedSalesOrders(plant: DemoPlant): Promise<void> {
  const sales = plant.as('demo-sales');
  const warehouse = plant.as('demo-warehouse');
  const kit = plant.id('mat:CVC-7F-20');
  const order = (key: string, number: string, customer: string, currency: string, quantity: string, unitPrice: string) =>
    createSalesOrder(sales, {
      orderNumber: number,
      customerId: plant.id(`cus:${customer}`),
      shipToAddressId: plant.id(`adr:${customer}`),
      currency,
      lines: [{ materialId: kit, quantity, unitPrice }],
      reason: 'Customer purchase order',
    }).then((o) => plant.remember(key, o));

  const shipped = await order('so:pumch', 'SO-2026-0001', 'CUS-PUMCH', 'CNY', '40', '680.00');
  const confirmed = await confirmSalesOrder(sales, { id: shipped.id, expectedVersion: shipped.version });
  const allocated = await allocateSalesOrder(warehouse, { id: confirmed.id, expectedVersion: confirmed.version });
  plant.remember(
    'shp:pumch',
    (await shipSalesOrder(warehouse, { id: allocated.order.id, expectedVersion: allocated.order.version, shipmentNumber: 'SHP-2026-0001', reason: 'SF Express cold chain' })).shipment,
  );

  const open = await order('so:charite', 'SO-2026-0002', 'CUS-CHARITE', 'EUR', '30', '96.00');
  await confirmSalesOrder(sales, { id: open.id, expectedVersion: open.version });
  await order('so:zsh', 'SO-2026-0003', 'CUS-ZSH', 'CNY', '50', '680.00');
}

export async function seedProductionAndSales(plant: DemoPlant): Promise<void> {
  await produceKits(plant);
  await seedSalesOrders(plant);
}
