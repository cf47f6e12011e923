import { addDays, todayUtc } from '../../src/core/dates';
import { DEMO_SIGNING_PASSWORD, DEMO_USERS } from '../../src/seed/demo-people';
import type { Actor } from './graphql-client';
import { GraphQLSteps, type Ref } from './graphql-steps';
import type { ServerSchema } from './introspection';

/** A demo plant person (the previous release seeded them, with their signing passwords). */
function person(subject: string): Actor {
  const user = DEMO_USERS.find((u) => u.subject === subject);
  if (!user) throw new Error(`no demo user ${subject}`);
  return { sub: user.subject, name: user.printedName, roles: [...user.roles] };
}

const admin = person('demo-admin');
const qa = person('demo-qa-manager');
const qaLead = person('demo-qa-lead');
const purchasing = person('demo-purchasing');
const purchasingLead = person('demo-purchasing-lead');
const warehouse = person('demo-warehouse');
const production = person('demo-production');
const sales = person('demo-sales');
const maintenance = person('demo-maintenance');

const day = (days: number) => addDays(todayUtc(), days);
const sign = (meaning: string, reason: string) => ({ meaning, password: DEMO_SIGNING_PASSWORD, reason });

/**
 * The records and lifecycle states the demo plant (seeded by the previous release at its first
 * start) leaves out, made through that release's GraphQL API as the people who would make them:
 * users (one deactivated), webhooks (one disabled) with deliveries of what follows, lots received,
 * tested, released and held, rejected with a nonconformance under review, scrapped; a location,
 * a site renamed, a supplier qualified, a material, a customer made inactive,
 * CAPAs in every state, purchase, sales and work orders in their remaining states, maintenance
 * orders started, done and cancelled, equipment out of service and retired, approved sources
 * suspended and revoked, and mutations under idempotency keys (kept with their responses, one
 * of them a refusal) to be replayed on the next release.
 */
export async function runDataSet(url: string, schema: ServerSchema, webhookUrl: string): Promise<GraphQLSteps> {
  const s = new GraphQLSteps(url, schema);
  const ids = new Map<string, string>();
  const id = (key: string) => {
    const v = ids.get(key);
    if (!v) throw new Error(`needs ${key}, which an earlier step did not make`);
    return v;
  };

  await s.step('find the demo plant records the steps build on', async () => {
    for (const [key, list, field, value] of [
      ['site', 'sites', 'code', 'SZ-PLANT'],
      ['loc:RCV', 'locations', 'code', 'RCV-01'],
      ['loc:FG', 'locations', 'code', 'FG-01'],
      ['loc:CR', 'locations', 'code', 'CR-LINE-1'],
      ['loc:QC', 'locations', 'code', 'QC-LAB'],
      ['mat:kit', 'materials', 'code', 'CVC-7F-20'],
      ['mat:tube', 'materials', 'code', 'PU-TUBE-7F'],
      ['mat:needle', 'materials', 'code', 'NDL-18G-70'],
      ['sup:polymed', 'suppliers', 'code', 'SUP-POLYMED'],
      ['sup:wxneedle', 'suppliers', 'code', 'SUP-WX-NEEDLE'],
      ['cus:zsh', 'customers', 'code', 'CUS-ZSH'],
      ['user:qa-lead', 'users', 'subject', 'demo-qa-lead'],
      ['user:purchasing', 'users', 'subject', 'demo-purchasing'],
    ] as const) {
      ids.set(key, (await s.findOne(admin, list, field, (n) => n[field] === value, `${field} ${value}`)).id as string);
    }
    const address = await s.find(sales, 'customers', 'code addresses { id }', (n) => n.code === 'CUS-ZSH');
    ids.set('adr:zsh', (address[0].addresses as { id: string }[])[0].id);
    ids.set('bom', (await s.findOne(qa, 'boms', 'productMaterialId', (n) => n.productMaterialId === id('mat:kit'), 'kit BOM')).id as string);
  });

  await s.step('users: one created, one created and deactivated', async () => {
    await s.create(admin, 'createUser', { subject: 'upgrade-check-clerk', printedName: 'Upgrade Clerk', roles: ['WAREHOUSE'], reason: 'Upgrade data set' });
    const leaver = await s.create(admin, 'createUser', { subject: 'upgrade-check-leaver', printedName: 'Upgrade Leaver', roles: ['SALES'], email: 'leaver@example.com', reason: 'Upgrade data set' });
    await s.mutate(admin, 'deactivateUser', { id: leaver.id, expectedVersion: leaver.version, reason: 'Left the company' });
  });

  await s.step('webhooks: an active one receiving every event, a disabled one', async () => {
    await s.create(admin, 'createWebhook', { url: webhookUrl, secret: 'upgrade-check-webhook-secret-0123456789', eventTypes: schema.enumValues('WebhookEventType') });
    const off = await s.create(admin, 'createWebhook', { url: `${webhookUrl}/disabled`, secret: 'upgrade-check-webhook-secret-9876543210', eventTypes: ['LOT_STATUS_CHANGED'] });
    await s.mutate(admin, 'setWebhookStatus', { id: off.id, expectedVersion: off.version, status: 'DISABLED', reason: 'Receiver retired' });
  });

  await s.step('lots: received (one under a key), tested, RELEASED and put ON_HOLD, REJECTED with a nonconformance, SCRAPPED', async () => {
    const inspector = person('demo-qa-inspector');
    // Needles have no incoming inspection plan: a documents check (UNDER_TEST) and QA's signed release.
    const tested = async (supplierLotNumber: string, key?: string): Promise<Ref> => {
      const input = {
        materialId: id('mat:needle'),
        supplierId: id('sup:wxneedle'),
        quantity: '50',
        supplierLotNumber,
        locationId: id('loc:RCV'),
        manufacturedOn: day(-10),
        reason: `Delivery note ${supplierLotNumber}`,
      };
      const lot = key ? ((await s.idempotent('receiveLot under a key', warehouse, 'receiveLot', { ...input, idempotencyKey: key })).lot as Ref) : await s.create(warehouse, 'receiveLot', input, 'Lot');
      return s.create(inspector, 'startLotTesting', { id: lot.id, expectedVersion: lot.version, reason: 'CoC and label check' }, 'Lot');
    };
    const released = await s.create(
      qa,
      'releaseLot',
      { id: (await tested('UPG-HOLD-1', 'upgrade-check-receive-1')).id, expectedVersion: 2, reason: 'CoC reviewed', signature: sign('RELEASED', 'Released for use') },
      'Lot',
    );
    await s.mutate(qa, 'placeLotOnHold', { id: released.id, expectedVersion: released.version, reason: 'Supplier notice pending' });
    const reject = async (lot: Ref) =>
      s.create(qa, 'rejectLot', { id: lot.id, expectedVersion: lot.version, reason: 'Bent needles', signature: sign('REVIEWED', 'Rejected at incoming check') }, 'Lot');
    const rejected = await reject(await tested('UPG-REJECT-1'));
    const ncr = await s.create(
      qa,
      'openNonconformance',
      { source: 'COMPLAINT', lotIds: [rejected.id], supplierId: id('sup:wxneedle'), description: 'Bent needles reported by the line' },
      'Nonconformance',
    );
    await s.mutate(qa, 'reviewNonconformance', { id: ncr.id, expectedVersion: ncr.version, summary: 'Needle tips bent in transit' });
    const scrap = await reject(await tested('UPG-SCRAP-1'));
    await s.mutate(qa, 'scrapLot', { id: scrap.id, expectedVersion: scrap.version, reason: 'Not worth returning', signature: sign('APPROVED', 'Scrap approved') });
  });

  await s.step('master data: a location, a site renamed, a supplier qualified CONDITIONAL, a material, a customer set INACTIVE', async () => {
    await s.create(admin, 'createLocation', { code: 'UPG-STORE', name: 'Upgrade check store', siteId: id('site'), type: 'STORAGE', reason: 'Upgrade data set' });
    await s.mutate(admin, 'updateSite', { id: id('site'), expectedVersion: await s.version(admin, id('site')), name: 'Suzhou plant (renamed by the upgrade data set)', reason: 'Upgrade data set' });
    const supplier = await s.create(purchasing, 'createSupplier', { code: 'SUP-UPGRADE', name: 'Upgrade Check Supplies', country: 'DE', reason: 'Upgrade data set' });
    await s.mutate(qa, 'setSupplierQualification', { id: supplier.id, expectedVersion: supplier.version, status: 'CONDITIONAL', expiresOn: day(90), reason: 'Audit passed with findings' });
    await s.create(qa, 'createMaterial', { code: 'UPG-MAT-01', name: 'Upgrade check material', type: 'RAW_MATERIAL', unit: 'EA', reason: 'Upgrade data set' });
    const customer = await s.create(sales, 'createCustomer', { code: 'CUS-UPGRADE', name: 'Upgrade Check Clinic', reason: 'Upgrade data set' });
    await s.mutate(sales, 'setCustomerStatus', { id: customer.id, expectedVersion: customer.version, status: 'INACTIVE', reason: 'Account closed' });
  });

  // CAPAs: one stopping in each state, one closed, one closed without action, one cancelled.
  const capaPath = async (title: string, stop: string): Promise<Ref> => {
    let capa = await s.create(qaLead, 'openCapa', { title, description: 'Upgrade data set CAPA', dueOn: day(60) }, 'Capa');
    const advance = async (to: string, extra: Record<string, unknown> = {}, as: Actor = qaLead) => {
      capa = await s.create(as, 'advanceCapa', { id: capa.id, expectedVersion: capa.version, to, reason: `To ${to}`, ...extra }, 'Capa');
    };
    if (stop === 'DRAFT') return capa;
    await advance('TRIAGE');
    if (stop === 'TRIAGE') return capa;
    if (stop === 'CLOSED_NO_ACTION') {
      await advance('CLOSED_NO_ACTION', { justification: 'Duplicate of an open CAPA', signature: sign('APPROVED', 'No action needed') }, qa);
      return capa;
    }
    await advance('INVESTIGATION', { ownerId: id('user:qa-lead'), risk: 'MEDIUM', containment: 'Stock quarantined' });
    if (stop === 'INVESTIGATION') return capa;
    if (stop === 'CANCELLED') {
      await advance('CANCELLED', { justification: 'Supplier disqualified' });
      return capa;
    }
    const added = await s.mutate(qaLead, 'addCapaAction', { capaId: capa.id, expectedVersion: capa.version, description: 'Replace the worn tool', ownerId: id('user:purchasing'), dueOn: day(20) });
    capa = added.capa as Ref;
    const action = added.action as Ref;
    await advance('PLAN_APPROVAL', { rootCause: 'Worn tool', affectedScope: 'Lots since the last tool change' });
    if (stop === 'PLAN_APPROVAL') return capa;
    await advance('IMPLEMENTATION', { signature: sign('APPROVED', 'Plan approved') }, qa);
    if (stop === 'IMPLEMENTATION') return capa;
    await s.mutate(purchasing, 'completeCapaAction', { id: action.id, expectedVersion: action.version, note: 'Tool replaced' });
    await advance('VERIFICATION');
    if (stop === 'VERIFICATION') return capa;
    // The owner may not sign the verification (separation of duties): the QA manager does.
    await advance('EFFECTIVENESS_CHECK', { effectivenessCriterion: 'No failure in 20 lots', signature: sign('VERIFIED', 'Actions verified') }, qa);
    if (stop === 'EFFECTIVENESS_CHECK') return capa;
    capa = await s.create(
      qa,
      'closeCapa',
      { id: capa.id, expectedVersion: capa.version, effectivenessResult: 'No failure in 24 lots', criterionMet: true, reason: 'Effective', signature: sign('CLOSED', 'CAPA effective') },
      'Capa',
    );
    return capa;
  };
  for (const stop of ['DRAFT', 'INVESTIGATION', 'PLAN_APPROVAL', 'VERIFICATION', 'EFFECTIVENESS_CHECK', 'CLOSED', 'CLOSED_NO_ACTION', 'CANCELLED']) {
    await s.step(`CAPA to ${stop}`, async () => void (await capaPath(`Upgrade CAPA ${stop}`, stop)));
  }

  await s.step('purchase orders: APPROVED, CANCELLED, and a received one CLOSED; one created under a key', async () => {
    const line = { materialId: id('mat:tube'), quantity: '10', unitPrice: '4.20', dueOn: day(30) };
    const approved = await s.create(purchasing, 'createPurchaseOrder', { supplierId: id('sup:polymed'), currency: 'EUR', lines: [line], reason: 'Upgrade data set' }, 'PurchaseOrder');
    await s.mutate(purchasingLead, 'approvePurchaseOrder', { id: approved.id, expectedVersion: approved.version });
    const keyed = await s.idempotent('createPurchaseOrder under a key', purchasing, 'createPurchaseOrder', {
      supplierId: id('sup:polymed'),
      currency: 'EUR',
      lines: [line],
      reason: 'Upgrade data set, keyed',
      idempotencyKey: 'upgrade-check-po-1',
    });
    const cancelled = keyed.purchaseOrder as Ref;
    await s.mutate(purchasing, 'cancelPurchaseOrder', { id: cancelled.id, expectedVersion: cancelled.version, reason: 'Not needed' });
    const received = await s.findOne(purchasing, 'purchaseOrders', 'status version', (n) => n.status === 'RECEIVED', 'received order');
    await s.mutate(purchasing, 'closePurchaseOrder', { id: received.id, expectedVersion: received.version, reason: 'Invoice matched' });
  });

  await s.step('stock under keys: a move, a count, a refused move', async () => {
    const kit = await s.findOne(warehouse, 'lots', 'materialId status', (n) => n.materialId === id('mat:kit') && n.status === 'RELEASED', 'released kit lot');
    ids.set('lot:kit', kit.id as string);
    await s.idempotent('moveStock under a key', warehouse, 'moveStock', {
      lotId: kit.id,
      fromLocationId: id('loc:FG'),
      toLocationId: id('loc:RCV'),
      quantity: '2',
      type: 'TRANSFER',
      reason: 'Upgrade data set',
      idempotencyKey: 'upgrade-check-move-1',
    });
    await s.idempotent('adjustStock under a key', warehouse, 'adjustStock', {
      lotId: kit.id,
      locationId: id('loc:RCV'),
      countedQuantity: '1',
      reason: 'Cycle count',
      idempotencyKey: 'upgrade-check-count-1',
    });
    await s.idempotent(
      'moveStock refused under a key',
      warehouse,
      'moveStock',
      {
        lotId: kit.id,
        fromLocationId: id('loc:FG'),
        toLocationId: id('loc:RCV'),
        quantity: '100000',
        type: 'TRANSFER',
        reason: 'Too much',
        idempotencyKey: 'upgrade-check-move-refused',
      },
      true,
    );
  });

  await s.step('sales orders: ALLOCATED, CANCELLED, and one shipped under a key and CLOSED', async () => {
    const order = (n: string, quantity: string) =>
      s.create(
        sales,
        'createSalesOrder',
        {
          orderNumber: n,
          customerId: id('cus:zsh'),
          shipToAddressId: id('adr:zsh'),
          currency: 'CNY',
          lines: [{ materialId: id('mat:kit'), quantity, unitPrice: '680.00' }],
          reason: 'Upgrade data set',
        },
        'SalesOrder',
      );
    const confirmed = async (n: string, quantity: string) => {
      const o = await order(n, quantity);
      return s.create(sales, 'confirmSalesOrder', { id: o.id, expectedVersion: o.version }, 'SalesOrder');
    };
    const allocate = async (o: Ref) => s.create(warehouse, 'allocateSalesOrder', { id: o.id, expectedVersion: o.version }, 'SalesOrder');
    await allocate(await confirmed('SO-UPG-0001', '5'));
    const toShip = await allocate(await confirmed('SO-UPG-0002', '5'));
    const shipped = await s.idempotent('shipSalesOrder under a key', warehouse, 'shipSalesOrder', {
      id: toShip.id,
      expectedVersion: toShip.version,
      shipmentNumber: 'SHP-UPG-0001',
      reason: 'Courier',
      idempotencyKey: 'upgrade-check-ship-1',
    });
    const shippedOrder = (Object.values(shipped).find((v) => (v as Ref | null)?.__typename === 'SalesOrder') as Ref | undefined) ?? { ...toShip, version: await s.version(sales, toShip.id) };
    await s.mutate(sales, 'closeSalesOrder', { id: shippedOrder.id, expectedVersion: await s.version(sales, shippedOrder.id), reason: 'Delivered' });
    const dropped = await order('SO-UPG-0003', '1');
    await s.mutate(sales, 'cancelSalesOrder', { id: dropped.id, expectedVersion: dropped.version, reason: 'Customer cancelled' });
  });

  await s.step('work orders: PLANNED, RELEASED, IN_PROGRESS (a keyed consumption), CANCELLED, CLOSED', async () => {
    const create = (n: string) => s.create(production, 'createWorkOrder', { number: n, bomId: id('bom'), siteId: id('site'), quantity: '10', reason: 'Upgrade data set' }, 'WorkOrder');
    const release = async (wo: Ref) => s.create(production, 'releaseWorkOrder', { id: wo.id, expectedVersion: wo.version, reason: 'Materials staged' }, 'WorkOrder');
    await create('WO-UPG-PLANNED');
    await release(await create('WO-UPG-RELEASED'));
    const running = await release(await create('WO-UPG-RUNNING'));
    const tube = await s.findOne(warehouse, 'lots', 'materialId status', (n) => n.materialId === id('mat:tube') && n.status === 'RELEASED', 'released tube lot');
    await s.mutate(warehouse, 'moveStock', { lotId: tube.id, fromLocationId: id('loc:RCV'), toLocationId: id('loc:CR'), quantity: '3', type: 'TRANSFER', reason: 'Kitting' });
    await s.idempotent('consumeLot under a key', production, 'consumeLot', {
      workOrderId: running.id,
      lotId: tube.id,
      fromLocationId: id('loc:CR'),
      quantity: '2.5',
      reason: 'Assembly',
      idempotencyKey: 'upgrade-check-consume-1',
    });
    const dropped = await create('WO-UPG-CANCELLED');
    await s.mutate(production, 'cancelWorkOrder', { id: dropped.id, expectedVersion: dropped.version, reason: 'Plan changed' });
    const done = await s.findOne(production, 'workOrders', 'status version', (n) => n.status === 'COMPLETED', 'completed work order');
    await s.mutate(production, 'closeWorkOrder', { id: done.id, expectedVersion: done.version, reason: 'Batch record reviewed' });
  });

  await s.step('equipment: OUT_OF_SERVICE and RETIRED; maintenance IN_PROGRESS, DONE, CANCELLED', async () => {
    const register = (tag: string) =>
      s.create(
        maintenance,
        'registerEquipment',
        { assetTag: tag, name: `Upgrade ${tag}`, type: 'PRODUCTION_ASSET', siteId: id('site'), locationId: id('loc:QC'), reason: 'Commissioned' },
        'Equipment',
      );
    for (const [tag, status] of [
      ['EQ-UPG-OOS', 'OUT_OF_SERVICE'],
      ['EQ-UPG-RET', 'RETIRED'],
    ]) {
      const eq = await register(tag);
      await s.mutate(maintenance, 'setEquipmentStatus', { id: eq.id, expectedVersion: eq.version, status, reason: `To ${status}` });
    }
    const press = await register('EQ-UPG-PRESS');
    const open = (description: string) => s.create(maintenance, 'openMaintenanceOrder', { equipmentId: press.id, kind: 'PREVENTIVE', description, plannedFor: day(3) }, 'MaintenanceOrder');
    const started = async (o: Ref) => s.create(maintenance, 'startMaintenance', { id: o.id, expectedVersion: o.version }, 'MaintenanceOrder');
    await started(await open('Left in progress'));
    const done = await started(await open('Done'));
    await s.mutate(maintenance, 'recordMaintenance', { maintenanceOrderId: done.id, expectedVersion: done.version, downtimeMinutes: 30, description: 'Belt replaced' });
    const dropped = await open('Cancelled');
    await s.mutate(maintenance, 'cancelMaintenanceOrder', { id: dropped.id, expectedVersion: dropped.version, reason: 'Not needed' });
  });

  await s.step('approved sources: one SUSPENDED, one REVOKED', async () => {
    const sources = await s.find(qa, 'approvedSuppliers', 'status version', (n) => n.status === 'APPROVED');
    for (const [source, status] of [
      [sources.at(-1), 'SUSPENDED'],
      [sources.at(-2), 'REVOKED'],
    ] as const) {
      if (!source) throw new Error('fewer than two approved sources');
      await s.mutate(qa, 'setMaterialSupplierStatus', { id: source.id, expectedVersion: source.version, status, reason: `To ${status}` });
    }
  });
  return s;
}
