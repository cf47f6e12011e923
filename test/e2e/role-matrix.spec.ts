import { createTestServer, type Caller, type TestServer } from '../support/test-server';
import { createMaterial, createSupplier } from '../support/fixtures';
import { isObjectType } from 'graphql';
import type { Role } from '../../src/core/authz/role';
import { defineAbilityFor } from '../../src/core/authz/ability';
import { hasFieldRules } from '../../src/core/authz/guard';
import { buildLotgraphSchema } from '../../src/server/schema';

/**
 * Every role's limits on the slice, written out by hand (not derived from the rules files,
 * so that a change to a rules file that widens or narrows access fails here).
 * R = may read the list, W = may call the mutation (past the type-level check).
 */
const READS: Record<string, Role[]> = {
  '{ materials(first: 1) { totalCount } }': ['ADMIN', 'QA_MANAGER', 'QA_INSPECTOR', 'WAREHOUSE', 'PRODUCTION', 'PURCHASING', 'SALES', 'MAINTENANCE', 'AUDITOR', 'BI_READER', 'INTEGRATION'],
  '{ suppliers(first: 1) { totalCount } }': ['ADMIN', 'QA_MANAGER', 'QA_INSPECTOR', 'WAREHOUSE', 'PRODUCTION', 'PURCHASING', 'AUDITOR', 'BI_READER', 'SUPPLIER', 'INTEGRATION'],
  '{ approvedSuppliers(first: 1) { totalCount } }': ['ADMIN', 'QA_MANAGER', 'QA_INSPECTOR', 'WAREHOUSE', 'PRODUCTION', 'PURCHASING', 'AUDITOR', 'BI_READER', 'SUPPLIER', 'INTEGRATION'],
  '{ sites(first: 1) { totalCount } }': ['ADMIN', 'QA_MANAGER', 'QA_INSPECTOR', 'WAREHOUSE', 'PRODUCTION', 'PURCHASING', 'SALES', 'MAINTENANCE', 'AUDITOR', 'BI_READER', 'INTEGRATION'],
  '{ locations(first: 1) { totalCount } }': ['ADMIN', 'QA_MANAGER', 'QA_INSPECTOR', 'WAREHOUSE', 'PRODUCTION', 'PURCHASING', 'MAINTENANCE', 'AUDITOR', 'BI_READER', 'INTEGRATION'],
  '{ customers(first: 1) { totalCount } }': ['ADMIN', 'QA_MANAGER', 'SALES', 'AUDITOR', 'BI_READER', 'INTEGRATION'],
  '{ users(first: 1) { totalCount } }': ['ADMIN', 'QA_MANAGER', 'AUDITOR', 'BI_READER'],
  '{ lots(first: 1) { totalCount } }': ['ADMIN', 'QA_MANAGER', 'QA_INSPECTOR', 'WAREHOUSE', 'PRODUCTION', 'PURCHASING', 'SALES', 'MAINTENANCE', 'AUDITOR', 'BI_READER', 'SUPPLIER', 'INTEGRATION'],
  '{ stockBalances(first: 1) { totalCount } }': ['ADMIN', 'QA_MANAGER', 'QA_INSPECTOR', 'WAREHOUSE', 'PRODUCTION', 'PURCHASING', 'SALES', 'MAINTENANCE', 'AUDITOR', 'BI_READER', 'INTEGRATION'],
  '{ stockMovements(first: 1) { totalCount } }': ['ADMIN', 'QA_MANAGER', 'QA_INSPECTOR', 'WAREHOUSE', 'PRODUCTION', 'PURCHASING', 'AUDITOR', 'BI_READER', 'INTEGRATION'],
  '{ workOrders(first: 1) { totalCount } }': ['ADMIN', 'QA_MANAGER', 'QA_INSPECTOR', 'PRODUCTION', 'PURCHASING', 'AUDITOR', 'BI_READER', 'INTEGRATION'],
  '{ boms(first: 1) { totalCount } }': ['ADMIN', 'QA_MANAGER', 'QA_INSPECTOR', 'PRODUCTION', 'PURCHASING', 'AUDITOR', 'BI_READER', 'INTEGRATION'],
  '{ equipment(first: 1) { totalCount } }': ['ADMIN', 'QA_MANAGER', 'QA_INSPECTOR', 'PRODUCTION', 'MAINTENANCE', 'AUDITOR', 'BI_READER', 'INTEGRATION'],
  '{ calibrationRecords(first: 1) { totalCount } }': ['ADMIN', 'QA_MANAGER', 'QA_INSPECTOR', 'MAINTENANCE', 'AUDITOR', 'BI_READER', 'INTEGRATION'],
  '{ maintenanceOrders(first: 1, status: [OPEN]) { totalCount } }': ['ADMIN', 'QA_MANAGER', 'PRODUCTION', 'MAINTENANCE', 'AUDITOR', 'BI_READER'],
  '{ inspections(first: 1) { totalCount } }': ['ADMIN', 'QA_MANAGER', 'QA_INSPECTOR', 'AUDITOR', 'BI_READER', 'INTEGRATION', 'SUPPLIER'],
  '{ nonconformances(first: 1) { totalCount } }': ['ADMIN', 'QA_MANAGER', 'QA_INSPECTOR', 'AUDITOR', 'BI_READER', 'SUPPLIER'],
  '{ capas(first: 1) { totalCount } }': ['ADMIN', 'QA_MANAGER', 'QA_INSPECTOR', 'AUDITOR', 'BI_READER'],
  '{ capaMetrics(from: "2026-01-01", to: "2026-02-01") { openCount } }': ['ADMIN', 'QA_MANAGER', 'AUDITOR', 'BI_READER'],
  '{ nonconformancesBySupplier(from: "2026-01-01", to: "2026-02-01") { opened } }': ['ADMIN', 'QA_MANAGER', 'AUDITOR', 'BI_READER'],
  '{ firstPassYield(filter: { from: "2026-01-01", to: "2026-02-01", inspectionType: FINAL, period: MONTH }) { lotsInspected } }': ['ADMIN', 'QA_MANAGER', 'AUDITOR', 'BI_READER'],
  '{ purchaseOrders(first: 1) { totalCount } }': ['ADMIN', 'QA_MANAGER', 'WAREHOUSE', 'PURCHASING', 'AUDITOR', 'BI_READER', 'SUPPLIER'],
  '{ webhooks(first: 1) { totalCount } }': ['ADMIN', 'AUDITOR', 'INTEGRATION'],
  '{ salesOrders(first: 1) { totalCount } }': ['ADMIN', 'QA_MANAGER', 'WAREHOUSE', 'SALES', 'AUDITOR', 'BI_READER'],
  '{ shipments(first: 1) { totalCount } }': ['ADMIN', 'QA_MANAGER', 'WAREHOUSE', 'SALES', 'AUDITOR', 'BI_READER'],
  '{ auditTrail(first: 1) { totalCount } }': ['ADMIN', 'QA_MANAGER', 'AUDITOR'],
  '{ verifyAuditTrail { valid } }': ['ADMIN', 'QA_MANAGER', 'AUDITOR'],
};

const ALL_ROLES: Role[] = ['ADMIN', 'QA_MANAGER', 'QA_INSPECTOR', 'WAREHOUSE', 'PRODUCTION', 'PURCHASING', 'SALES', 'MAINTENANCE', 'AUDITOR', 'BI_READER', 'SUPPLIER', 'INTEGRATION'];

let t: TestServer;
let materialId: string;
let supplierId: string;
beforeAll(async () => {
  t = await createTestServer();
  materialId = (await createMaterial(t, 'MATRIX-M')).id;
  supplierId = (await createSupplier(t, 'MATRIX-S', 'APPROVED')).id;
});
afterAll(async () => {
  await t?.close();
});

const caller = (role: Role): Caller => (role === 'SUPPLIER' ? { roles: [role], supplierId } : { roles: [role] });

function writes(): Record<string, Role[]> {
  return {
    [`mutation { createMaterial(input: { code: "", name: "", type: COMPONENT, unit: "EA" }) { userErrors { code } } }`]: ['ADMIN', 'QA_MANAGER'],
    [`mutation { updateMaterial(input: { id: "${materialId}", expectedVersion: 99, reason: "r" }) { userErrors { code } } }`]: ['ADMIN', 'QA_MANAGER'],
    [`mutation { createSupplier(input: { code: "", name: "" }) { userErrors { code } } }`]: ['ADMIN', 'QA_MANAGER', 'PURCHASING'],
    [`mutation { setSupplierQualification(input: { id: "${supplierId}", expectedVersion: 99, status: DISQUALIFIED, reason: "r" }) { userErrors { code } } }`]: ['ADMIN', 'QA_MANAGER'],
    [`mutation { createSite(input: { code: "", name: "" }) { userErrors { code } } }`]: ['ADMIN'],
    [`mutation { createLocation(input: { siteId: "site_none", code: "L1", name: "L1", type: STORAGE }) { userErrors { code } } }`]: ['ADMIN', 'WAREHOUSE'],
    [`mutation { createCustomer(input: { code: "", name: "" }) { userErrors { code } } }`]: ['ADMIN', 'SALES'],
    [`mutation { createUser(input: { subject: "", printedName: "", roles: [SALES] }) { userErrors { code } } }`]: ['ADMIN'],
    [`mutation { receiveLot(input: { materialId: "${materialId}", supplierId: "${supplierId}", supplierLotNumber: "X", quantity: "0", locationId: "loc_none" }) { userErrors { code } } }`]: ['ADMIN', 'WAREHOUSE', 'INTEGRATION'],
    [`mutation { moveStock(input: { lotId: "lot_none", fromLocationId: "loc_none", toLocationId: "loc_x", quantity: "0" }) { userErrors { code } } }`]: ['ADMIN', 'WAREHOUSE', 'PRODUCTION', 'MAINTENANCE', 'INTEGRATION'],
    [`mutation { recordCalibration(input: { equipmentId: "eq_none", performedOn: "2026-01-01", performedBy: "", referenceStandard: "", asFound: "", asLeft: "", result: PASS }) { userErrors { code } } }`]: ['ADMIN', 'MAINTENANCE'],
    [`mutation { openMaintenanceOrder(input: { equipmentId: "eq_none", kind: PREVENTIVE, description: "" }) { userErrors { code } } }`]: ['ADMIN', 'MAINTENANCE'],
    [`mutation { startMaintenance(input: { id: "mo_none", expectedVersion: 1 }) { userErrors { code } } }`]: ['ADMIN', 'MAINTENANCE'],
    [`mutation { recordMaintenance(input: { maintenanceOrderId: "mo_none", expectedVersion: 1 }) { userErrors { code } } }`]: ['ADMIN', 'MAINTENANCE'],
    [`mutation { cancelMaintenanceOrder(input: { id: "mo_none", expectedVersion: 1, reason: "" }) { userErrors { code } } }`]: ['ADMIN', 'MAINTENANCE'],
    [`mutation { adjustStock(input: { lotId: "lot_none", locationId: "loc_none", countedQuantity: "1", reason: "" }) { userErrors { code } } }`]: ['ADMIN', 'WAREHOUSE'],
    [`mutation { releaseLot(input: { id: "lot_none", expectedVersion: 1, reason: "" }) { userErrors { code } } }`]: ['ADMIN', 'QA_MANAGER'],
    [`mutation { startLotTesting(input: { id: "lot_none", expectedVersion: 1, reason: "" }) { userErrors { code } } }`]: ['ADMIN', 'QA_MANAGER', 'QA_INSPECTOR'],
    [`mutation { consumeLot(input: { workOrderId: "wo_none", lotId: "lot_none", fromLocationId: "loc_none", quantity: "0" }) { userErrors { code } } }`]: ['ADMIN', 'PRODUCTION', 'INTEGRATION'],
    [`mutation { startInspection(input: { lotId: "lot_none", type: INCOMING }) { userErrors { code } } }`]: ['ADMIN', 'QA_MANAGER', 'QA_INSPECTOR', 'INTEGRATION'],
    [`mutation { createInspectionPlan(input: { materialId: "${materialId}", type: FINAL, sampleSize: 0, characteristics: [], reason: "" }) { userErrors { code } } }`]: ['ADMIN', 'QA_MANAGER'],
    [`mutation { createBom(input: { productMaterialId: "${materialId}", revision: "", reason: "", lines: [] }) { userErrors { code } } }`]: ['ADMIN', 'QA_MANAGER'],
    [`mutation { approveMaterialSupplier(input: { materialId: "${materialId}", supplierId: "nope", reason: "r" }) { userErrors { code } } }`]: ['ADMIN', 'QA_MANAGER'],
    [`mutation { openNonconformance(input: { lotIds: [], description: "", source: OTHER }) { userErrors { code } } }`]: ['ADMIN', 'QA_MANAGER', 'QA_INSPECTOR'],
    [`mutation { reviewNonconformance(input: { id: "nc_none", expectedVersion: 1, summary: "" }) { userErrors { code } } }`]: ['ADMIN', 'QA_MANAGER'],
    [`mutation { dispositionNonconformance(input: { id: "nc_none", expectedVersion: 1, disposition: SCRAP, justification: "", signature: { password: "", meaning: APPROVED, reason: "" } }) { userErrors { code } } }`]: ['ADMIN', 'QA_MANAGER'],
    [`mutation { closeNonconformance(input: { id: "nc_none", expectedVersion: 1, reason: "", signature: { password: "", meaning: CLOSED, reason: "" } }) { userErrors { code } } }`]: ['ADMIN', 'QA_MANAGER'],
    [`mutation { createWebhook(input: { url: "nope", events: [], secret: "" }) { userErrors { code } } }`]: ['ADMIN', 'INTEGRATION'],
    [`mutation { createSalesOrder(input: { orderNumber: "", customerId: "c", shipToAddressId: "a", currency: "x", lines: [] }) { userErrors { code } } }`]: ['ADMIN', 'SALES'],
    [`mutation { allocateSalesOrder(input: { id: "so_none", expectedVersion: 1 }) { userErrors { code } } }`]: ['ADMIN', 'SALES', 'WAREHOUSE'],
    [`mutation { shipSalesOrder(input: { id: "so_none", expectedVersion: 1 }) { userErrors { code } } }`]: ['ADMIN', 'WAREHOUSE'],
    [`mutation { addCustomerAddress(input: { customerId: "c", label: "", consigneeName: "", line1: "", city: "", country: "" }) { userErrors { code } } }`]: ['ADMIN', 'SALES'],
    [`mutation { recallLot(input: { id: "lot_none", expectedVersion: 1, reason: "" }) { userErrors { code } } }`]: ['ADMIN', 'QA_MANAGER'],
    [`mutation { openCapa(input: { title: "", description: "", dueOn: "2020-01-01" }) { userErrors { code } } }`]: ['ADMIN', 'QA_MANAGER', 'QA_INSPECTOR'],
    [`mutation { advanceCapa(input: { id: "capa_none", expectedVersion: 1, to: TRIAGE, reason: "" }) { userErrors { code } } }`]: ['ADMIN', 'QA_MANAGER'],
    [`mutation { addCapaAction(input: { capaId: "capa_none", expectedVersion: 1, description: "", ownerId: "usr_none", dueOn: "2020-01-01" }) { userErrors { code } } }`]: ['ADMIN', 'QA_MANAGER'],
    [`mutation { createPurchaseOrder(input: { supplierId: "${supplierId}", currency: "EUR", lines: [] }) { userErrors { code } } }`]: ['ADMIN', 'PURCHASING'],
    [`mutation { approvePurchaseOrder(input: { id: "po_none", expectedVersion: 1 }) { userErrors { code } } }`]: ['ADMIN', 'QA_MANAGER', 'PURCHASING'],
    [`mutation { sendPurchaseOrder(input: { id: "po_none", expectedVersion: 1 }) { userErrors { code } } }`]: ['ADMIN', 'PURCHASING'],
    [`mutation { cancelPurchaseOrder(input: { id: "po_none", expectedVersion: 1, reason: "r" }) { userErrors { code } } }`]: ['ADMIN', 'PURCHASING'],
    [`mutation { closePurchaseOrder(input: { id: "po_none", expectedVersion: 1, reason: "r" }) { userErrors { code } } }`]: ['ADMIN', 'PURCHASING'],
    [`mutation { closeCapa(input: { id: "capa_none", expectedVersion: 1, effectivenessResult: "", criterionMet: false, reason: "", signature: { password: "", meaning: CLOSED, reason: "" } }) { userErrors { code } } }`]: ['ADMIN', 'QA_MANAGER'],
  };
}

describe.each(ALL_ROLES)('%s', (role) => {
  it.each(Object.entries(READS))('reads %s only if allowed', async (query, allowed) => {
    const res = await t.gql(query, {}, caller(role));
    if (allowed.includes(role)) expect(res.errors).toBeUndefined();
    else expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('may call exactly its mutations, and every refused one changes nothing', async () => {
    const [{ n: before }] = await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM audit_entry');
    for (const [mutation, allowed] of Object.entries(writes())) {
      const res = await t.gql(mutation, {}, caller(role));
      if (allowed.includes(role)) {
        expect(res.errors).toBeUndefined();
      } else {
        expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
    }
    // Every mutation above fails validation or a version check for the allowed roles too.
    const [{ n: after }] = await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM audit_entry');
    expect(after).toBe(before);
  });
});

it('lets anonymous callers read nothing but apiInfo and __typename', async () => {
  expect((await t.gql('{ __typename apiInfo { name } }', {}, null)).errors).toBeUndefined();
  for (const query of Object.keys(READS)) {
    expect((await t.gql(query, {}, null)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  }
});

/**
 * Types that carry a field named like a masked one but are not rows of the masked subject, with
 * why the mask does not need to follow them: the role may not read them at all.
 */
const UNRELATED_NAMESAKES: Record<string, string> = { CustomerAddress: 'a customer master-data address, not a shipment' };

it("applies every role's field masks to every type that shows the masked subject's fields (projections declare @GuardedAs)", async () => {
  const schema = await buildLotgraphSchema();
  const types = Object.values(schema.getTypeMap()).filter(isObjectType).filter((type) => !type.name.startsWith('__'));
  for (const role of ALL_ROLES) {
    const ability = defineAbilityFor({ kind: 'user', id: 'matrix', name: 'Matrix', roles: [role], supplierId, siteIds: [] });
    const masks = ability.rules.filter((r) => r.inverted && r.fields).flatMap((r) => [r.fields!].flat().map((field) => [String(r.subject), field] as const));
    for (const [masked, field] of masks) {
      for (const type of types.filter((ty) => ty.getFields()[field])) {
        // What the field guard does: it refuses only where the type's subject has field rules that deny the field.
        const subject = (type.extensions as { authzSubject?: string }).authzSubject ?? type.name;
        const refused = hasFieldRules(ability, subject) && !ability.can('read', subject as never, field);
        if (refused) continue;
        expect({ role, type: type.name, field, masked, unrelated: Boolean(UNRELATED_NAMESAKES[type.name]) }).toEqual({ role, type: type.name, field, masked, unrelated: true });
        expect(ability.can('read', type.name as never)).toBe(false);
      }
    }
  }
  expect(types.find((ty) => ty.name === 'RecallShipment')?.extensions).toMatchObject({ authzSubject: 'Shipment' });
});
