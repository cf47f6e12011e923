import 'reflect-metadata';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import pino from 'pino';
import { Client as PgClient } from 'pg';
import { loadConfig } from '../../src/config';
import { startLotgraph, type LotgraphServer } from '../../src/server/lotgraph-server';
import { issueDevToken, type TokenClaims } from '../../src/core/auth/token-issuer';
import type { Role } from '../../src/core/authz/role';
import { createTestDatabase } from './test-database';

export const TEST_JWT_SECRET = 'test-secret-0123456789-abcdefghijklmnopqrstuvwxyz';

export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } & Record<string, unknown> }[];
  extensions?: { sqlStatements?: number } & Record<string, unknown>;
}

export interface Caller {
  roles: readonly Role[];
  sub?: string;
  name?: string;
  supplierId?: string;
  siteIds?: string[];
}

/** A Lotgraph server on its own database, driven over HTTP and WebSocket like a partner's client. */
export class TestServer {
  private readonly wsClients: Client[] = [];
  /** The server's own streams (the webhook worker's), there before any client subscribes. */
  private readonly ownStreams: number;

  constructor(
    readonly server: LotgraphServer,
    readonly databaseUrl: string,
    private readonly dropDatabase: () => Promise<void>,
  ) {
    this.ownStreams = server.platform.events.subscriberCount;
  }

  get url(): string {
    return this.server.url;
  }

  token(caller: Caller | Role, overrides: Partial<TokenClaims> = {}): string {
    const c: Caller = typeof caller === 'string' ? { roles: [caller] } : caller;
    const primary = c.roles[0] ?? 'NONE';
    return issueDevToken(this.server.platform.config.jwt, TEST_JWT_SECRET, {
      sub: c.sub ?? `test-${primary.toLowerCase()}`,
      name: c.name ?? `Test ${primary}`,
      roles: [...c.roles],
      supplierId: c.supplierId,
      siteIds: c.siteIds ?? [],
      ...overrides,
    });
  }

  /** POSTs an operation; `as` is a role, a caller, a raw token string prefixed `token:`, or null (anonymous). */
  async gql<TData, TVars>(
    document: TypedDocumentNode<TData, TVars> | string,
    variables?: TVars,
    as: Role | Caller | `token:${string}` | null = 'ADMIN',
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse<TData>> {
    const authHeader: Record<string, string> = {};
    if (typeof as === 'string' && as.startsWith('token:')) authHeader.authorization = `Bearer ${as.slice(6)}`;
    else if (as !== null) authHeader.authorization = `Bearer ${this.token(as as Role | Caller)}`;
    const res = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...authHeader, ...headers },
      body: JSON.stringify({ query: typeof document === 'string' ? document : print(document), variables }),
    });
    const body = (await res.json()) as Omit<GraphQLResponse<TData>, 'status'>;
    return { status: res.status, ...body };
  }

  /** Like gql, but fails the test on any error, and returns data. */
  async ok<TData, TVars>(document: TypedDocumentNode<TData, TVars>, variables?: TVars, as: Role | Caller | null = 'ADMIN'): Promise<TData> {
    const res = await this.gql(document, variables, as);
    if (res.errors?.length || !res.data) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
    return res.data;
  }

  /** A WebSocket client to this server, or to `serverUrl` (another process on the same database). */
  ws(connectionParams: Record<string, unknown> = {}, serverUrl = this.url): Client {
    const client = createClient({
      url: serverUrl.replace('http://', 'ws://'),
      webSocketImpl: WebSocket,
      connectionParams,
      retryAttempts: 0,
      lazy: true,
    });
    this.wsClients.push(client);
    return client;
  }

  /** Resolves once clients hold at least `count` live subscriptions (they start asynchronously). */
  async subscribers(count: number, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.subscriberCount < count) {
      if (Date.now() > deadline) throw new Error(`Only ${this.subscriberCount} of ${count} subscriptions started`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** Live client subscriptions on this process (the server's own streams not counted). */
  get subscriberCount(): number {
    return this.server.platform.events.subscriberCount - this.ownStreams;
  }

  /** Direct SQL on the test database, for assertions and tamper tests (never for setup shortcuts). */
  async sql<T extends Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
    const client = new PgClient({ connectionString: this.databaseUrl });
    await client.connect();
    try {
      return (await client.query<T>(text, params)).rows;
    } finally {
      await client.end();
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.wsClients.map((c) => c.dispose()));
    await this.server.close();
    await this.dropDatabase();
  }
}

/** `seedDemo`: seed the demo plant as `npm start` does (takes several seconds). */
export async function createTestServer(env: Record<string, string> = {}, options: { seedDemo?: boolean } = {}): Promise<TestServer> {
  const db = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: db.url,
    JWT_SECRET: TEST_JWT_SECRET,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    ...env,
  });
  const server = await startLotgraph(config, { log: pino({ level: config.logLevel }), seedDemo: options.seedDemo });
  return new TestServer(server, db.url, db.drop);
}

/** Collects subscription events until `count` arrived or `timeoutMs` passed. */
export function subscribe<T>(client: Client, query: string, variables: Record<string, unknown> = {}) {
  const events: T[] = [];
  const errors: unknown[] = [];
  let done = false;
  const waiters: (() => void)[] = [];
  const unsubscribe = client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        if (value.errors) errors.push(...value.errors);
        if (value.data) events.push(value.data as T);
        waiters.splice(0).forEach((w) => w());
      },
      error: (err) => {
        errors.push(err);
        done = true;
        waiters.splice(0).forEach((w) => w());
      },
      complete: () => {
        done = true;
        waiters.splice(0).forEach((w) => w());
      },
    },
  );
  return {
    events,
    errors,
    unsubscribe,
    get done() {
      return done;
    },
    waitFor(count: number, timeoutMs = 5000): Promise<T[]> {
      return this.waitUntil((received) => received.length >= count, timeoutMs);
    },
    /** Waits until `enough` holds for the events so far (events still in flight from earlier steps may arrive too). */
    async waitUntil(enough: (received: T[]) => boolean, timeoutMs = 5000): Promise<T[]> {
      const deadline = Date.now() + timeoutMs;
      while (!enough(events) && !done && Date.now() < deadline) {
        await new Promise<void>((resolve) => {
          const t = setTimeout(resolve, Math.max(1, deadline - Date.now()));
          waiters.push(() => {
            clearTimeout(t);
            resolve();
          });
        });
      }
      return events;
    },
  };
}
