import { issueDevToken } from '../../src/core/auth/token-issuer';
import { loadConfig } from '../../src/config';
import type { Role } from '../../src/core/authz/role';

/** The JWT secret the runner gives both releases' servers, so one token works on either. */
export const UPGRADE_JWT_SECRET = 'upgrade-check-secret-0123456789-abcdefghijklmnop';

export interface Actor {
  sub: string;
  name: string;
  roles: Role[];
  supplierId?: string;
}

export interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** A token for `actor`; fresh each call, so a replay on the new server carries the same caller. */
export function tokenFor(actor: Actor): string {
  const { jwt } = loadConfig({ JWT_SECRET: UPGRADE_JWT_SECRET });
  return issueDevToken(jwt, UPGRADE_JWT_SECRET, { sub: actor.sub, name: actor.name, roles: actor.roles, supplierId: actor.supplierId, siteIds: [] }, 3600);
}

/** POSTs one operation as `actor` and returns the body (data and errors) as the server sent it. */
export async function gql(url: string, actor: Actor, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLBody> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${tokenFor(actor)}` },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  try {
    const body = JSON.parse(text) as GraphQLBody & { extensions?: unknown };
    return { data: body.data, ...(body.errors ? { errors: body.errors } : {}) };
  } catch {
    throw new Error(`HTTP ${res.status} and no JSON from ${url}: ${text.slice(0, 500)}`);
  }
}

/** Like gql, but throws naming the operation on any error, and returns data. */
export async function gqlOk(url: string, actor: Actor, query: string, variables: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  const body = await gql(url, actor, query, variables);
  if (body.errors?.length || !body.data) {
    throw new Error(`${query.trim().split('\n')[0].slice(0, 120)}: ${JSON.stringify(body.errors)}`);
  }
  return body.data;
}
