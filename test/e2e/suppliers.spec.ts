import { createTestServer, type TestServer } from '../support/test-server';
import { createSupplier, daysFromToday } from '../support/fixtures';
import { CreateSupplierDocument, SetSupplierQualificationDocument, SupplierCodesDocument, SupplierNodeDocument, SuppliersDocument, UpdateSupplierDocument } from '../generated/graphql';

let t: TestServer;
beforeAll(async () => {
  t = await createTestServer();
});
afterAll(async () => {
  await t?.close();
});

describe('supplier qualification', () => {
  it('is set by QA only: PURCHASING is refused, QA_MANAGER approves with an expiry date', async () => {
    const s = await createSupplier(t, 'SUP-QA');
    expect(s).toMatchObject({ qualificationStatus: 'PROSPECTIVE', qualified: false });
    const input = { id: s.id, expectedVersion: s.version, status: 'APPROVED' as const, expiresOn: daysFromToday(200), reason: 'Audit 2026-11' };
    const denied = await t.gql(SetSupplierQualificationDocument, { input }, 'PURCHASING');
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const ok = await t.ok(SetSupplierQualificationDocument, { input }, 'QA_MANAGER');
    expect(ok.setSupplierQualification.supplier).toMatchObject({
      qualificationStatus: 'APPROVED',
      qualified: true,
      qualificationReason: 'Audit 2026-11',
      qualifiedBy: 'Test QA_MANAGER',
      version: 2,
    });
    const audit = await t.sql<{ action: string; changes: { field: string; old: unknown; new: unknown }[] }>(`SELECT action, changes FROM audit_entry WHERE entity_id = $1 AND action = 'QUALIFY'`, [
      s.id,
    ]);
    expect(audit[0].changes).toEqual(expect.arrayContaining([{ field: 'qualificationStatus', old: 'PROSPECTIVE', new: 'APPROVED' }]));
  });

  it('needs a future expiry for APPROVED and CONDITIONAL, and none otherwise', async () => {
    const s = await createSupplier(t, 'SUP-EXP');
    const past = await t.ok(
      SetSupplierQualificationDocument,
      {
        input: { id: s.id, expectedVersion: 1, status: 'CONDITIONAL', expiresOn: daysFromToday(-1), reason: 'r' },
      },
      'QA_MANAGER',
    );
    expect(past.setSupplierQualification.userErrors[0]).toMatchObject({ code: 'VALIDATION_FAILED', field: ['input', 'expiresOn'] });
    const missing = await t.ok(SetSupplierQualificationDocument, { input: { id: s.id, expectedVersion: 1, status: 'APPROVED', reason: 'r' } }, 'QA_MANAGER');
    expect(missing.setSupplierQualification.userErrors[0]).toMatchObject({ field: ['input', 'expiresOn'] });
    const [row] = await t.sql<{ qualification_status: string; version: number }>('SELECT qualification_status, version FROM supplier WHERE id = $1', [s.id]);
    expect(row).toEqual({ qualification_status: 'PROSPECTIVE', version: 1 });
  });

  it('refuses DISQUALIFIED -> APPROVED as INVALID_TRANSITION; re-evaluation goes through PROSPECTIVE', async () => {
    const s = await createSupplier(t, 'SUP-DQ', 'DISQUALIFIED');
    const bad = await t.ok(
      SetSupplierQualificationDocument,
      {
        input: { id: s.id, expectedVersion: s.version, status: 'APPROVED', expiresOn: daysFromToday(30), reason: 'r' },
      },
      'QA_MANAGER',
    );
    expect(bad.setSupplierQualification.userErrors[0]).toMatchObject({ code: 'INVALID_TRANSITION' });
    const back = await t.ok(
      SetSupplierQualificationDocument,
      {
        input: { id: s.id, expectedVersion: s.version, status: 'PROSPECTIVE', reason: 'CAPA closed, re-evaluate' },
      },
      'QA_MANAGER',
    );
    expect(back.setSupplierQualification.supplier?.qualificationStatus).toBe('PROSPECTIVE');
  });

  it('treats an approval past its expiry date as not qualified', async () => {
    const s = await createSupplier(t, 'SUP-LAPSED', 'APPROVED');
    // Time passes: the expiry date is moved into the past directly (no API sets a past date, by design).
    await t.sql(`UPDATE supplier SET qualification_expires_on = current_date - 1 WHERE id = $1`, [s.id]);
    const res = await t.ok(SuppliersDocument, { filter: { ids: [s.id] } }, 'QA_MANAGER');
    expect(res.suppliers!.edges[0].node).toMatchObject({ qualificationStatus: 'APPROVED', qualified: false });
  });
});

describe('supplier master data', () => {
  it('PURCHASING creates and updates, SALES may not; stale versions conflict', async () => {
    const denied = await t.gql(CreateSupplierDocument, { input: { code: 'SUP-SALES', name: 'x' } }, 'SALES');
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const s = await createSupplier(t, 'SUP-UPD');
    const upd = await t.ok(UpdateSupplierDocument, { input: { id: s.id, expectedVersion: 1, name: 'Renamed GmbH', reason: 'Legal name change' } }, 'PURCHASING');
    expect(upd.updateSupplier.supplier).toMatchObject({ name: 'Renamed GmbH', version: 2 });
    const stale = await t.ok(UpdateSupplierDocument, { input: { id: s.id, expectedVersion: 1, name: 'Other', reason: 'r' } }, 'PURCHASING');
    expect(stale.updateSupplier.userErrors[0].code).toBe('VERSION_CONFLICT');
  });

  it('answers concurrent creates of one code with one supplier and DUPLICATE on input.code for the rest', async () => {
    const results = await Promise.all(Array.from({ length: 6 }, () => t.ok(CreateSupplierDocument, { input: { code: 'SUP-RACE', name: 'Race' } }, 'PURCHASING')));
    expect(results.filter((r) => r.createSupplier.supplier)).toHaveLength(1);
    for (const r of results.filter((x) => !x.createSupplier.supplier)) {
      expect(r.createSupplier.userErrors[0]).toMatchObject({ code: 'DUPLICATE', field: ['input', 'code'] });
      // In the API's words: never PostgreSQL's detail with its column names and values.
      expect(r.createSupplier.userErrors[0].message).not.toMatch(/Key \(|\)=\(/);
    }
  });

  it('rejects a bad e-mail and country without writing anything', async () => {
    const [{ n: before }] = await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM supplier');
    const res = await t.ok(CreateSupplierDocument, { input: { code: 'SUP-BAD', name: 'Bad', contactEmail: 'not-mail', country: 'Germany' } }, 'PURCHASING');
    expect(res.createSupplier.userErrors.map((e) => e.field?.[1]).sort()).toEqual(['contactEmail', 'country']);
    const [{ n: after }] = await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM supplier');
    expect(after).toBe(before);
  });
});

describe('supplier row and field permissions', () => {
  let own: { id: string; code: string };
  let other: { id: string; code: string };
  beforeAll(async () => {
    own = await createSupplier(t, 'SUP-OWN', 'APPROVED');
    other = await createSupplier(t, 'SUP-OTHER', 'APPROVED');
  });

  it('lets a SUPPLIER account read only its own supplier record, in lists, totalCount and node', async () => {
    const as = { roles: ['SUPPLIER' as const], supplierId: own.id };
    const list = await t.ok(SupplierCodesDocument, { first: 50 }, as);
    expect(list.suppliers!.edges.map((e) => e.node.code)).toEqual(['SUP-OWN']);
    expect(list.suppliers!.totalCount).toBe(1);
    const filtered = await t.ok(SupplierCodesDocument, { first: 50, filter: { ids: [other.id] } }, as);
    expect(filtered.suppliers!.totalCount).toBe(0);
    expect((await t.ok(SupplierNodeDocument, { id: other.id }, as)).node).toBeNull();
    expect((await t.ok(SupplierNodeDocument, { id: own.id }, as)).node).toMatchObject({ code: 'SUP-OWN' });
    const noClaim = await t.ok(SupplierCodesDocument, { first: 5 }, { roles: ['SUPPLIER'] }).catch((e: Error) => e.message);
    expect(String(noClaim)).toContain('FORBIDDEN');
  });

  it('masks contact data for BI_READER: null with FORBIDDEN at the path, the rest served', async () => {
    const res = await t.gql(SuppliersDocument, { first: 1, filter: { ids: [own.id] } }, 'BI_READER');
    expect(res.data?.suppliers?.edges[0].node).toMatchObject({ code: 'SUP-OWN', contactEmail: null, contactName: null });
    const paths = res.errors?.map((e) => e.path?.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['suppliers.edges.0.node.contactEmail', 'suppliers.edges.0.node.contactName']));
    expect(res.errors?.every((e) => e.extensions?.code === 'FORBIDDEN')).toBe(true);
    const asQa = await t.ok(SuppliersDocument, { first: 1, filter: { ids: [own.id] } }, 'QA_MANAGER');
    expect(asQa.suppliers!.edges[0].node.contactEmail).toBe('sup-own@example.com');
  });

  it('refuses filtering by a field the caller may not read', async () => {
    const bi = await t.gql(SupplierCodesDocument, { first: 5, filter: { contactEmail: 'sup-own@example.com' } }, 'BI_READER');
    expect(bi.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const qa = await t.ok(SupplierCodesDocument, { first: 5, filter: { contactEmail: 'SUP-OWN@example.com' } }, 'QA_MANAGER');
    expect(qa.suppliers!.edges.map((e) => e.node.code)).toEqual(['SUP-OWN']);
  });

  it('orders by qualification expiry with suppliers without one last', async () => {
    const res = await t.ok(SupplierCodesDocument, { first: 100, orderBy: [{ field: 'QUALIFICATION_EXPIRES_ON', direction: 'ASC' }] }, 'QA_MANAGER');
    const codes = res.suppliers!.edges.map((e) => e.node.code);
    expect(codes.indexOf('SUP-OWN')).toBeLessThan(codes.indexOf('SUP-UPD'));
  });
});
