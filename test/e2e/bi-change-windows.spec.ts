import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, isInputObjectType, type GraphQLField } from 'graphql';
import { createTestServer, type TestServer } from '../support/test-server';
import { seedRoleMatrix } from '../support/role-matrix-seed';
import { equipmentSetup, inOpenTransaction } from '../support/equipment-fixtures';
import { receivingSetup, receive } from '../support/lot-fixtures';
import { OpenMaintenanceOrderDocument, RecordCalibrationDocument } from '../generated/graphql';

const schema = buildSchema(readFileSync(path.join(__dirname, '../../schema/schema.graphql'), 'utf8'));
/** Every root list: a Query field returning a connection. */
const LISTS = Object.values(schema.getQueryType()!.getFields()).filter((f) => getNamedType(f.type).name.endsWith('Connection'));
/** Lists the seed below leaves empty (creating webhooks belongs to their own specs). */
const EMPTY = new Set(['webhooks', 'webhookDeliveries']);

const PAST = '2000-01-01T00:00:00.000Z';
const future = () => new Date(Date.now() + 86_400_000).toISOString();

let t: TestServer;
let webhookId = 'whk_none';
beforeAll(async () => {
  t = await createTestServer();
  await seedRoleMatrix(t);
  const eq = await equipmentSetup(t, 'BIW');
  const caliper = await eq.register('BIW-CAL-1');
  expect((await t.ok(RecordCalibrationDocument, { input: eq.calibration(caliper.id, 'PASS') }, 'MAINTENANCE')).recordCalibration.userErrors).toEqual([]);
  const opened = await t.ok(OpenMaintenanceOrderDocument, { input: { equipmentId: caliper.id, kind: 'PREVENTIVE', description: 'Clean jaws' } }, 'MAINTENANCE');
  expect(opened.openMaintenanceOrder.userErrors).toEqual([]);
});
afterAll(async () => {
  await t?.close();
});

function countQuery(list: GraphQLField<unknown, unknown>, filter: object | null): string {
  const extra = list.args.some((a) => a.name === 'webhookId') ? `, webhookId: ${JSON.stringify(webhookId)}` : '';
  const literal = filter ? `, filter: ${JSON.stringify(filter).replace(/"(\w+)":/g, '$1:')}` : '';
  return `{ ${list.name}(first: 1000${literal}${extra}) { totalCount } }`;
}

async function count(list: GraphQLField<unknown, unknown>, filter: object | null): Promise<number> {
  const res = await t.gql<Record<string, { totalCount: number }>, object>(countQuery(list, filter));
  if (res.errors?.length) throw new Error(`${list.name}: ${JSON.stringify(res.errors)}`);
  return res.data![list.name].totalCount;
}

describe('createdAt/updatedAt windows on every list', () => {
  it('gives every root list a filter with createdAt and updatedAt windows', () => {
    expect(LISTS.length).toBeGreaterThanOrEqual(25);
    for (const list of LISTS) {
      const filter = list.args.find((a) => a.name === 'filter');
      const type = filter && getNamedType(filter.type);
      expect({ list: list.name, fields: type && isInputObjectType(type) ? Object.keys(type.getFields()).filter((f) => f.endsWith('At')) : [] }).toEqual({
        list: list.name,
        fields: expect.arrayContaining(['createdAt', 'updatedAt']),
      });
    }
  });

  it.each(LISTS.filter((l) => !EMPTY.has(l.name)).map((l) => [l.name, l] as const))('%s: a window excludes the records outside it and keeps those inside', async (_name, list) => {
    const all = await count(list, null);
    expect(all).toBeGreaterThan(0);
    const to = future();
    expect(await count(list, { createdAt: { from: to } })).toBe(0);
    expect(await count(list, { updatedAt: { from: to } })).toBe(0);
    expect(await count(list, { createdAt: { to: PAST } })).toBe(0);
    expect(await count(list, { updatedAt: { to: PAST } })).toBe(0);
    expect(await count(list, { createdAt: { from: PAST, to }, updatedAt: { from: PAST, to } })).toBe(all);
  });

  it('accepts the windows on the lists this seed leaves empty', async () => {
    for (const list of LISTS.filter((l) => l.name === 'webhooks')) expect(await count(list, { createdAt: { from: PAST }, updatedAt: { to: future() } })).toBe(0);
  });

  it('refuses a window whose from is not before its to', async () => {
    const res = await t.gql(`{ lots(filter: { updatedAt: { from: "2026-01-02T00:00:00Z", to: "2026-01-01T00:00:00Z" } }) { totalCount } }`);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'filter.updatedAt' });
  });
});

type LotPage = { lots: { edges: { node: { id: string; lotNumber: string; version: number } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
const CHANGED = `query Changed($since: DateTime!, $after: String, $first: Int) {
  lots(first: $first, after: $after, filter: { updatedAt: { from: $since } }) { edges { node { id lotNumber version } } pageInfo { hasNextPage endCursor } }
}`;

async function pull(since: string, first = 1000): Promise<string[]> {
  const numbers: string[] = [];
  let after: string | null = null;
  for (;;) {
    const res: Awaited<ReturnType<typeof t.gql<LotPage, object>>> = await t.gql<LotPage, object>(CHANGED, { since, after, first }, 'BI_READER');
    if (res.errors?.length) throw new Error(JSON.stringify(res.errors));
    numbers.push(...res.data!.lots.edges.map((e) => e.node.lotNumber));
    if (!res.data!.lots.pageInfo.hasNextPage) return numbers;
    after = res.data!.lots.pageInfo.endCursor;
  }
}

/** A lot of the setup's material, received through the API. */
const lotOf = (r: Awaited<ReturnType<typeof receivingSetup>>, supplierLotNumber: string) =>
  receive(t, { materialId: r.material.id, supplierId: r.supplier.id, supplierLotNumber, quantity: '10', locationId: r.locationId });

const watermark = async () => (await t.gql<{ changeWatermark: string }, object>('{ changeWatermark }', {}, 'BI_READER')).data!.changeWatermark;

describe('what changed since the last pull', () => {
  it('answers only the records changed since the watermark, and refuses anonymous callers the watermark', async () => {
    const r = await receivingSetup(t, 'BIP');
    const old = await lotOf(r, 'OLD-1');
    const mark = await watermark();
    const fresh = await lotOf(r, 'NEW-1');
    expect(await pull(mark)).toEqual([fresh.lotNumber]);
    expect(old.lotNumber).not.toBe(fresh.lotNumber);
    const anonymous = await t.gql('{ changeWatermark }', {}, null);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('misses no change committed after the pull began by a transaction that started before it', async () => {
    const r = await receivingSetup(t, 'BIS');
    const slow = await lotOf(r, 'SLOW-1');
    await new Promise((resolve) => setTimeout(resolve, 20));
    let nextMark = '';
    await inOpenTransaction(t, async (db, commit) => {
      // A mutation caught half-way: its updatedAt is its transaction's start, before this pull.
      await db.query('UPDATE lot SET version = version + 1, updated_at = now() WHERE lot_number = $1', [slow.lotNumber]);
      nextMark = await watermark();
      const seen = await pull(nextMark);
      expect(seen).not.toContain(slow.lotNumber);
      await commit();
    });
    // The latest updatedAt the pull saw would be no safe start: the watermark is.
    expect(await pull(nextMark)).toContain(slow.lotNumber);
  });

  it('pages 1000 at a time with as many statements as a page of 10', async () => {
    const r = await receivingSetup(t, 'BIK');
    for (let i = 0; i < 12; i++) await lotOf(r, `K-${i}`);
    const page = (first: number) =>
      t.gql(`{ lots(first: ${first}) { totalCount edges { node { id lotNumber status customFields createdAt updatedAt material { code } supplier { code } site { code } } } } }`, {}, 'BI_READER');
    const small = await page(10);
    const large = await page(1000);
    expect(large.errors).toBeUndefined();
    expect((large.data as { lots: { edges: unknown[] } }).lots.edges.length).toBeGreaterThan(10);
    expect(small.extensions?.sqlStatements).toBeGreaterThan(0);
    expect(large.extensions?.sqlStatements).toBe(small.extensions?.sqlStatements);
    const paged = await pull(PAST, 5);
    expect(new Set(paged).size).toBe(paged.length);
    expect(paged.sort()).toEqual((await pull(PAST, 1000)).sort());
  });
});
