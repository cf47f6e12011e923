import type { TestServer } from './test-server';
import { createMaterial, daysFromToday } from './fixtures';
import { receive, signerUser, SIGNING_PASSWORD } from './lot-fixtures';
import { inspectionSetup } from './quality-fixtures';
import {
  AddCapaActionDocument,
  AddCustomerAddressDocument,
  AdvanceCapaDocument,
  AllocateSalesOrderDocument,
  ApprovePurchaseOrderDocument,
  SendPurchaseOrderDocument,
  ConfirmSalesOrderDocument,
  ConsumeLotDocument,
  CreateBomDocument,
  CreateCustomerDocument,
  CreatePurchaseOrderDocument,
  CreateSalesOrderDocument,
  CreateWorkOrderDocument,
  DispositionNonconformanceDocument,
  OpenCapaDocument,
  ProduceLotDocument,
  ReleaseLotDocument,
  ReleaseWorkOrderDocument,
  ReviewNonconformanceDocument,
  SetMaterialStatusDocument,
  ShipSalesOrderDocument,
  type AdvanceCapaInput,
} from '../generated/graphql';

/** Refuses a seed step that answered with userErrors: a matrix over missing records would prove nothing. */
function must<T extends { userErrors: unknown[] }>(payload: T): T {
  if (payload.userErrors.length) throw new Error(`Seed step failed: ${JSON.stringify(payload.userErrors)}`);
  return payload;
}

/**
 * Records of every type that another type's field returns, all through the API and all of one
 * supplier (so that a SUPPLIER caller sees them too): a released lot, shipped to a customer and
 * consumed into a product lot (lot signature, shipment, trace), a lot rejected by inspection and
 * conceded USE_AS_IS (nonconformance, concession, signature), CAPAs with a signature and an
 * action, a purchase order with a lot received against its line. Returns what the matrix's root queries need to reach them.
 */
export async function seedRoleMatrix(t: TestServer) {
  const q = await inspectionSetup(t, 'RMX', '04012345678901');
  const qa = await signerUser(t, 'u-rmx-qa', ['QA_MANAGER']);
  const qa2 = await signerUser(t, 'u-rmx-qa2', ['QA_MANAGER']);
  const sign = (meaning: 'APPROVED' | 'RELEASED') => ({ password: SIGNING_PASSWORD, meaning, reason: `${meaning} for the role matrix` });

  const released = await q.lot('RMX-OK');
  await q.inspect(released.id, ['2.35', '2.36']);
  must((await t.ok(ReleaseLotDocument, { input: { id: released.id, expectedVersion: 2, reason: 'Passed', signature: sign('RELEASED') } }, qa)).releaseLot);

  // Shipped while it is the only released lot, so the recall of it reaches a customer.
  const customer = must((await t.ok(CreateCustomerDocument, { input: { code: 'RMX-C', name: 'Hospital RMX', country: 'CN' } }, 'SALES')).createCustomer).customer!;
  const address = must(
    (
      await t.ok(
        AddCustomerAddressDocument,
        {
          input: { customerId: customer.id, label: 'Main', consigneeName: 'Receiving RMX', line1: '1 Health Rd', city: 'Suzhou', country: 'CN' },
        },
        'SALES',
      )
    ).addCustomerAddress,
  ).address!;
  const salesOrder = must(
    (
      await t.ok(
        CreateSalesOrderDocument,
        {
          input: { orderNumber: 'SO-RMX', customerId: customer.id, shipToAddressId: address.id, currency: 'CNY', lines: [{ materialId: q.material.id, quantity: '2', unitPrice: '9.50' }] },
        },
        'SALES',
      )
    ).createSalesOrder,
  ).salesOrder!;
  must((await t.ok(ConfirmSalesOrderDocument, { input: { id: salesOrder.id, expectedVersion: 1 } }, 'SALES')).confirmSalesOrder);
  must((await t.ok(AllocateSalesOrderDocument, { input: { id: salesOrder.id, expectedVersion: 2 } }, 'WAREHOUSE')).allocateSalesOrder);
  must((await t.ok(ShipSalesOrderDocument, { input: { id: salesOrder.id, expectedVersion: 3 } }, 'WAREHOUSE')).shipSalesOrder);

  // A lot made from it, so that its trace and recall have a downstream lot (of no supplier).
  const product = await createMaterial(t, 'RMX-FIN', { type: 'FINISHED_DEVICE', lotNumberPattern: 'RMX-FIN-{SEQ:3}' });
  must((await t.ok(SetMaterialStatusDocument, { input: { id: product.id, expectedVersion: 1, status: 'ACTIVE', reason: 'Design transfer' } }, 'QA_MANAGER')).setMaterialStatus);
  const bom = must(
    (
      await t.ok(
        CreateBomDocument,
        {
          input: { productMaterialId: product.id, revision: 'A', reason: 'NPI', lines: [{ componentMaterialId: q.material.id, quantityPer: '1' }] },
        },
        'QA_MANAGER',
      )
    ).createBom,
  ).bom!;
  const workOrder = must((await t.ok(CreateWorkOrderDocument, { input: { number: 'WO-RMX', bomId: bom.id, siteId: q.siteId, quantity: '1' } }, 'PRODUCTION')).createWorkOrder).workOrder!;
  must((await t.ok(ReleaseWorkOrderDocument, { input: { id: workOrder.id, expectedVersion: 1, reason: 'Scheduled' } }, 'PRODUCTION')).releaseWorkOrder);
  must((await t.ok(ConsumeLotDocument, { input: { workOrderId: workOrder.id, lotId: released.id, fromLocationId: q.locationId, quantity: '1' } }, 'PRODUCTION')).consumeLot);
  must((await t.ok(ProduceLotDocument, { input: { workOrderId: workOrder.id, quantity: '1', locationId: q.locationId } }, 'PRODUCTION')).produceLot);

  const { lot: conceded, nonconformance } = await q.failedLot('RMX-NC');
  must((await t.ok(ReviewNonconformanceDocument, { input: { id: nonconformance.id, expectedVersion: 1, summary: 'Diameter high on one sample' } }, qa)).reviewNonconformance);
  must(
    (
      await t.ok(
        DispositionNonconformanceDocument,
        {
          input: { id: nonconformance.id, expectedVersion: 2, disposition: 'USE_AS_IS', justification: 'Fit unaffected', concession: { maxQuantity: '5' }, signature: sign('APPROVED') },
        },
        qa2,
      )
    ).dispositionNonconformance,
  );

  const purchaseOrder = must(
    (
      await t.ok(
        CreatePurchaseOrderDocument,
        {
          input: { supplierId: q.supplier.id, currency: 'EUR', lines: [{ materialId: q.material.id, quantity: '10', unitPrice: '1.25', dueOn: daysFromToday(20) }] },
        },
        'PURCHASING',
      )
    ).createPurchaseOrder,
  ).purchaseOrder!;
  // Sent and partly received, so that its line has a receipt.
  must((await t.ok(ApprovePurchaseOrderDocument, { input: { id: purchaseOrder.id, expectedVersion: 1 } }, 'QA_MANAGER')).approvePurchaseOrder);
  must((await t.ok(SendPurchaseOrderDocument, { input: { id: purchaseOrder.id, expectedVersion: 2 } }, 'PURCHASING')).sendPurchaseOrder);
  await receive(t, {
    materialId: q.material.id,
    supplierId: q.supplier.id,
    supplierLotNumber: 'RMX-PO',
    quantity: '4',
    locationId: q.locationId,
    purchaseOrderLineId: purchaseOrder.lines![0].id,
  });

  const advance = async (input: Omit<AdvanceCapaInput, 'reason'>) => must((await t.ok(AdvanceCapaDocument, { input: { reason: 'Role matrix', ...input } }, qa)).advanceCapa).capa!;
  const openCapa = async (title: string) =>
    must(
      (
        await t.ok(
          OpenCapaDocument,
          {
            input: { title, description: 'Role matrix', dueOn: daysFromToday(60), nonconformanceIds: [nonconformance.id] },
          },
          'QA_MANAGER',
        )
      ).openCapa,
    ).capa!;
  const signedCapa = await openCapa('Closed without action');
  await advance({ id: signedCapa.id, expectedVersion: 1, to: 'TRIAGE' });
  await advance({ id: signedCapa.id, expectedVersion: 2, to: 'CLOSED_NO_ACTION', justification: 'Isolated case', signature: sign('APPROVED') });
  const actionCapa = await openCapa('With an action');
  const users = await t.gql<{ users: { edges: { node: { id: string; subject: string } }[] } }, object>('{ users(first: 100) { edges { node { id subject } } } }');
  const ownerId = users.data!.users.edges.find((e) => e.node.subject === 'u-rmx-qa')!.node.id;
  await advance({ id: actionCapa.id, expectedVersion: 1, to: 'TRIAGE' });
  await advance({ id: actionCapa.id, expectedVersion: 2, to: 'INVESTIGATION', ownerId, risk: 'LOW', containment: 'Stock held' });
  must((await t.ok(AddCapaActionDocument, { input: { capaId: actionCapa.id, expectedVersion: 3, description: 'Replace tool', ownerId, dueOn: daysFromToday(30) } }, qa)).addCapaAction);

  const read = await t.gql<{ node: { udi: string; signatures: { id: string }[] } }, object>(`{ node(id: "${released.id}") { ... on Lot { udi signatures { id } } } }`);
  return {
    supplierId: q.supplier.id,
    lotId: released.id,
    lotNumber: released.lotNumber,
    materialCode: q.material.code,
    udi: read.data!.node.udi,
    nonconformanceId: nonconformance.id,
    signedCapaId: signedCapa.id,
    signatureId: read.data!.node.signatures[0].id,
    /** Records of types that different roles may read, for `nodes`. */
    nodeIds: [q.siteId, conceded.id, nonconformance.id, signedCapa.id, customer.id, salesOrder.id, purchaseOrder.id],
  };
}
