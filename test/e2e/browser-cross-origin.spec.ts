import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { until } from '../support/server-process';
import { createTestServer, type TestServer } from '../support/test-server';
import { launchChromium, serveFrontEnd, type StaticFile } from '../support/browser';

const FRONT_END = path.join(__dirname, '../support/front-end');
const README_API = `'https://lotgraph.plant.example/graphql'`;

/** The first js block of the README's "Browser front-ends" section, calling the test server. */
function readmeExample(apiUrl: string): string {
  const readme = fs.readFileSync(path.join(__dirname, '../../README.md'), 'utf8');
  const section = readme.split(/^## /m).find((s) => s.startsWith('Browser front-ends'));
  const block = section && /```js\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block?.includes(README_API)) throw new Error(`README's Browser front-ends section has no js example calling ${README_API}`);
  return block.replace(README_API, JSON.stringify(apiUrl));
}

interface Answer<T> {
  status: number;
  requestId: string | null;
  body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
}
interface CreateMaterial {
  createMaterial: { material: { code: string; name: string } | null; userErrors: { code: string }[] };
}

let frontEnd: Awaited<ReturnType<typeof serveFrontEnd>>;
let t: TestServer;
let browser: Browser;
let allowedOrigin: string;
let otherOrigin: string;

const files: Record<string, StaticFile> = {
  '/': { type: 'text/html; charset=utf-8', file: path.join(FRONT_END, 'index.html') },
  '/app.js': { type: 'text/javascript', file: path.join(FRONT_END, 'app.js') },
  '/vendor/graphql-ws.min.js': { type: 'text/javascript', file: path.join(path.dirname(require.resolve('graphql-ws/package.json')), 'umd/graphql-ws.min.js') },
  '/readme.html': { type: 'text/html; charset=utf-8', file: path.join(FRONT_END, 'readme.html') },
};

beforeAll(async () => {
  frontEnd = await serveFrontEnd(files);
  // The same front-end server under two names: two origins, only the first one listed.
  allowedOrigin = `http://127.0.0.1:${frontEnd.port}`;
  otherOrigin = `http://localhost:${frontEnd.port}`;
  t = await createTestServer({ CORS_ORIGINS: allowedOrigin });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
  await frontEnd?.close();
});

async function openFrontEnd(origin: string, token: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${origin}/`);
  await page.evaluate(`lotgraphApp.connect(${JSON.stringify({ api: t.url, token })})`);
  return page;
}

async function preflight(origin: string, url = t.url) {
  return fetch(url, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type,idempotency-key' },
  });
}

function corsHeaders(res: Response): string[] {
  return [...res.headers.keys()].filter((name) => name.startsWith('access-control-'));
}

describe('a browser front-end on another origin', () => {
  it('runs a query, a mutation and a graphql-ws subscription against the API from an allowed origin', async () => {
    const token = t.token({ roles: ['ADMIN'], name: 'Front-end Admin' });
    const page = await openFrontEnd(allowedOrigin, token);
    try {
      await page.evaluate('lotgraphApp.subscribeToMaterials()');
      await t.subscribers(1);

      const me = (await page.evaluate('lotgraphApp.me()')) as Answer<{ me: { name: string; roles: string[] } }>;
      expect(me.status).toBe(200);
      expect(me.body.data?.me).toEqual({ name: 'Front-end Admin', roles: ['ADMIN'] });
      // An exposed header: a page can quote the request id to support.
      expect(me.requestId).toMatch(/^[0-9a-f-]{36}$/);

      const created = (await page.evaluate(`lotgraphApp.createMaterial('BRW-1', 'Browser-made tubing')`)) as Answer<CreateMaterial>;
      expect(created.body.errors).toBeUndefined();
      expect(created.body.data?.createMaterial).toEqual({ material: { code: 'BRW-1', name: 'Browser-made tubing' }, userErrors: [] });

      const event = await page.evaluate('lotgraphApp.nextEvent()');
      expect(event).toEqual({ data: { materialChanged: { kind: 'CREATED', material: { code: 'BRW-1', name: 'Browser-made tubing' } } } });
    } finally {
      await page.evaluate('lotgraphApp.close()');
      await page.close();
    }
  });

  it('refuses a page from an origin CORS_ORIGINS does not list: the preflight fails and nothing is written', async () => {
    const page = await openFrontEnd(otherOrigin, t.token('ADMIN'));
    try {
      const outcome = await page.evaluate(`lotgraphApp.attempt(() => lotgraphApp.createMaterial('BRW-EVIL', 'Cross-site tubing'))`);
      expect(outcome).toEqual({ refused: 'TypeError' });
    } finally {
      await page.close();
    }
    const materials = await t.gql<{ materials: { totalCount: number } }, Record<string, never>>(`{ materials(filter: { codePrefix: "BRW-EVIL" }) { totalCount } }`);
    expect(materials.data?.materials.totalCount).toBe(0);
  });

  it("runs the README's example as written", async () => {
    const token = t.token({ roles: ['QA_MANAGER'], name: 'README Reader' });
    files['/token.js'] = { type: 'text/javascript', text: `var token = ${JSON.stringify(token)};` };
    files['/example.js'] = { type: 'text/javascript', text: readmeExample(t.url) };
    // The page of the test before may still hold its subscription: the count below must be this page's.
    await until(() => t.subscriberCount === 0, 10_000, "the previous page's subscription to end");
    const page = await browser.newPage();
    const logged: unknown[] = [];
    const errors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() !== 'log') errors.push(msg.text());
    });
    page.on('pageerror', (err) => errors.push(err.message));
    try {
      const firstLog = page.waitForEvent('console', { predicate: (msg) => msg.type() === 'log' });
      await page.goto(`${allowedOrigin}/readme.html`);
      logged.push(await (await firstLog).args()[0].jsonValue());
      await t.subscribers(1);
      const event = page.waitForEvent('console', { predicate: (msg) => msg.type() === 'log' });
      const created = await t.gql('mutation { createMaterial(input: { code: "BRW-README", name: "README tubing", type: RAW_MATERIAL, unit: "EA" }) { userErrors { code } } }');
      expect(created.data).toEqual({ createMaterial: { userErrors: [] } });
      logged.push(await (await event).args()[0].jsonValue());
      expect(logged).toEqual([
        expect.objectContaining({ data: { me: { name: 'README Reader', roles: ['QA_MANAGER'] } } }),
        { data: { materialChanged: { kind: 'CREATED', material: { code: 'BRW-README', name: 'README tubing' } } } },
      ]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('CORS preflight', () => {
  it('allows the listed origin the token, JSON and idempotency-key headers for 10 minutes', async () => {
    const res = await preflight(allowedOrigin);
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(allowedOrigin);
    expect(res.headers.get('access-control-allow-headers')).toBe('authorization,content-type,idempotency-key');
    expect(res.headers.get('access-control-allow-methods')).toBe('GET,POST');
    expect(res.headers.get('access-control-max-age')).toBe('600');
    // Bearer tokens only: a page never sends cookies or HTTP auth with its calls.
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(res.headers.get('vary')).toMatch(/origin/i);
  });

  it('covers the batch record download as well as /graphql', async () => {
    const batchRecord = `${new URL(t.url).origin}/records/lots/lot_x/batch-record`;
    expect((await preflight(allowedOrigin, batchRecord)).headers.get('access-control-allow-origin')).toBe(allowedOrigin);
    expect(corsHeaders(await preflight(otherOrigin, batchRecord))).toEqual([]);
  });

  it('answers a preflight from any other origin 403 without a CORS header', async () => {
    for (const origin of [otherOrigin, 'https://evil.example', `${allowedOrigin}.evil.example`, 'null']) {
      const res = await preflight(origin);
      expect({ origin, status: res.status, cors: corsHeaders(res) }).toEqual({ origin, status: 403, cors: [] });
    }
  });

  it('gives the answers of other origins no CORS header, and same-origin or server callers what they had', async () => {
    const query = JSON.stringify({ query: '{ apiInfo { name } }' });
    const other = await fetch(t.url, { method: 'POST', headers: { origin: otherOrigin, 'content-type': 'application/json' }, body: query });
    expect(corsHeaders(other)).toEqual([]);
    const server = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: query });
    expect(server.status).toBe(200);
    expect(corsHeaders(server)).toEqual([]);
    const allowed = await fetch(t.url, { method: 'POST', headers: { origin: allowedOrigin, 'content-type': 'application/json' }, body: query });
    expect(allowed.headers.get('access-control-allow-origin')).toBe(allowedOrigin);
    expect(allowed.headers.get('access-control-expose-headers')).toBe('x-request-id,retry-after');
  });
});
