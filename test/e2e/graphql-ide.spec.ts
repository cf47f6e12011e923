import type { Browser, Page } from 'playwright-core';
import { createTestServer, type TestServer } from '../support/test-server';
import { launchChromium } from '../support/browser';

let t: TestServer;
let browser: Browser;

beforeAll(async () => {
  t = await createTestServer();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

interface Ide {
  page: Page;
  /** Every address the page reached (HTTP and WebSocket). */
  reached: string[];
  /** Every error the page reported, CSP violations included. */
  errors: string[];
}

/** Opens the IDE in a new page for `use`, and closes it after. */
async function inIde(use: (ide: Ide) => Promise<void>): Promise<void> {
  const page = await browser.newPage();
  const reached: string[] = [];
  const errors: string[] = [];
  page.on('request', (req) => reached.push(req.url()));
  page.on('websocket', (ws) => reached.push(ws.url()));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  const res = await page.goto(t.url);
  expect(res?.status()).toBe(200);
  try {
    await page.locator('.graphiql-container').waitFor();
    await use({ page, reached, errors });
  } finally {
    await page.close();
  }
}

/** Replaces an editor's text the way a user pastes it (select all, then insert). */
async function paste(page: Page, editor: string, text: string): Promise<void> {
  await page.locator(`${editor} .CodeMirror`).click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(text);
}

/** Pastes a named operation and runs it once GraphiQL has read it (the tab then bears its name). */
async function run(page: Page, name: string, operation: string): Promise<void> {
  await paste(page, QUERY_EDITOR, operation);
  await page.getByRole('tab', { name }).waitFor();
  await page.locator('.graphiql-execute-button').click();
}

/** Types the token into the header editor, as a developer does before running anything. */
async function useToken(page: Page, token: string): Promise<void> {
  await page.getByRole('button', { name: 'Headers' }).click();
  await paste(page, HEADER_EDITOR, JSON.stringify({ authorization: `Bearer ${token}` }));
}

const HEADER_EDITOR = '.graphiql-editor-tool .graphiql-editor:not(.hidden)';
const QUERY_EDITOR = '.graphiql-query-editor';

/** Waits for `text` in the response pane, then reads the pane's JSON (its lines, without the gutter). */
async function waitForResponse(page: Page, text: string): Promise<unknown> {
  const pane = page.locator('.result-window');
  await pane.getByText(text).first().waitFor();
  const lines = await pane.locator('.CodeMirror-line').allInnerTexts();
  // CodeMirror draws indentation with no-break spaces.
  return JSON.parse(lines.join('\n').replace(/\u00a0/g, ' ')) as unknown;
}

describe('the GraphQL IDE at GET /graphql', () => {
  it('renders from files the server itself serves, with the docs read by introspection', async () => {
    await inIde(async ({ page, reached, errors }) => {
      await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
      const docs = page.locator('.graphiql-doc-explorer');
      await docs.getByText('Query', { exact: true }).click();
      await docs.getByText('materials', { exact: true }).first().waitFor();
      expect(await docs.innerText()).toContain('lotByUdi');

      const origin = new URL(t.url).origin;
      expect(reached.length).toBeGreaterThan(0);
      expect(reached.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'))).toEqual([]);
      expect(errors).toEqual([]);
    });
  });

  it('runs a query with the token put in the header editor', async () => {
    await inIde(async ({ page, errors }) => {
      await useToken(page, t.token({ roles: ['QA_MANAGER'], name: 'IDE Tester' }));
      await run(page, 'WhoAmI', 'query WhoAmI { me { name roles } }');
      const result = await waitForResponse(page, 'IDE Tester');
      expect(result).toMatchObject({ data: { me: { name: 'IDE Tester', roles: ['QA_MANAGER'] } } });
      expect(errors).toEqual([]);
    });
  });

  it('runs a subscription over graphql-ws with the header editor token as its connection params', async () => {
    await inIde(async ({ page, reached }) => {
      await useToken(page, t.token('QA_MANAGER'));
      await run(page, 'MaterialsSeen', 'subscription MaterialsSeen { materialChanged { kind material { code } } }');
      await t.subscribers(1);
      const created = await t.gql('mutation { createMaterial(input: { code: "IDE-SUB-1", name: "Seen in the IDE", type: RAW_MATERIAL, unit: "EA" }) { userErrors { code } } }');
      expect(created.data).toEqual({ createMaterial: { userErrors: [] } });
      const result = await waitForResponse(page, 'IDE-SUB-1');
      expect(result).toMatchObject({ data: { materialChanged: { kind: 'CREATED', material: { code: 'IDE-SUB-1' } } } });
      expect(reached).toContain(t.url.replace('http://', 'ws://'));
    });
  });

  it('refuses a subscription sent over HTTP with 400, saying where subscriptions are served', async () => {
    const res = await t.gql('subscription { materialChanged { kind } }', {}, 'ADMIN');
    expect(res.status).toBe(400);
    expect(res.errors?.[0]).toMatchObject({ message: expect.stringContaining('WebSocket'), extensions: { code: 'BAD_REQUEST' } });
  });

  it('leaves every other request to /graphql to the GraphQL server', async () => {
    const asJson = await fetch(t.url, { headers: { accept: 'application/json' } });
    expect(asJson.status).toBe(400);
    const withQuery = await fetch(`${t.url}?query=${encodeURIComponent('{ apiInfo { name } }')}`, { headers: { accept: 'text/html,*/*;q=0.8' } });
    expect(((await withQuery.json()) as { data: unknown }).data).toEqual({ apiInfo: { name: 'Lotgraph' } });
    const page = await fetch(t.url, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    const outside = await fetch(`${new URL(t.url).origin}/ide/package.json`);
    expect(outside.status).toBe(404);
  });
});

/** What Chromium sends when it navigates to a page. */
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8';

describe('GRAPHQL_IDE in production', () => {
  async function browse(server: TestServer) {
    const page = await fetch(server.url, { headers: { accept: BROWSER_ACCEPT } });
    const asset = await fetch(`${new URL(server.url).origin}/ide/graphiql.min.js`);
    const introspection = await server.gql('{ __schema { queryType { name } } }', {}, 'QA_MANAGER');
    return { page: page.status, pageType: page.headers.get('content-type'), asset: asset.status, introspection: introspection.data ?? null };
  }

  it('is off by default: no IDE, no IDE files, no introspection', async () => {
    const prod = await createTestServer({ NODE_ENV: 'production' });
    try {
      expect(await browse(prod)).toEqual({ page: 400, pageType: expect.stringContaining('json'), asset: 404, introspection: null });
    } finally {
      await prod.close();
    }
  });

  it('is served with GRAPHQL_IDE=on, with the introspection its docs need', async () => {
    const prod = await createTestServer({ NODE_ENV: 'production', GRAPHQL_IDE: 'on' });
    try {
      expect(await browse(prod)).toEqual({ page: 200, pageType: expect.stringContaining('text/html'), asset: 200, introspection: { __schema: { queryType: { name: 'Query' } } } });
    } finally {
      await prod.close();
    }
  });
});
