import { createTestServer, type TestServer } from '../support/test-server';

let t: TestServer;
beforeAll(async () => {
  t = await createTestServer();
});
afterAll(async () => {
  await t?.close();
});

async function post(body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(t.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${t.token('ADMIN')}`, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, type: res.headers.get('content-type'), body: (await res.json()) as { errors?: { message: string; extensions?: Record<string, unknown> }[]; data?: unknown } };
}

describe('GraphQL over HTTP', () => {
  it('answers with application/graphql-response+json when the client accepts it', async () => {
    const res = await post({ query: '{ apiInfo { name } }' });
    expect(res.status).toBe(200);
    expect(res.type).toContain('application/graphql-response+json');
  });

  it('serves queries over GET but refuses mutations over GET with 405', async () => {
    const q = await fetch(`${t.url}?query=${encodeURIComponent('{ apiInfo { name } }')}`);
    expect(q.status).toBe(200);
    const m = await fetch(`${t.url}?query=${encodeURIComponent('mutation { createMaterial(input: {code:"G", name:"G", type: RAW_MATERIAL, unit:"EA"}) { userErrors { code } } }')}`, {
      headers: { authorization: `Bearer ${t.token('ADMIN')}` },
    });
    expect(m.status).toBe(405);
    expect(await t.sql(`SELECT 1 FROM material WHERE code = 'G'`)).toHaveLength(0);
  });

  it('answers a syntax error with 400', async () => {
    const res = await post({ query: '{ apiInfo { name ' });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('refuses batched requests', async () => {
    const res = await post([{ query: '{ apiInfo { name } }' }, { query: '{ apiInfo { name } }' }]);
    expect(res.status).toBe(400);
  });

  it('refuses a malformed JSON body with a JSON error, and an oversized body with 413', async () => {
    const bad = await post('{"query": ');
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    const huge = await post({ query: `{ apiInfo { name } } # ${'x'.repeat(1_100_000)}` });
    expect(huge.status).toBe(413);
  });

  it('echoes a safe X-Request-Id and makes one up otherwise', async () => {
    const res = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'abc-123' }, body: '{"query":"{ apiInfo { name } }"}' });
    expect(res.headers.get('x-request-id')).toBe('abc-123');
    const other = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'bad id\twith junk' }, body: '{"query":"{ apiInfo { name } }"}' });
    expect(other.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers with no ETag: every answer is per caller and never cached', async () => {
    const res = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ apiInfo { name } }"}' });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBeNull();
  });
});

describe('query limits', () => {
  it('refuses queries deeper than the depth limit', async () => {
    const deep = `{ materials(first: 1) { edges { node { approvedSuppliers { material { approvedSuppliers { material { approvedSuppliers { material { approvedSuppliers { material { approvedSuppliers { supplier { code } } } } } } } } } } } } } }`;
    const res = await post({ query: deep });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.errors)).toMatch(/depth/i);
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: apiInfo { name }`).join(' ');
    const res = await post({ query: `{ ${aliases} }` });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.errors)).toMatch(/alias/i);
  });

  it('refuses too many tokens', async () => {
    const fields = Array.from({ length: 6000 }, () => '__typename').join(' ');
    const res = await post({ query: `{ ${fields} }` });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.errors)).toMatch(/token/i);
  });

  it('answers ids with odd or prototype-named prefixes as absent records, never as an error', async () => {
    const ids = ['constructor_x', 'toString_x', 'hasOwnProperty_x', '__proto___x', '_x', 'x', 'mat_', 'mat_does-not-exist'];
    const res = await post({ query: `{ nodes(ids: ${JSON.stringify(ids)}) { id } one: node(id: "constructor_x") { id } }` });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data).toEqual({ nodes: ids.map(() => null), one: null });
  });

  it('refuses queries above the cost limit', async () => {
    const wide = Array.from({ length: 25 }, (_, i) => `m${i}: materials(first: 500) { edges { node { code name approvedSuppliers { supplier { code name } material { code name } } } } }`).join(' ');
    const res = await post({ query: `{ ${wide} }` });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.errors)).toMatch(/cost/i);
  });
});

describe('observability endpoints', () => {
  it('serves /healthz, /readyz and Prometheus /metrics with HTTP, GraphQL, SQL and pool series', async () => {
    await post({ query: 'query NamedOp { materials(first: 1) { totalCount } }' });
    expect((await fetch(t.url.replace('/graphql', '/healthz'))).status).toBe(200);
    const ready = await fetch(t.url.replace('/graphql', '/readyz'));
    expect(await ready.json()).toEqual({ status: 'ready' });
    const metrics = await (await fetch(t.url.replace('/graphql', '/metrics'))).text();
    for (const name of [
      'lotgraph_http_request_duration_seconds',
      'lotgraph_graphql_operation_duration_seconds',
      'lotgraph_sql_statements_total',
      'lotgraph_db_pool_connections',
      'lotgraph_graphql_errors_total',
    ]) {
      expect(metrics).toContain(name);
    }
    expect(metrics).toMatch(/lotgraph_graphql_operation_duration_seconds_count\{operation="NamedOp",type="query"\} [1-9]/);
  });

  it('reports SQL statements of a request in extensions outside production', async () => {
    const res = await post({ query: '{ materials(first: 5) { totalCount edges { node { code } } } }' });
    expect(res.body).toMatchObject({ extensions: { sqlStatements: expect.any(Number) } });
  });
});

const METRICS_TOKEN = 'scrape-token-0123456789-abcdefghijklmnop';

async function scrape(server: TestServer, authorization?: string) {
  const res = await fetch(server.url.replace('/graphql', '/metrics'), { headers: authorization ? { authorization } : {} });
  return { status: res.status, body: await res.text() };
}

describe('production mode', () => {
  let prod: TestServer;
  let guarded: TestServer;
  beforeAll(async () => {
    prod = await createTestServer({ NODE_ENV: 'production' });
    guarded = await createTestServer({ NODE_ENV: 'production', METRICS_TOKEN });
  });
  afterAll(async () => {
    await prod?.close();
    await guarded?.close();
  });

  it('serves /metrics to no one while METRICS_TOKEN is unset, not even an ADMIN token', async () => {
    for (const authorization of [undefined, `Bearer ${prod.token('ADMIN')}`, `Bearer ${METRICS_TOKEN}`]) {
      const res = await scrape(prod, authorization);
      expect(res.status).toBe(403);
      expect(res.body).not.toContain('lotgraph_');
    }
  });

  it('serves /metrics only with the bearer token METRICS_TOKEN names', async () => {
    for (const authorization of [undefined, `Bearer ${guarded.token('ADMIN')}`, `Bearer ${METRICS_TOKEN}x`, METRICS_TOKEN]) {
      const res = await scrape(guarded, authorization);
      expect(res.status).toBe(401);
      expect(res.body).not.toContain('lotgraph_');
    }
    const ok = await scrape(guarded, `Bearer ${METRICS_TOKEN}`);
    expect(ok.status).toBe(200);
    expect(ok.body).toContain('lotgraph_http_request_duration_seconds');
  });

  it('turns off introspection, field suggestions and SQL counts in responses', async () => {
    const intro = await prod.gql('{ __schema { types { name } } }', {}, 'ADMIN');
    expect(intro.status).toBe(400);
    const typo = await prod.gql('{ materialz { totalCount } }', {}, 'ADMIN');
    expect(JSON.stringify(typo.errors)).not.toMatch(/Did you mean/);
    const ok = await prod.gql('{ apiInfo { name } }', {}, 'ADMIN');
    expect(ok.extensions?.sqlStatements).toBeUndefined();
  });
});
