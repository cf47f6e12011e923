import { createTestServer, subscribe, type TestServer } from '../support/test-server';
import { receive, receivingSetup } from '../support/lot-fixtures';
import { whileInsertsFail } from '../support/fault-injection';
import { AdjustStockDocument, CreateMaterialDocument, MaterialsDocument, MoveStockDocument } from '../generated/graphql';

let t: TestServer;
beforeAll(async () => {
  t = await createTestServer();
});
afterAll(async () => {
  await t?.close();
});

interface RawAnswer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

/** POSTs a raw body (already JSON text, or bytes) as ADMIN: hostile clients do not go through JSON.stringify. */
async function postRaw(body: string | Uint8Array, headers: Record<string, string> = {}): Promise<RawAnswer> {
  const res = await fetch(t.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${t.token('ADMIN')}`, ...headers },
    body,
  });
  return { status: res.status, body: (await res.json()) as RawAnswer['body'] };
}

const auditCount = async () => Number((await t.sql<{ n: string }>('SELECT count(*) AS n FROM audit_entry'))[0].n);
const materialCount = async () => Number((await t.sql<{ n: string }>('SELECT count(*) AS n FROM material'))[0].n);

const CREATE = 'mutation($input: CreateMaterialInput!) { createMaterial(input: $input) { material { id } userErrors { code field } } }';
const materialInput = (code: string, extra: Record<string, unknown> = {}) => ({ code, name: `Material ${code}`, type: 'COMPONENT', unit: 'EA', ...extra });

/** Expects a refusal as BAD_USER_INPUT (no data executed) and that nothing was written. */
async function expectRefusedWritingNothing(send: () => Promise<RawAnswer>): Promise<void> {
  const [audits, materials] = [await auditCount(), await materialCount()];
  const res = await send();
  expect(res.body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  expect(res.status).toBe(400);
  expect(JSON.stringify(res.body)).not.toMatch(/invalid byte sequence|unsupported Unicode|syntax for type|out of range|stack size/i);
  expect(await auditCount()).toBe(audits);
  expect(await materialCount()).toBe(materials);
}

describe('text that PostgreSQL cannot store is refused before execution', () => {
  it('refuses a NUL character in a mutation string, sent as a variable or inline', async () => {
    await expectRefusedWritingNothing(() => postRaw(JSON.stringify({ query: CREATE, variables: { input: materialInput('NUL-1', { name: 'A\u0000B' }) } })));
    await expectRefusedWritingNothing(() =>
      postRaw(
        JSON.stringify({
          query: 'mutation { createMaterial(input: { code: "NUL-2", name: "A\\u0000B", type: COMPONENT, unit: "EA" }) { userErrors { code } } }',
        }),
      ),
    );
  });

  it('refuses a lone surrogate in a mutation string, a search string and a JSON key', async () => {
    await expectRefusedWritingNothing(() => postRaw(`{"query": ${JSON.stringify(CREATE)}, "variables": {"input": {"code": "SUR-1", "name": "A\\ud800B", "type": "COMPONENT", "unit": "EA"}}}`));
    await expectRefusedWritingNothing(() => postRaw(`{"query": "query($s: String) { materials(filter: { search: $s }) { totalCount } }", "variables": {"s": "x\\udc00"}}`));
    await expectRefusedWritingNothing(() =>
      postRaw(`{"query": ${JSON.stringify(CREATE)}, "variables": {"input": {"code": "SUR-3", "name": "A", "type": "COMPONENT", "unit": "EA", "customFields": {"\\udfff": 1}}}}`),
    );
  });

  it('refuses the same text in a subscription over WebSocket, before it subscribes', async () => {
    const sub = subscribe(t.ws({ authorization: `Bearer ${t.token('ADMIN')}` }), 'subscription($ids: [ID!]) { lotStatusChanged(filter: { lotIds: $ids }) { status } }', { ids: ['lot_\u0000'] });
    await sub.waitUntil(() => false, 2000);
    expect(sub.done).toBe(true);
    expect(JSON.stringify(sub.errors)).toContain('BAD_USER_INPUT');
  });

  it('refuses a NUL character in a search string', async () => {
    await expectRefusedWritingNothing(() => postRaw(JSON.stringify({ query: '{ materials(filter: { search: "a\\u0000" }) { totalCount } }' })));
  });

  it('refuses a body that is not valid UTF-8 instead of storing replacement characters', async () => {
    const before = Buffer.from(JSON.stringify({ query: CREATE, variables: { input: materialInput('UTF-1', { name: 'A#B' }) } }));
    const bytes = Buffer.from(before.toString('latin1').replace('A#B', 'A\u00ffB'), 'latin1');
    await expectRefusedWritingNothing(() => postRaw(new Uint8Array(bytes)));
    expect(await t.sql(`SELECT 1 FROM material WHERE code = 'UTF-1'`)).toHaveLength(0);
  });

  it('accepts and round-trips Chinese text and emoji (valid surrogate pairs), also in a search', async () => {
    const created = await t.ok(CreateMaterialDocument, { input: materialInput('CN-1', { name: '导管 9 Fr 🩺 𠀀' }) as never });
    expect(created.createMaterial.material?.name).toBe('导管 9 Fr 🩺 𠀀');
    const found = await t.ok(MaterialsDocument, { first: 5, filter: { search: '🩺 𠀀' } });
    expect(found.materials!.edges.map((e) => e.node.code)).toEqual(['CN-1']);
  });
});

describe('lengths and nesting are bounded', () => {
  it('refuses a 900 KB search string, and any search or filter string longer than 256 characters', async () => {
    const search = 'query($s: String) { materials(filter: { search: $s }) { totalCount } }';
    await expectRefusedWritingNothing(() => postRaw(JSON.stringify({ query: search, variables: { s: 'x'.repeat(900_000) } })));
    await expectRefusedWritingNothing(() => postRaw(JSON.stringify({ query: search, variables: { s: 'x'.repeat(257) } })));
    await expectRefusedWritingNothing(() => postRaw(JSON.stringify({ query: `{ materials(filter: { codePrefix: "${'x'.repeat(257)}" }) { totalCount } }` })));
    expect((await postRaw(JSON.stringify({ query: search, variables: { s: 'x'.repeat(256) } }))).body.errors).toBeUndefined();
    // Outside a filter, the field's own limit applies: a 300-character description is a description.
    const created = await t.ok(CreateMaterialDocument, { input: materialInput('LONG-1', { description: 'd'.repeat(300) }) as never });
    expect(created.createMaterial.userErrors).toEqual([]);
  });

  it('refuses any argument string longer than 10,000 characters', async () => {
    await expectRefusedWritingNothing(() => postRaw(JSON.stringify({ query: CREATE, variables: { input: materialInput('LONG-2', { description: 'd'.repeat(10_001) }) } })));
  });

  it('refuses customFields larger than 64 KiB of JSON', async () => {
    const wide = Object.fromEntries(Array.from({ length: 700 }, (_, i) => [`k${i}`, 'v'.repeat(100)]));
    await expectRefusedWritingNothing(() => postRaw(JSON.stringify({ query: CREATE, variables: { input: materialInput('WIDE-1', { customFields: wide }) } })));
  });

  it('refuses customFields nested 2,000 and 5,000 deep, writing nothing to the audit chain', async () => {
    for (const depth of [2000, 5000]) {
      const nested = `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
      await expectRefusedWritingNothing(() =>
        postRaw(`{"query": ${JSON.stringify(CREATE)}, "variables": {"input": {"code": "DEEP-${depth}", "name": "Deep", "type": "COMPONENT", "unit": "EA", "customFields": ${nested}}}}`),
      );
    }
  });
});

describe('cursors', () => {
  const encode = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');

  it('refuses a forged cursor whose values do not have the types of the ordering keys', async () => {
    const query = 'query($after: String) { materials(first: 5, after: $after, orderBy: [{ field: CREATED_AT, direction: ASC }]) { totalCount } }';
    for (const after of [encode(['not a time', 'mat_x']), encode([12, 'mat_x']), encode(['2026-02-30T00:00:00.000Z', 'mat_x']), encode(['2026-01-01T00:00:00.000Z', 'mat_\u0000'])]) {
      const res = await postRaw(JSON.stringify({ query, variables: { after } }));
      expect(res.body.errors?.map((e) => e.extensions?.code)).toEqual(['VALIDATION_FAILED']);
    }
  });
});

describe('decimals', () => {
  it('refuses a movement that would take a balance beyond the largest storable quantity, writing nothing', async () => {
    const largest = '99999999999999.999999';
    const setup = await receivingSetup(t, 'BIG');
    const lot = await receive(t, { materialId: setup.material.id, supplierId: setup.supplier.id, supplierLotNumber: 'BIG-1', quantity: largest, locationId: setup.locationId });
    const counted = await t.ok(AdjustStockDocument, { input: { lotId: lot.id, locationId: setup.otherLocationId, countedQuantity: '1', reason: 'Found one' } }, 'WAREHOUSE');
    expect(counted.adjustStock.userErrors).toEqual([]);
    const audits = await auditCount();
    const move = await t.ok(MoveStockDocument, { input: { lotId: lot.id, fromLocationId: setup.locationId, toLocationId: setup.otherLocationId, quantity: largest } }, 'WAREHOUSE');
    expect(move.moveStock.userErrors.map((e) => e.code)).toEqual(['VALIDATION_FAILED']);
    expect(await auditCount()).toBe(audits);
    const balances = await t.sql<{ q: string }>('SELECT quantity::text AS q FROM stock_balance WHERE lot_id = $1 ORDER BY location_id = $2', [lot.id, setup.locationId]);
    expect(balances.map((b) => Number(b.q))).toEqual([1, Number(largest)]);
  });
});

describe('unexpected failures', () => {
  it("answers a database failure as INTERNAL_SERVER_ERROR without PostgreSQL's words", async () => {
    const failed = await whileInsertsFail(t, 'material', () => postRaw(JSON.stringify({ query: CREATE, variables: { input: materialInput('FAIL-1') } })));
    expect(failed.body.errors?.map((e) => e.extensions?.code)).toEqual(['INTERNAL_SERVER_ERROR']);
    expect(failed.body.errors?.[0].message).toBe('Internal server error');
    expect(await t.sql(`SELECT 1 FROM material WHERE code = 'FAIL-1'`)).toHaveLength(0);
  });
});
