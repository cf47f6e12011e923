import { createTestServer, type TestServer } from '../support/test-server';
import { CreateMaterialDocument, MaterialCodesDocument, MaterialsDocument, SetMaterialStatusDocument, UpdateMaterialDocument, type CreateMaterialInput } from '../generated/graphql';

let t: TestServer;
beforeAll(async () => {
  t = await createTestServer();
});
afterAll(async () => {
  await t?.close();
});

const base = (code: string, extra: Partial<CreateMaterialInput> = {}): CreateMaterialInput => ({
  code,
  name: `Material ${code}`,
  type: 'COMPONENT',
  unit: 'EA',
  ...extra,
});

async function create(code: string, extra: Partial<CreateMaterialInput> = {}) {
  const data = await t.ok(CreateMaterialDocument, { input: base(code, extra) }, 'QA_MANAGER');
  expect(data.createMaterial.userErrors).toEqual([]);
  return data.createMaterial.material!;
}

/** Rows that any write would add: the record, its audit entries and its outbox events. */
async function countMaterials(): Promise<string> {
  const [row] = await t.sql<{ m: number; a: number; o: number }>(
    'SELECT (SELECT count(*)::int FROM material) AS m, (SELECT count(*)::int FROM audit_entry) AS a, (SELECT count(*)::int FROM outbox_event) AS o',
  );
  return JSON.stringify(row);
}

describe('createMaterial', () => {
  it('creates a DRAFT material at version 1, with its GTIN normalised to GTIN-14', async () => {
    const m = await create('MAT-GTIN', { gtin: '4012345678901', deviceClass: 'CLASS_IIB', shelfLifeDays: 365 });
    expect(m).toMatchObject({ code: 'MAT-GTIN', status: 'DRAFT', version: 1, gtin: '04012345678901', deviceClass: 'CLASS_IIB' });
    expect(m.id).toMatch(/^mat_[0-9a-f]{32}$/);
  });

  it('refuses a GTIN with a wrong check digit and changes nothing', async () => {
    const before = await countMaterials();
    const res = await t.ok(CreateMaterialDocument, { input: base('MAT-BADGTIN', { gtin: '04012345678902' }) }, 'QA_MANAGER');
    expect(res.createMaterial.material).toBeNull();
    expect(res.createMaterial.userErrors).toEqual([expect.objectContaining({ code: 'VALIDATION_FAILED', field: ['input', 'gtin'] })]);
    expect(await countMaterials()).toBe(before);
  });

  it('writes the record, one audit entry and one outbox event in the same transaction', async () => {
    const m = await create('MAT-OUTBOX');
    const events = await t.sql<{ event_type: string; payload: { kind: string } }>('SELECT event_type, payload FROM outbox_event WHERE aggregate_id = $1', [m.id]);
    expect(events).toEqual([expect.objectContaining({ event_type: 'MaterialChanged', payload: expect.objectContaining({ kind: 'CREATED' }) })]);
    expect(await t.sql('SELECT 1 FROM audit_entry WHERE entity_id = $1', [m.id])).toHaveLength(1);
  });

  it('reports every invalid field at once', async () => {
    const before = await countMaterials();
    const res = await t.ok(
      CreateMaterialDocument,
      {
        input: { code: ' ', name: '', type: 'RAW_MATERIAL', unit: 'KG', shelfLifeDays: -3 },
      },
      'QA_MANAGER',
    );
    const fields = res.createMaterial.userErrors.map((e) => e.field?.join('.'));
    expect(fields).toEqual(expect.arrayContaining(['input.code', 'input.name', 'input.shelfLifeDays']));
    expect(await countMaterials()).toBe(before);
  });

  it('refuses a duplicate code as DUPLICATE', async () => {
    await create('MAT-DUP');
    const before = await countMaterials();
    const res = await t.ok(CreateMaterialDocument, { input: base('MAT-DUP') }, 'QA_MANAGER');
    expect(res.createMaterial.userErrors[0]).toMatchObject({ code: 'DUPLICATE', field: ['input', 'code'] });
    expect(await countMaterials()).toBe(before);
  });

  it('refuses a shelf life on a material without lot control', async () => {
    const res = await t.ok(CreateMaterialDocument, { input: base('MAT-NOLOT', { lotControlled: false, shelfLifeDays: 30 }) }, 'QA_MANAGER');
    expect(res.createMaterial.userErrors[0]).toMatchObject({ code: 'VALIDATION_FAILED', field: ['input', 'shelfLifeDays'] });
  });

  it('is refused for roles that may only read materials, and for anonymous callers', async () => {
    for (const role of ['SALES', 'WAREHOUSE', 'AUDITOR', 'BI_READER', 'INTEGRATION'] as const) {
      const res = await t.gql(CreateMaterialDocument, { input: base(`MAT-${role}`) }, role);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const anon = await t.gql(CreateMaterialDocument, { input: base('MAT-ANON') }, null);
    expect(anon.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const [{ n }] = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM material WHERE code LIKE 'MAT-%' AND code NOT IN ('MAT-GTIN','MAT-DUP','MAT-OUTBOX')`);
    expect(n).toBe(0);
  });
});

describe('updateMaterial', () => {
  it('changes the given fields, bumps the version and audits old and new values with the reason', async () => {
    const m = await create('MAT-UPD', { name: 'Old name' });
    const res = await t.ok(UpdateMaterialDocument, { input: { id: m.id, expectedVersion: 1, name: 'New name', reason: 'Typo in name' } }, 'QA_MANAGER');
    expect(res.updateMaterial.userErrors).toEqual([]);
    expect(res.updateMaterial.material).toMatchObject({ name: 'New name', version: 2 });
    const audit = await t.sql<{ action: string; changes: unknown; reason: string; actor_id: string }>(`SELECT action, changes, reason, actor_id FROM audit_entry WHERE entity_id = $1 ORDER BY seq`, [
      m.id,
    ]);
    expect(audit.map((a) => a.action)).toEqual(['CREATE', 'UPDATE']);
    expect(audit[1]).toMatchObject({ reason: 'Typo in name', actor_id: 'test-qa_manager', changes: [{ field: 'name', old: 'Old name', new: 'New name' }] });
  });

  it('writes nothing for an edit that changes nothing: same version, no audit entry, no event; a stale version is still refused', async () => {
    const m = await create('MAT-NOOP', { name: 'Same name' });
    const same = await t.ok(UpdateMaterialDocument, { input: { id: m.id, expectedVersion: 1, name: 'Same name', reason: 'Re-saved form' } }, 'QA_MANAGER');
    expect(same.updateMaterial).toMatchObject({ userErrors: [], material: { name: 'Same name', version: 1 } });
    expect((await t.sql(`SELECT action FROM audit_entry WHERE entity_id = $1`, [m.id])).map((a) => a.action)).toEqual(['CREATE']);
    expect(await t.sql(`SELECT 1 FROM outbox_event WHERE aggregate_id = $1 AND payload->>'kind' = 'UPDATED'`, [m.id])).toEqual([]);
    const stale = await t.ok(UpdateMaterialDocument, { input: { id: m.id, expectedVersion: 7, name: 'Same name', reason: 'r' } }, 'QA_MANAGER');
    expect(stale.updateMaterial.userErrors[0]).toMatchObject({ code: 'VERSION_CONFLICT' });
  });

  it('audits every version it writes, also when the stored form hides the difference ("10" is stored as "10.000000")', async () => {
    const m = await create('MAT-NORM');
    const edit = (expectedVersion: number, reorderPoint: string) =>
      t.gql(
        `mutation($input: UpdateMaterialInput!) { updateMaterial(input: $input) { material { version } userErrors { code } } }`,
        { input: { id: m.id, expectedVersion, reorderPoint, reason: 'Min stock' } },
        'QA_MANAGER',
      );
    await edit(1, '10');
    await edit(2, '10.0');
    const [
      {
        node: { version },
      },
    ] = (await t.ok(MaterialsDocument, { first: 1, filter: { ids: [m.id] } }, 'QA_MANAGER')).materials!.edges;
    const updates = await t.sql(`SELECT 1 FROM audit_entry WHERE entity_id = $1 AND action = 'UPDATE'`, [m.id]);
    expect(updates).toHaveLength(version - 1);
  });

  it('refuses a stale expectedVersion with VERSION_CONFLICT and changes nothing', async () => {
    const m = await create('MAT-VER');
    await t.ok(UpdateMaterialDocument, { input: { id: m.id, expectedVersion: 1, name: 'First writer', reason: 'r' } }, 'QA_MANAGER');
    const res = await t.ok(UpdateMaterialDocument, { input: { id: m.id, expectedVersion: 1, name: 'Second writer', reason: 'r' } }, 'QA_MANAGER');
    expect(res.updateMaterial.userErrors[0]).toMatchObject({ code: 'VERSION_CONFLICT', field: ['input', 'expectedVersion'] });
    const [row] = await t.sql<{ name: string; version: number }>('SELECT name, version FROM material WHERE id = $1', [m.id]);
    expect(row).toEqual({ name: 'First writer', version: 2 });
    const [{ n }] = await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM audit_entry WHERE entity_id = $1', [m.id]);
    expect(n).toBe(2);
  });

  it('lets exactly one of two concurrent writers at the same version win', async () => {
    const m = await create('MAT-RACE');
    const results = await Promise.all(['A', 'B', 'C'].map((w) => t.ok(UpdateMaterialDocument, { input: { id: m.id, expectedVersion: 1, name: `Writer ${w}`, reason: 'race' } }, 'QA_MANAGER')));
    const winners = results.filter((r) => r.updateMaterial.userErrors.length === 0);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => r.updateMaterial.userErrors[0]?.code === 'VERSION_CONFLICT')).toHaveLength(2);
  });

  it('requires a reason and returns NOT_FOUND for an unknown id', async () => {
    const m = await create('MAT-REASON');
    const noReason = await t.ok(UpdateMaterialDocument, { input: { id: m.id, expectedVersion: 1, name: 'x', reason: '  ' } }, 'QA_MANAGER');
    expect(noReason.updateMaterial.userErrors[0]).toMatchObject({ code: 'VALIDATION_FAILED', field: ['input', 'reason'] });
    const missing = await t.ok(UpdateMaterialDocument, { input: { id: 'mat_nope', expectedVersion: 1, name: 'x', reason: 'r' } }, 'QA_MANAGER');
    expect(missing.updateMaterial.userErrors[0]).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('setMaterialStatus', () => {
  it('follows DRAFT -> ACTIVE -> OBSOLETE and refuses going back', async () => {
    const m = await create('MAT-LIFE');
    const act = await t.ok(SetMaterialStatusDocument, { input: { id: m.id, expectedVersion: 1, status: 'ACTIVE', reason: 'Design transfer done' } }, 'QA_MANAGER');
    expect(act.setMaterialStatus.material).toMatchObject({ status: 'ACTIVE', version: 2 });
    const back = await t.ok(SetMaterialStatusDocument, { input: { id: m.id, expectedVersion: 2, status: 'DRAFT', reason: 'oops' } }, 'QA_MANAGER');
    expect(back.setMaterialStatus.userErrors[0]).toMatchObject({ code: 'INVALID_TRANSITION' });
    const obs = await t.ok(SetMaterialStatusDocument, { input: { id: m.id, expectedVersion: 2, status: 'OBSOLETE', reason: 'Replaced by rev D' } }, 'QA_MANAGER');
    expect(obs.setMaterialStatus.material).toMatchObject({ status: 'OBSOLETE', version: 3 });
    const edit = await t.ok(UpdateMaterialDocument, { input: { id: m.id, expectedVersion: 3, name: 'x', reason: 'r' } }, 'QA_MANAGER');
    expect(edit.updateMaterial.userErrors[0]).toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});

describe('materials query', () => {
  const codes = Array.from({ length: 25 }, (_, i) => `PAGE-${String(i).padStart(3, '0')}`);
  beforeAll(async () => {
    for (const code of codes) await create(code, { type: code.endsWith('7') ? 'RAW_MATERIAL' : 'COMPONENT' });
  });

  it('pages forward and backward with cursors, without gaps or repeats', async () => {
    const filter = { codePrefix: 'PAGE-' };
    const seen: string[] = [];
    let after: string | null | undefined;
    for (;;) {
      const page = await t.ok(MaterialCodesDocument, { first: 10, after, filter }, 'AUDITOR');
      seen.push(...page.materials!.edges.map((e) => e.node.code));
      if (!page.materials!.pageInfo.hasNextPage) break;
      after = page.materials!.pageInfo.endCursor;
    }
    expect(seen).toEqual(codes);
    const back: string[] = [];
    let before: string | null | undefined;
    for (;;) {
      const page = await t.ok(MaterialCodesDocument, { last: 7, before, filter }, 'AUDITOR');
      back.unshift(...page.materials!.edges.map((e) => e.node.code));
      if (!page.materials!.pageInfo.hasPreviousPage) break;
      before = page.materials!.pageInfo.startCursor;
    }
    expect(back).toEqual(codes);
  });

  it('orders descending by name and filters by type, with a matching totalCount', async () => {
    const res = await t.ok(
      MaterialsDocument,
      {
        first: 3,
        filter: { codePrefix: 'PAGE-', type: ['RAW_MATERIAL'] },
        orderBy: [{ field: 'NAME', direction: 'DESC' }],
      },
      'AUDITOR',
    );
    expect(res.materials!.totalCount).toBe(2);
    expect(res.materials!.edges.map((e) => e.node.code)).toEqual(['PAGE-017', 'PAGE-007']);
    expect(res.materials!.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses page sizes above 1000 (maxPageSize) and foreign cursors as VALIDATION_FAILED', async () => {
    const big = await t.gql(MaterialCodesDocument, { first: 1001 }, 'AUDITOR');
    expect(big.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    const bad = await t.gql(MaterialCodesDocument, { first: 5, after: 'bm90LWEtY3Vyc29y' }, 'AUDITOR');
    expect(bad.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
  });

  it('treats LIKE wildcards in filters literally', async () => {
    const res = await t.ok(MaterialsDocument, { first: 5, filter: { search: '%' } }, 'AUDITOR');
    expect(res.materials!.totalCount).toBe(0);
  });

  it('is FORBIDDEN for callers who may not read materials, and empty for a SUPPLIER that is the source of none', async () => {
    const anon = await t.gql(MaterialsDocument, { first: 1 }, null);
    expect(anon.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([['materials', 'FORBIDDEN']]);
    const noSupplierId = await t.gql(MaterialsDocument, { first: 1 }, { roles: ['SUPPLIER'] });
    expect(noSupplierId.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([['materials', 'FORBIDDEN']]);
    const supplier = await t.gql(MaterialsDocument, { first: 1 }, { roles: ['SUPPLIER'], supplierId: 'sup_x' });
    expect(supplier.errors).toBeUndefined();
    expect(supplier.data?.materials?.totalCount).toBe(0);
  });
});

describe('ordering by time', () => {
  it('pages by CREATED_AT without repeating or skipping rows created within the same millisecond', async () => {
    await Promise.all(Array.from({ length: 12 }, (_, i) => create(`TIME-${String(i).padStart(2, '0')}`)));
    const filter = { codePrefix: 'TIME-' };
    const orderBy = [{ field: 'CREATED_AT' as const, direction: 'ASC' as const }];
    const seen: string[] = [];
    let after: string | null | undefined;
    for (let page = 0; page < 20; page++) {
      const res = await t.ok(MaterialCodesDocument, { first: 5, after, filter, orderBy }, 'AUDITOR');
      seen.push(...res.materials!.edges.map((e) => e.node.code));
      if (!res.materials!.pageInfo.hasNextPage) break;
      after = res.materials!.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(12);
    expect(new Set(seen).size).toBe(12);
  });
});
