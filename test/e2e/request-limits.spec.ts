import WebSocket from 'ws';
import { LIMITS, type LimitName } from '../../src/core/graphql/request-limits';
import { createTestServer, type TestServer } from '../support/test-server';

/**
 * The README's "Request limits" table, row by row: each limit refuses a request just over it
 * with an error naming the limit (extensions.limit) and its value (extensions.max), and lets
 * one at the limit through where that costs little.
 */
let t: TestServer;
beforeAll(async () => {
  t = await createTestServer();
});
afterAll(async () => {
  await t?.close();
});

interface Answer {
  status: number;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  data?: Record<string, unknown> | null;
}

async function post(body: string | object, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(t.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${t.token('ADMIN')}`, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, ...((await res.json()) as Omit<Answer, 'status'>) };
}

const aliases = (n: number, field: string) => Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ');
/** A query `levels` fields deep: materials > edges > node, then approvedSuppliers and material in turn. */
const deep = (levels: number) => {
  const path = ['materials(first: 1)', 'edges', 'node'];
  while (path.length < levels - 1) path.push(path.length % 2 ? 'approvedSuppliers' : 'material');
  const leaf = path[path.length - 1] === 'approvedSuppliers' ? 'id' : 'code';
  return `{ ${path.join(' { ')} { ${leaf} ${' }'.repeat(path.length)} }`;
};
const twentyFields =
  'id lotNumber supplierLotNumber materialId supplierId origin siteId quantity unit manufacturedOn expiresOn serialNumber status statusReason releasedAt releasedBy createdByName version createdAt updatedAt';
const costly = (pages: number) => ({
  query: `query($n: Int) { ${aliases(pages, 'lots(first: $n) { edges { node { ' + twentyFields + ' } } }')} }`,
  variables: { n: LIMITS.maxPageSize },
});
const nestedJson = (depth: number) => JSON.parse(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);
const createMaterial = (customFields: unknown) => ({
  query: 'mutation($i: CreateMaterialInput!) { createMaterial(input: $i) { userErrors { code } } }',
  variables: { i: { code: `JSON-${Math.random().toString(36).slice(2, 8)}`, name: 'Json', type: 'COMPONENT', unit: 'EA', customFields } },
});
const receiveLot = 'mutation($i: ReceiveLotInput!) { receiveLot(input: $i) { userErrors { code message field } } }';
const receiveInput = { materialId: 'mat_none', supplierId: 'sup_none', locationId: 'loc_none', quantity: '1', supplierLotNumber: 'S-1' };

interface Row {
  limit: LimitName;
  over: () => Promise<Answer>;
  /** HTTP status and extensions.code of the refusal. */
  status: number;
  code: string;
  /** What `data` is: null, or (a refused nullable list) the list null and nothing else answered. */
  data?: unknown;
  at?: () => Promise<Answer>;
}

const ROWS: Row[] = [
  {
    limit: 'maxPageSize',
    status: 200,
    code: 'VALIDATION_FAILED',
    data: { lots: null },
    over: () => post({ query: '{ lots(first: 1001) { totalCount } }' }),
    at: () => post({ query: '{ lots(first: 1000) { totalCount } }' }),
  },
  {
    limit: 'maxPageSize',
    status: 200,
    code: 'VALIDATION_FAILED',
    over: () => post({ query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', variables: { ids: Array.from({ length: 1001 }, (_, i) => `lot_${i}`) } }),
  },
  { limit: 'maxDepth', status: 400, code: 'GRAPHQL_VALIDATION_FAILED', over: () => post({ query: deep(13) }), at: () => post({ query: deep(12) }) },
  {
    limit: 'maxAliases',
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    over: () => post({ query: `{ ${aliases(31, 'apiInfo { name }')} }` }),
    at: () => post({ query: `{ ${aliases(30, 'apiInfo { name }')} }` }),
  },
  {
    limit: 'maxDirectives',
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    over: () => post({ query: `{ ${aliases(21, '__typename @include(if: true)')} }` }),
    at: () => post({ query: `{ ${aliases(20, '__typename @include(if: true)')} }` }),
  },
  { limit: 'maxTokens', status: 400, code: 'GRAPHQL_PARSE_FAILED', over: () => post({ query: `{ ${Array(5000).fill('__typename').join(' ')} }` }) },
  { limit: 'maxCost', status: 400, code: 'GRAPHQL_VALIDATION_FAILED', over: () => post(costly(4)), at: () => post(costly(3)) },
  { limit: 'maxBodyBytes', status: 413, code: 'BAD_REQUEST', over: () => post({ query: `{ __typename } # ${'x'.repeat(LIMITS.maxBodyBytes)}` }) },
  {
    limit: 'maxTextLength',
    status: 400,
    code: 'BAD_USER_INPUT',
    over: () => post({ query: 'query($n: String!) { lotByNumber(materialCode: "M", lotNumber: $n) { id } }', variables: { n: 'x'.repeat(10_001) } }),
  },
  {
    limit: 'maxFilterTextLength',
    status: 400,
    code: 'BAD_USER_INPUT',
    over: () => post({ query: 'query($s: String) { materials(filter: { search: $s }) { totalCount } }', variables: { s: 'x'.repeat(257) } }),
    at: () => post({ query: 'query($s: String) { materials(filter: { search: $s }) { totalCount } }', variables: { s: 'x'.repeat(256) } }),
  },
  { limit: 'maxJsonDepth', status: 400, code: 'BAD_USER_INPUT', over: () => post(createMaterial(nestedJson(17))) },
  { limit: 'maxJsonCharacters', status: 400, code: 'BAD_USER_INPUT', over: () => post(createMaterial(Object.fromEntries(Array.from({ length: 700 }, (_, i) => [`k${i}`, 'v'.repeat(100)])))) },
];

describe('every request limit refuses with an error naming it', () => {
  it.each(ROWS.map((row) => [row.limit, row] as const))('%s', async (limit, row) => {
    const over = await row.over();
    expect({ status: over.status, data: over.data ?? null }).toEqual({ status: row.status, data: row.data ?? null });
    expect(over.errors?.[0]).toMatchObject({ extensions: { code: row.code, limit, max: LIMITS[limit] } });
    expect(over.errors?.[0]?.message).toContain(String(LIMITS[limit]));
    expect(over.errors?.[0]?.message).toContain(limit);
    if (row.at) expect((await row.at()).errors).toBeUndefined();
  });

  it('maxIdempotencyKeyLength: a longer key is a userError naming the limit, and changes nothing', async () => {
    const res = await post({ query: receiveLot, variables: { i: receiveInput } }, { 'idempotency-key': 'k'.repeat(LIMITS.maxIdempotencyKeyLength + 1) });
    const payload = res.data?.receiveLot as { userErrors: { code: string; message: string; field: string[] }[] };
    expect(payload.userErrors).toEqual([{ code: 'VALIDATION_FAILED', message: expect.stringContaining('maxIdempotencyKeyLength'), field: ['input', 'idempotencyKey'] }]);
    expect(payload.userErrors[0].message).toContain(String(LIMITS.maxIdempotencyKeyLength));
  });

  it('subscriptionsPerConnection: one subscription too many on a socket is refused naming the limit', async () => {
    const ws = t.ws({ authorization: `Bearer ${t.token('AUDITOR')}` });
    const base = t.subscriberCount;
    const stops = Array.from({ length: LIMITS.subscriptionsPerConnection }, () =>
      ws.subscribe({ query: 'subscription { materialChanged(filter: { ids: ["nope"] }) { eventId } }' }, { next: () => undefined, error: () => undefined, complete: () => undefined }),
    );
    await t.subscribers(base + LIMITS.subscriptionsPerConnection);
    const refusal = await new Promise<{ extensions?: Record<string, unknown> }[]>((resolve) => {
      ws.subscribe(
        { query: 'subscription { materialChanged { eventId } }' },
        {
          next: () => undefined,
          error: (errors) => resolve(errors as { extensions?: Record<string, unknown> }[]),
          complete: () => resolve([]),
        },
      );
    });
    expect(refusal[0]?.extensions).toMatchObject({ code: 'TOO_MANY_SUBSCRIPTIONS', limit: 'subscriptionsPerConnection', max: LIMITS.subscriptionsPerConnection });
    stops.forEach((stop) => stop());
  });

  it('maxWebSocketMessageBytes: a larger WebSocket message closes the socket with 1009 (Message Too Big)', async () => {
    const socket = new WebSocket(t.url.replace('http://', 'ws://'), 'graphql-transport-ws');
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    socket.send(JSON.stringify({ type: 'connection_init', payload: { pad: 'x'.repeat(LIMITS.maxWebSocketMessageBytes) } }));
    expect(await closed).toBe(1009);
  });
});
