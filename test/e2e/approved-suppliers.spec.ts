import { createTestServer, type TestServer } from '../support/test-server';
import { approveSource, createMaterial, createSupplier } from '../support/fixtures';
import { ApproveMaterialSupplierDocument, ApprovedSuppliersDocument, MaterialsWithSuppliersDocument, SetMaterialSupplierStatusDocument, SetMaterialStatusDocument } from '../generated/graphql';

let t: TestServer;
beforeAll(async () => {
  t = await createTestServer();
});
afterAll(async () => {
  await t?.close();
});

describe('approveMaterialSupplier', () => {
  it('refuses a supplier that is not qualified with SUPPLIER_NOT_APPROVED and writes nothing', async () => {
    const m = await createMaterial(t, 'ASL-M1');
    const s = await createSupplier(t, 'ASL-PROSPECT');
    const res = await t.ok(ApproveMaterialSupplierDocument, { input: { materialId: m.id, supplierId: s.id, reason: 'r' } }, 'QA_MANAGER');
    expect(res.approveMaterialSupplier.userErrors[0]).toMatchObject({ code: 'SUPPLIER_NOT_APPROVED', field: ['input', 'supplierId'] });
    expect(await t.sql('SELECT 1 FROM material_supplier WHERE material_id = $1', [m.id])).toHaveLength(0);
  });

  it('approves a qualified supplier (QA only), refuses a duplicate, and audits who approved', async () => {
    const m = await createMaterial(t, 'ASL-M2');
    const s = await createSupplier(t, 'ASL-OK', 'APPROVED');
    const input = { materialId: m.id, supplierId: s.id, supplierPartNumber: 'X-77', reason: 'FAI report 123' };
    const denied = await t.gql(ApproveMaterialSupplierDocument, { input }, 'PURCHASING');
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const ok = await t.ok(ApproveMaterialSupplierDocument, { input }, 'QA_MANAGER');
    expect(ok.approveMaterialSupplier.materialSupplier).toMatchObject({
      status: 'APPROVED',
      supplierPartNumber: 'X-77',
      approvedBy: 'Test QA_MANAGER',
      material: { code: 'ASL-M2' },
      supplier: { code: 'ASL-OK' },
    });
    const dup = await t.ok(ApproveMaterialSupplierDocument, { input }, 'QA_MANAGER');
    expect(dup.approveMaterialSupplier.userErrors[0].code).toBe('DUPLICATE');
    const [audit] = await t.sql<{ action: string; reason: string }>(`SELECT action, reason FROM audit_entry WHERE entity_type = 'MaterialSupplier' AND entity_id = $1`, [
      ok.approveMaterialSupplier.materialSupplier!.id,
    ]);
    expect(audit).toEqual({ action: 'APPROVE', reason: 'FAI report 123' });
  });

  it('refuses an obsolete material and unknown ids', async () => {
    const m = await createMaterial(t, 'ASL-OBS');
    await t.ok(SetMaterialStatusDocument, { input: { id: m.id, expectedVersion: 1, status: 'OBSOLETE', reason: 'gone' } }, 'QA_MANAGER');
    const s = await createSupplier(t, 'ASL-OBS-S', 'APPROVED');
    const obs = await t.ok(ApproveMaterialSupplierDocument, { input: { materialId: m.id, supplierId: s.id, reason: 'r' } }, 'QA_MANAGER');
    expect(obs.approveMaterialSupplier.userErrors[0]).toMatchObject({ code: 'VALIDATION_FAILED', field: ['input', 'materialId'] });
    const unknown = await t.ok(ApproveMaterialSupplierDocument, { input: { materialId: 'mat_none', supplierId: s.id, reason: 'r' } }, 'QA_MANAGER');
    expect(unknown.approveMaterialSupplier.userErrors[0].code).toBe('NOT_FOUND');
  });

  it('suspends and re-approves an entry through its state table', async () => {
    const m = await createMaterial(t, 'ASL-SUSP');
    const s = await createSupplier(t, 'ASL-SUSP-S', 'APPROVED');
    const entry = await approveSource(t, m.id, s.id);
    const susp = await t.ok(SetMaterialSupplierStatusDocument, { input: { id: entry.id, expectedVersion: 1, status: 'SUSPENDED', reason: 'SCAR open' } }, 'QA_MANAGER');
    expect(susp.setMaterialSupplierStatus.materialSupplier).toMatchObject({ status: 'SUSPENDED', version: 2 });
    const same = await t.ok(SetMaterialSupplierStatusDocument, { input: { id: entry.id, expectedVersion: 2, status: 'SUSPENDED', reason: 'again' } }, 'QA_MANAGER');
    expect(same.setMaterialSupplierStatus.userErrors[0].code).toBe('INVALID_TRANSITION');
    const again = await t.ok(ApproveMaterialSupplierDocument, { input: { materialId: m.id, supplierId: s.id, reason: 'SCAR closed' } }, 'QA_MANAGER');
    expect(again.approveMaterialSupplier.materialSupplier).toMatchObject({ id: entry.id, status: 'APPROVED', version: 3 });
  });
});

describe('approved-supplier list reads', () => {
  let own: { id: string };
  beforeAll(async () => {
    own = await createSupplier(t, 'ASL-PORTAL', 'APPROVED');
    const other = await createSupplier(t, 'ASL-RIVAL', 'APPROVED');
    const m = await createMaterial(t, 'ASL-SHARED');
    await approveSource(t, m.id, own.id);
    await approveSource(t, m.id, other.id);
  });

  it('shows a SUPPLIER only its own entries, with the material each names', async () => {
    const res = await t.gql(ApprovedSuppliersDocument, { first: 50 }, { roles: ['SUPPLIER'], supplierId: own.id });
    expect(res.errors).toBeUndefined();
    expect(res.data?.approvedSuppliers?.totalCount).toBe(1);
    expect(res.data?.approvedSuppliers?.edges[0].node).toMatchObject({ supplierId: own.id, supplier: { code: 'ASL-PORTAL' }, material: { code: 'ASL-SHARED' } });
  });

  it('costs the same number of SQL statements for 100 materials with their suppliers as for 10', async () => {
    const suppliers = [await createSupplier(t, 'ASL-N1', 'APPROVED'), await createSupplier(t, 'ASL-N2', 'APPROVED')];
    for (let i = 0; i < 100; i++) {
      const m = await createMaterial(t, `NPLUS1-${String(i).padStart(3, '0')}`);
      await approveSource(t, m.id, suppliers[i % 2].id);
    }
    const small = await t.gql(MaterialsWithSuppliersDocument, { first: 10, filter: { codePrefix: 'NPLUS1-' } }, 'QA_MANAGER');
    const large = await t.gql(MaterialsWithSuppliersDocument, { first: 100, filter: { codePrefix: 'NPLUS1-' } }, 'QA_MANAGER');
    expect(large.errors).toBeUndefined();
    expect(large.data?.materials?.edges).toHaveLength(100);
    expect(large.data?.materials?.edges.every((e) => e.node.approvedSuppliers?.[0]?.supplier?.qualified)).toBe(true);
    expect(small.extensions?.sqlStatements).toBeGreaterThan(0);
    expect(large.extensions?.sqlStatements).toBe(small.extensions?.sqlStatements);
    // 202 mutations of setup: minutes on a loaded 2-core CI machine.
  }, 180_000);
});
