import { isObjectType, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { createTestServer, subscribe, type Caller, type TestServer } from '../support/test-server';
import { daysFromToday } from '../support/fixtures';
import { seedRoleMatrix } from '../support/role-matrix-seed';
import { EVERY_ROLE, FIELDS, MUTATIONS, QUERIES, SENTINEL_INPUTS, type MatrixCaller } from '../support/role-matrix-expectations';
import { batches, outcomes, rootSelection, schemaOperations, type Outcome, type Selection } from '../support/schema-matrix';
import { defineAbilityFor } from '../../src/core/authz/ability';
import { hasFieldRules } from '../../src/core/authz/guard';
import { buildLotgraphSchema } from '../../src/server/schema';

/**
 * The role matrix: every query, every mutation and every field that returns an entity type
 * (listed from the built schema), called as every role and anonymously, against the stated
 * expectations of role-matrix-expectations.ts. Deny first: a caller the expectations do not
 * list gets null and FORBIDDEN at that place; then allow: a listed caller gets past it.
 */
let t: TestServer;
let schema: GraphQLSchema;
let seed: Awaited<ReturnType<typeof seedRoleMatrix>>;
let firstEventId: string;
beforeAll(async () => {
  t = await createTestServer();
  schema = await buildLotgraphSchema();
  // The first event of the seed: every caller's subscriptions replay what followed it.
  const first = subscribe<{ materialChanged: { eventId: string } }>(t.ws({ authorization: `Bearer ${t.token('ADMIN')}` }), 'subscription { materialChanged { eventId } }');
  await t.subscribers(1);
  seed = await seedRoleMatrix(t);
  firstEventId = (await first.waitFor(1))[0].materialChanged.eventId;
  first.unsubscribe();
}, 120_000);
afterAll(async () => {
  await t?.close();
});

const CALLERS: MatrixCaller[] = [...EVERY_ROLE, 'ANONYMOUS'];
const EXPECTED: Record<string, MatrixCaller[]> = { ...QUERIES, ...MUTATIONS, ...FIELDS };

function asCaller(caller: MatrixCaller): Caller | null {
  if (caller === 'ANONYMOUS') return null;
  return caller === 'SUPPLIER' ? { roles: [caller], supplierId: seed.supplierId } : { roles: [caller] };
}

/** Arguments that reach the seeded records (the others are generated from the schema). */
function rootArgs(): Record<string, string> {
  const window = `from: "${daysFromToday(-30)}", to: "${daysFromToday(1)}"`;
  return {
    'Query.node': `id: "${seed.lotId}"`,
    'Query.nodes': `ids: ${JSON.stringify(seed.nodeIds)}`,
    'Query.lotByNumber': `materialCode: "${seed.materialCode}", lotNumber: "${seed.lotNumber}"`,
    'Query.lotByUdi': `udi: "${seed.udi}"`,
    'Query.traceLot': `id: "${seed.lotId}", direction: FORWARD`,
    'Query.recallImpact': `lotId: "${seed.lotId}"`,
    'Query.deviceHistoryRecord': `lotId: "${seed.lotId}"`,
    'Query.verifySignature': `id: "${seed.signatureId}"`,
    'Query.capaMetrics': window,
    'Query.nonconformancesBySupplier': window,
    'Query.firstPassYield': `filter: { ${window}, inspectionType: INCOMING, period: MONTH }`,
    ...Object.fromEntries(Object.entries(SENTINEL_INPUTS).map(([coordinate, input]) => [coordinate, `input: ${input}`])),
  };
}

type Root = { text: string; selection: Selection };
type Response = Awaited<ReturnType<TestServer['gql']>>;

/**
 * Runs root fields as `caller` and returns the outcome at every place. Roots the caller is
 * expected to get past share requests; a refused non-null root nulls its whole response and
 * stops a mutation batch, so each of those goes alone (as does a batch that failed anyway).
 */
async function run(caller: MatrixCaller, type: GraphQLObjectType, operation: 'query' | 'mutation'): Promise<{ outcomes: Map<string, Outcome>; responses: Response[] }> {
  const args = rootArgs();
  const roots = Object.keys(type.getFields()).map((name, i) => rootSelection(type, name, `r${i}`, args[`${type.name}.${name}`]));
  const wrap = (texts: string[]) => `${operation} { ${texts.join('\n')} }`;
  const found = new Map<string, Outcome>();
  const responses: Response[] = [];
  const send = async (group: Root[]) => {
    const res = await t.gql(wrap(group.map((r) => r.text)), {}, asCaller(caller));
    if (group.length > 1 && !res.data) {
      for (const root of group) await send([root]);
      return;
    }
    responses.push(res);
    for (const [place, outcome] of outcomes(
      group.map((r) => r.selection),
      res.data as Record<string, unknown>,
      res.errors,
    ))
      found.set(place, outcome);
  };
  const may = (root: Root) => EXPECTED[root.selection.coordinate!]?.includes(caller);
  const groups = [...batches(roots.filter(may), wrap), ...roots.filter((r) => !may(r)).map((r) => [r])];
  // A few requests in flight at once: the server waits on the database more than on the CPU.
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let group = groups.shift(); group; group = groups.shift()) await send(group);
    }),
  );
  return { outcomes: found, responses };
}

/** Where the caller's outcomes differ from the expectations; a place is judged only where its parent was seen. */
function mismatches(caller: MatrixCaller, found: Map<string, Outcome>, passing: Outcome[]): string[] {
  const wrong: string[] = [];
  for (const [place, outcome] of found) {
    const trail = place.split(' > ');
    const expected = EXPECTED[trail[trail.length - 1]];
    if (!expected || (trail.length > 1 && found.get(trail.slice(0, -1).join(' > ')) !== 'data')) continue;
    const refused = outcome === 'forbidden' || (caller === 'ANONYMOUS' && outcome === 'error:UNAUTHENTICATED');
    if (expected.includes(caller) ? !passing.includes(outcome) && !(trail.length === 1 && outcome === 'error:NOT_FOUND') : !refused) {
      wrong.push(`${place}: ${expected.includes(caller) ? 'may' : 'may not'} read or call it, got ${outcome}`);
    }
  }
  return wrong;
}

const reads = new Map<MatrixCaller, ReturnType<typeof run>>();
const readsOf = (caller: MatrixCaller) => {
  if (!reads.has(caller)) reads.set(caller, run(caller, schema.getQueryType()!, 'query'));
  return reads.get(caller)!;
};

it('states who may call every query and mutation and read every field that returns an entity type, and nothing more', () => {
  const ops = schemaOperations(schema);
  expect(Object.keys(QUERIES).sort()).toEqual(ops.queries.sort());
  expect(Object.keys(MUTATIONS).sort()).toEqual(ops.mutations.sort());
  expect(Object.keys(FIELDS).sort()).toEqual(ops.fields.sort());
});

describe.each(CALLERS)('%s', (caller) => {
  it('reads exactly the queries and entity fields it may: elsewhere null with FORBIDDEN', async () => {
    const { outcomes: found } = await readsOf(caller);
    expect(mismatches(caller, found, ['data', 'empty'])).toEqual([]);
  });

  it('calls exactly the mutations it may, reads their payloads only as it may, and a refused call changes nothing', async () => {
    const [{ n: before }] = await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM audit_entry');
    const { outcomes: found, responses } = await run(caller, schema.getMutationType()!, 'mutation');
    expect(mismatches(caller, found, ['data', 'empty'])).toEqual([]);
    // Every sentinel input is refused by a rule for the callers who get past the permission check.
    for (const res of responses) {
      for (const payload of Object.values(res.data ?? {})) expect((payload as { userErrors: unknown[] }).userErrors.length).toBeGreaterThan(0);
    }
    const [{ n: after }] = await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM audit_entry');
    expect(after).toBe(before);
  });

  it('receives events only with the entity fields it may read', async () => {
    const subscriptionType = schema.getSubscriptionType()!;
    const auth = caller === 'ANONYMOUS' ? {} : { authorization: `Bearer ${t.token(asCaller(caller)!)}` };
    const ws = t.ws(auth);
    const streams = Object.keys(subscriptionType.getFields())
      .map((name) => rootSelection(subscriptionType, name, name, `after: "${firstEventId}"`))
      .filter((s) => s.selection.children.length > 0)
      .map((s) => ({ ...s, received: subscribe<Record<string, unknown>>(ws, `subscription { ${s.text} }`) }));
    const wrong: string[] = [];
    for (const { selection, received } of streams) {
      const [field] = selection.children;
      const expected = FIELDS[field.coordinate!] ?? [];
      // A stream sends only events on records the subscriber may read, so a caller who may not read them gets none.
      await received.waitUntil((events) => events.length > 0 || received.errors.length > 0, expected.includes(caller) ? 5000 : 300);
      received.unsubscribe();
      const got = outcomes([selection], received.events[0] ?? null, received.errors as never).get(`${selection.coordinate} > ${field.coordinate}`);
      const ok = expected.includes(caller) ? got === 'data' : got !== 'data';
      if (!ok) wrong.push(`${field.coordinate}: ${expected.includes(caller) ? 'may' : 'may not'} read it, got ${got}`);
    }
    expect(wrong).toEqual([]);
  });
});

/** Places the seed leaves empty on purpose, with why. */
const EMPTY_IN_SEED: Record<string, string> = {
  'AuditVerification.firstBrokenEntry': 'the audit trail is intact',
  'Viewer.user': 'the matrix callers are not provisioned users (users.spec covers `me { user }`)',
  'Query.webhookDeliveries': 'no webhook is seeded (its deliveries are not an entity type)',
};

it('reaches every query and entity field with seeded records, so that each allow above read data', async () => {
  const { outcomes: found } = await readsOf('ADMIN');
  const withData = new Set([...found].filter(([, outcome]) => outcome === 'data').map(([place]) => place.split(' > ').at(-1)));
  const ops = schemaOperations(schema);
  const readable = [...ops.queries, ...ops.fields.filter((f) => !f.includes('Payload.') && !f.includes('Event.'))];
  expect(readable.filter((c) => !withData.has(c) && !EMPTY_IN_SEED[c])).toEqual([]);
});

/**
 * Types that carry a field named like a masked one but are not rows of the masked subject, with
 * why the mask does not need to follow them: the role may not read them at all.
 */
const UNRELATED_NAMESAKES: Record<string, string> = { CustomerAddress: 'a customer master-data address, not a shipment' };

it("applies every role's field masks to every type that shows the masked subject's fields (projections declare @GuardedAs)", async () => {
  const types = Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .filter((type) => !type.name.startsWith('__'));
  for (const role of EVERY_ROLE) {
    const ability = defineAbilityFor({ kind: 'user', id: 'matrix', name: 'Matrix', roles: [role], supplierId: seed.supplierId, siteIds: [] });
    const masks = ability.rules.filter((r) => r.inverted && r.fields).flatMap((r) => [r.fields!].flat().map((field) => [String(r.subject), field] as const));
    for (const [masked, field] of masks) {
      for (const type of types.filter((ty) => ty.getFields()[field])) {
        // What the field guard does: it refuses only where the type's subject has field rules that deny the field.
        const subject = (type.extensions as { authzSubject?: string }).authzSubject ?? type.name;
        const refused = hasFieldRules(ability, subject) && !ability.can('read', subject as never, field);
        if (refused) continue;
        expect({ role, type: type.name, field, masked, unrelated: Boolean(UNRELATED_NAMESAKES[type.name]) }).toEqual({ role, type: type.name, field, masked, unrelated: true });
        expect(ability.can('read', type.name as never)).toBe(false);
      }
    }
  }
  expect(types.find((ty) => ty.name === 'RecallShipment')?.extensions).toMatchObject({ authzSubject: 'Shipment' });
});
