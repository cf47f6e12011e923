import type { TestServer } from './test-server';
import { createMaterial } from './fixtures';
import { ConsumeLotDocument, CreateBomDocument, CreateWorkOrderDocument, ProduceLotDocument, ReleaseWorkOrderDocument, SetMaterialStatusDocument } from '../generated/graphql';

/** Where a component material is kept: what its lots are consumed from and products are put. */
export interface Plant {
  material: { id: string };
  siteId: string;
  locationId: string;
}

/**
 * Two products above a component: SUB, made of it, and FIN, made of SUB (one of each per unit),
 * and work orders that make a lot of either from lots below it, as production does.
 */
export async function productsOf(t: TestServer, plant: Plant, code: string) {
  const product = async (suffix: string, componentMaterialId: string) => {
    const material = await createMaterial(t, `${code}-${suffix}`, { shelfLifeDays: 365, lotNumberPattern: `${code}-${suffix}-{SEQ:3}` });
    await t.ok(SetMaterialStatusDocument, { input: { id: material.id, expectedVersion: 1, status: 'ACTIVE', reason: 'Design released' } }, 'QA_MANAGER');
    const bom = await t.ok(CreateBomDocument, { input: { productMaterialId: material.id, revision: 'A', reason: 'NPI', lines: [{ componentMaterialId, quantityPer: '1' }] } }, 'QA_MANAGER');
    if (bom.createBom.userErrors.length) throw new Error(JSON.stringify(bom.createBom.userErrors));
    return { material, bomId: bom.createBom.bom!.id };
  };
  const sub = await product('SUB', plant.material.id);
  const fin = await product('FIN', sub.material.id);
  let orders = 0;

  /** A released work order for `made`: consume component lots into it, then produce its lot (QUARANTINE, version 1). */
  const workOrder = async (made: { bomId: string }) => {
    const created = await t.ok(CreateWorkOrderDocument, { input: { number: `${code}-WO-${++orders}`, bomId: made.bomId, siteId: plant.siteId, quantity: '10' } }, 'PRODUCTION');
    const id = created.createWorkOrder.workOrder!.id;
    await t.ok(ReleaseWorkOrderDocument, { input: { id, expectedVersion: 1, reason: 'Scheduled' } }, 'PRODUCTION');
    return {
      consume: async (lotId: string) => {
        const used = await t.ok(ConsumeLotDocument, { input: { workOrderId: id, lotId, fromLocationId: plant.locationId, quantity: '1' } }, 'PRODUCTION');
        if (used.consumeLot.userErrors.length) throw new Error(JSON.stringify(used.consumeLot.userErrors));
      },
      produce: async () => {
        const res = await t.ok(ProduceLotDocument, { input: { workOrderId: id, quantity: '5', locationId: plant.locationId } }, 'PRODUCTION');
        if (res.produceLot.userErrors.length) throw new Error(JSON.stringify(res.produceLot.userErrors));
        return res.produceLot.lot!;
      },
    };
  };

  /** A lot of `made` produced from one unit of each of `lotIds`. */
  const madeFrom = async (made: { bomId: string }, lotIds: string[]) => {
    const wo = await workOrder(made);
    for (const lotId of lotIds) await wo.consume(lotId);
    return wo.produce();
  };

  return { sub, fin, workOrder, madeFrom };
}
