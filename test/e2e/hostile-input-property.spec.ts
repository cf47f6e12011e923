import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { getNamedType, isNonNullType, type GraphQLField, type GraphQLSchema } from 'graphql';
import { Client as PgClient } from 'pg';
import { buildLotgraphSchema } from '../../src/server/schema';
import type { Role } from '../../src/core/authz/role';
import { createTestServer, type Caller, type TestServer } from '../support/test-server';
import { receive, receivingSetup } from '../support/lot-fixtures';
import { literalOf, selectionFor, valuesOf, type KnownIds } from '../support/hostile-values';
import { AdjustStockDocument, CreateCustomerDocument, CreateUserDocument } from '../generated/graphql';

/**
 * Walks every mutation and every query that takes arguments, generating argument values from
 * their input types with hostile leaves, and sends them over HTTP. Whatever the input, the
 * answer is never INTERNAL_SERVER_ERROR, and a refused one (errors or userErrors) wrote no
 * audit entry. Fixed seed and a bounded number of runs per field, so CI is repeatable; on a
 * failure fast-check prints the seed, the path and the shrunk counterexample.
 */
const SEED = Number(process.env.PROPERTY_SEED ?? 20_261_125);
const RUNS_PER_FIELD = Number(process.env.PROPERTY_RUNS ?? 8);

const LARGEST = '99999999999999.999999';

let t: TestServer;
let db: PgClient;
let ids: KnownIds;
let schema: GraphQLSchema;

beforeAll(async () => {
  t = await createTestServer();
  schema = await buildLotgraphSchema();
  db = new PgClient({ connectionString: t.databaseUrl });
  await db.connect();
  const setup = await receivingSetup(t, 'HOST');
  // Balances at the largest storable quantity at both locations: a movement between them must overflow, as input's fault.
  const lot = await receive(t, { materialId: setup.material.id, supplierId: setup.supplier.id, supplierLotNumber: 'HOST-1', quantity: LARGEST, locationId: setup.locationId });
  await t.ok(AdjustStockDocument, { input: { lotId: lot.id, locationId: setup.otherLocationId, countedQuantity: LARGEST, reason: 'Counted' } }, 'WAREHOUSE');
  const customer = await t.ok(CreateCustomerDocument, { input: { code: 'HOST-C', name: 'Hostile Customer', country: 'DE' } }, 'SALES');
  const user = await t.ok(CreateUserDocument, { input: { subject: 'host-user', printedName: 'Host User', roles: ['WAREHOUSE'] } });
  ids = {
    material: [setup.material.id],
    supplier: [setup.supplier.id],
    site: [setup.siteId],
    location: [setup.locationId, setup.otherLocationId],
    lot: [lot.id],
    customer: [customer.createCustomer.customer!.id],
    user: [user.createUser.user!.id],
  };
}, 120_000);
afterAll(async () => {
  await db?.end();
  await t?.close();
});

const OTHER_ROLES: Role[] = ['QA_MANAGER', 'QA_INSPECTOR', 'WAREHOUSE', 'PRODUCTION', 'PURCHASING', 'SALES', 'MAINTENANCE', 'AUDITOR', 'BI_READER', 'INTEGRATION', 'SUPPLIER'];
const callers: fc.Arbitrary<Role | Caller> = fc.oneof(
  { weight: 4, arbitrary: fc.constant<Role>('ADMIN') },
  { weight: 1, arbitrary: fc.constantFrom(...OTHER_ROLES).map((role): Caller => ({ roles: [role], supplierId: role === 'SUPPLIER' ? ids.supplier[0] : undefined })) },
);

function fieldsOf(kind: 'mutation' | 'query'): GraphQLField<unknown, unknown>[] {
  const root = kind === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  return Object.values(root?.getFields() ?? {}).filter((f) => kind === 'mutation' || f.args.length > 0);
}

/** A stable seed per field, so adding a field does not change what the others are sent. */
const seedOf = (name: string) => [...name].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, SEED);

interface Answer {
  status: number;
  errors?: { message: string; extensions?: { code?: string } }[];
  data?: Record<string, { userErrors?: unknown[] } | null> | null;
}

async function send(query: string, variables: Record<string, unknown>, as: Role | Caller, requestId: string): Promise<Answer> {
  const res = await fetch(t.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${t.token(as)}`, 'x-request-id': requestId },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as Omit<Answer, 'status'>) };
}

const RAW_DATABASE_TEXT = /invalid byte sequence|invalid input syntax|out of range|violates|unsupported Unicode|relation "|column "|Maximum call stack/i;

/** The operation calling the field, with its arguments as variables or written inline. */
function operationOf(kind: 'mutation' | 'query', field: GraphQLField<unknown, unknown>, args: Record<string, unknown>, inline: boolean) {
  const given = field.args.filter((a) => args[a.name] !== undefined);
  const definitions = inline ? '' : given.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const call = given.map((a) => `${a.name}: ${inline ? literalOf(args[a.name], a.type) : `$${a.name}`}`).join(', ');
  return `${kind} Probe${definitions ? `(${definitions})` : ''} { ${field.name}${call ? `(${call})` : ''} ${selectionFor(field.type)} }`;
}

async function probe(kind: 'mutation' | 'query', field: GraphQLField<unknown, unknown>, args: Record<string, unknown>, as: Role | Caller, inline: boolean): Promise<void> {
  const query = operationOf(kind, field, args, inline);
  const requestId = `prop-${randomUUID()}`;
  const answer = await send(query, inline ? {} : args, as, requestId);
  const codes = (answer.errors ?? []).map((e) => e.extensions?.code ?? 'NO_CODE');
  const summary = () => JSON.stringify({ status: answer.status, errors: answer.errors?.map((e) => ({ code: e.extensions?.code, message: e.message.slice(0, 300) })) });
  if (answer.status >= 500 || codes.includes('INTERNAL_SERVER_ERROR') || codes.includes('NO_CODE')) throw new Error(`${field.name} answered an internal error: ${summary()}`);
  if (answer.errors?.some((e) => RAW_DATABASE_TEXT.test(e.message))) throw new Error(`${field.name} answered with database text: ${summary()}`);
  const payload = answer.data?.[field.name];
  const refused = codes.length > 0 || (payload?.userErrors?.length ?? 0) > 0;
  if (kind === 'mutation' && refused) {
    const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_entry WHERE request_id = $1', [requestId]);
    if (rows[0].n > 0) throw new Error(`${field.name} refused the input yet wrote ${rows[0].n} audit entries: ${summary()}`);
  }
}

function check(kind: 'mutation' | 'query', field: GraphQLField<unknown, unknown>) {
  const required = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined).map((a) => a.name);
  const args = fc.record(Object.fromEntries(field.args.map((a) => [a.name, valuesOf(a.type, a.name, ids)])), { requiredKeys: required });
  return fc.assert(
    fc.asyncProperty(args, callers, fc.boolean(), (values, as, inline) => probe(kind, field, values, as, inline)),
    { seed: seedOf(field.name), numRuns: RUNS_PER_FIELD, includeErrorInReport: true },
  );
}

describe('hostile input never answers INTERNAL_SERVER_ERROR, and a refusal writes nothing', () => {
  for (const kind of ['mutation', 'query'] as const) {
    it(`sends hostile arguments to every ${kind}`, async () => {
      const failures: string[] = [];
      for (const field of fieldsOf(kind)) {
        try {
          await check(kind, field);
        } catch (err) {
          // PROPERTY_SEED reproduces the whole run; fast-check's own seed and path, the one field.
          failures.push(`PROPERTY_SEED=${SEED} ${getNamedType(field.type).name} ${field.name}: ${(err as Error).message.slice(0, 2_000)}`);
        }
      }
      expect(failures).toEqual([]);
    }, 600_000);
  }
});
