import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, print, type DefinitionNode, type OperationDefinitionNode } from 'graphql';
import { createTestServer, type Caller, type TestServer } from '../support/test-server';
import { ROLES } from '../../src/core/authz/role';
import { moveClockForward, restoreClock } from '../support/clock';

/**
 * The compiled read path answers exactly as the general path (graphql-js over the services)
 * would: every query under test/operations and the edge cases below, for every role, the same
 * data byte for byte and the same errors. A header outside production sends a request to the
 * general path; the answer says which path took it.
 */
let t: TestServer;
const callers: Record<string, Caller> = {};
const variables: Record<string, unknown> = {};

interface Answer {
  path: string | null;
  body: string;
  data: unknown;
  errors: unknown;
  statements: number | undefined;
}

async function ask(query: string, vars: Record<string, unknown>, caller: Caller, readPath?: 'general'): Promise<Answer> {
  const res = await fetch(t.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${t.token(caller)}`,
      ...(readPath ? { 'x-lotgraph-read-path': readPath } : {}),
    },
    body: JSON.stringify({ query, variables: vars }),
  });
  const body = await res.text();
  const parsed = JSON.parse(body) as { data?: unknown; errors?: unknown; extensions?: { sqlStatements?: number } };
  return { path: res.headers.get('x-lotgraph-read-path'), body, data: parsed.data, errors: parsed.errors, statements: parsed.extensions?.sqlStatements };
}

const byPath = (errors: unknown) => (errors as { path?: unknown[] }[] | undefined)?.slice().sort((a, b) => JSON.stringify(a.path).localeCompare(JSON.stringify(b.path)));

/** Both paths' answers; where the compiled path answered, data compared as JSON text (key order included) and errors as values. */
async function both(query: string, vars: Record<string, unknown>, caller: Caller): Promise<{ general: Answer; compiled: Answer }> {
  const general = await ask(query, vars, caller, 'general');
  const compiled = await ask(query, vars, caller);
  expect(general.path).toBeNull();
  // Two general answers may differ in time-stamped fields and in the order of concurrent errors: nothing to compare.
  if (compiled.path !== 'compiled') return { general, compiled };
  // The general path raises errors in the order its resolvers settle; compared by path.
  expect({ data: JSON.stringify(compiled.data), errors: byPath(compiled.errors) }).toEqual({ data: JSON.stringify(general.data), errors: byPath(general.errors) });
  return { general, compiled };
}

const ALL_CALLERS = () => Object.keys(callers);

beforeAll(async () => {
  t = await createTestServer({}, { seedDemo: true });
  const ids = (await t.ok(
    parse(`{
    lots(first: 3) { edges { node { id materialId supplierId siteId } } }
    materials(first: 2) { edges { node { id code } } }
    suppliers(first: 1) { edges { node { id } } }
    approvedSuppliers(first: 1) { edges { node { id } } }
  }`) as never,
  )) as any;
  const lot = ids.lots.edges[0].node;
  const supplierId = ids.lots.edges.find((e: any) => e.node.supplierId)?.node.supplierId ?? ids.suppliers.edges[0].node.id;
  for (const role of ROLES) callers[role] = { roles: [role] };
  callers.SUPPLIER = { roles: ['SUPPLIER'], supplierId };
  callers['WAREHOUSE at one site'] = { roles: ['WAREHOUSE'], siteIds: [lot.siteId] };
  callers['SUPPLIER without claim'] = { roles: ['SUPPLIER'] };
  callers['SUPPLIER of nothing'] = { roles: ['SUPPLIER'], supplierId: 'sup_unknown' };
  Object.assign(variables, {
    id: lot.id,
    lotId: lot.id,
    ids: ids.lots.edges.map((e: any) => e.node.id),
    first: 5,
    materialId: ids.materials.edges[0].node.id,
    supplierId,
    aslId: ids.approvedSuppliers.edges[0].node.id,
  });
}, 120_000);

afterAll(() => t?.close());

/** Query operations of test/operations whose required variables this test can fill, each with its fragments. */
function operationsOnDisk(): { name: string; query: string; vars: Record<string, unknown> }[] {
  const dir = path.join(__dirname, '..', 'operations');
  const out: { name: string; query: string; vars: Record<string, unknown> }[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.graphql'))) {
    const doc = parse(readFileSync(path.join(dir, file), 'utf8'));
    const fragments = doc.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
    for (const op of doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && d.operation === 'query')) {
      const vars: Record<string, unknown> = {};
      let fillable = true;
      for (const v of op.variableDefinitions ?? []) {
        const name = v.variable.name.value;
        if (name in variables) vars[name] = variables[name];
        else if (v.type.kind === Kind.NON_NULL_TYPE) fillable = false;
      }
      if (!fillable) continue;
      const definitions: DefinitionNode[] = [op, ...fragments];
      out.push({ name: `${file} ${op.name?.value}`, query: print({ kind: Kind.DOCUMENT, definitions }), vars });
    }
  }
  return out;
}

describe('every query operation under test/operations, every role', () => {
  it('answers alike on both paths', async () => {
    const operations = operationsOnDisk();
    expect(operations.length).toBeGreaterThan(30);
    let compiled = 0;
    for (const op of operations) {
      for (const who of ALL_CALLERS()) {
        const answer = await both(op.query, op.vars, callers[who]).catch((err: Error) => {
          throw new Error(`${op.name} as ${who}: ${err.message}`);
        });
        if (answer.compiled.path === 'compiled') compiled += 1;
      }
    }
    // The covered lists and node lookups are compiled for the roles that read every field they select.
    expect(compiled).toBeGreaterThan(20);
  }, 300_000);
});

/** Name, query, variables, and whether ADMIN's request is answered on the compiled path (the others fall back). */
const EDGE_CASES: [string, string, Record<string, unknown> | undefined, boolean][] = [
  [
    'aliases, repeated fields and __typename',
    `{ __typename a: lots(first: 4) { __typename totalCount edges { __typename c: cursor node { __typename id n: lotNumber id status } cursor } pageInfo { __typename endCursor hasNextPage } } }`,
    undefined,
    true,
  ],
  [
    'fragments on the type, the interface and Node',
    `query { lots(first: 3) { edges { node { ...L ... on Versioned { version createdAt updatedAt } ... on Node { id } } } } } fragment L on Lot { lotNumber quantity manufacturedOn expiresOn releasedAt customFields material { ...M } } fragment M on Material { code shelfLifeDays reorderPoint lotControlled }`,
    undefined,
    true,
  ],
  [
    '@skip and @include from variables',
    `query Q($yes: Boolean!, $no: Boolean!) { lots(first: 2) { edges { node { id lotNumber @include(if: $yes) status @skip(if: $yes) material @include(if: $no) { code } } } totalCount @skip(if: $no) } }`,
    { yes: true, no: false },
    true,
  ],
  [
    'node of each compiled type',
    `query Q($id: ID!, $m: ID!, $s: ID!, $a: ID!) { lot: node(id: $id) { __typename id ... on Lot { lotNumber material { code } supplier { code } site { code } } } material: node(id: $m) { ... on Material { code approvedSuppliers { status supplier { code } } } } supplier: node(id: $s) { ... on Supplier { code name } } entry: node(id: $a) { ... on MaterialSupplier { status material { code } supplier { code } } } }`,
    undefined,
    true,
  ],
  ['node of an unknown id and an absent one', `{ a: node(id: "zzz_1") { id } b: node(id: "lot_absent") { id } c: node(id: "noprefix") { id } }`, undefined, true],
  [
    'materials with approved suppliers filtered by status',
    `{ materials(first: 10, orderBy: [{ field: NAME, direction: DESC }]) { totalCount edges { node { code approvedSuppliers(status: [APPROVED]) { status supplierPartNumber approvedAt supplier { code qualificationStatus } } all: approvedSuppliers { id } } } } }`,
    undefined,
    true,
  ],
  [
    'lots ordered by expiry with lots that have none',
    `{ lots(first: 50, orderBy: [{ field: EXPIRES_ON }]) { edges { cursor node { lotNumber expiresOn } } pageInfo { startCursor endCursor hasNextPage hasPreviousPage } } }`,
    undefined,
    true,
  ],
  [
    'lots backwards',
    `{ lots(last: 3, orderBy: [{ field: LOT_NUMBER, direction: ASC }]) { edges { cursor node { lotNumber } } pageInfo { startCursor endCursor hasNextPage hasPreviousPage } } }`,
    undefined,
    true,
  ],
  ['zero rows asked for', `{ lots(first: 0) { totalCount edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`, undefined, true],
  [
    'filters',
    `query Q($ids: [ID!]) { lots(first: 20, filter: { ids: $ids, status: [QUARANTINE, RELEASED, UNDER_TEST], createdAt: { from: "2000-01-01T00:00:00Z" } }) { totalCount edges { node { id status } } } materials(filter: { search: "a", status: [ACTIVE] }) { totalCount edges { node { code name } } } }`,
    undefined,
    true,
  ],
  ['a filter on a field the caller may not read', `{ materials(filter: { gtin: "04012345678901" }) { totalCount edges { node { code } } } }`, undefined, true],
  ['a masked field', `{ materials(first: 3) { edges { node { code reorderPoint lotNumberPattern customFields } } } }`, undefined, true],
  [
    'customers, from their entity declaration',
    `{ customers(first: 5, filter: { search: "e", country: "cn" }, orderBy: [{ field: NAME, direction: DESC }]) { totalCount edges { cursor node { id code name country contactEmail status createdAt version } } pageInfo { hasNextPage endCursor } } }`,
    undefined,
    true,
  ],
  [
    'suppliers by qualification expiry (undated last), from their entity declaration',
    `{ suppliers(first: 4, orderBy: [{ field: QUALIFICATION_EXPIRES_ON }]) { totalCount edges { cursor node { id code qualificationStatus qualificationExpiresOn qualifiedAt status } } pageInfo { hasNextPage endCursor } } }`,
    undefined,
    true,
  ],
  ['a computed field (Supplier.qualified)', `{ suppliers(first: 3) { edges { node { id qualified } } } }`, undefined, false],
  ['a filter on a field some roles may not read', `{ customers(first: 5, filter: { contactEmail: "x@example.com" }) { edges { node { id } } } }`, undefined, true],
  [
    'nonconformances, from their entity declaration (newest first, no orderBy)',
    `{ nonconformances(first: 5, filter: { status: [OPEN, UNDER_REVIEW, DISPOSITIONED, CLOSED], createdAt: { from: "2000-01-01T00:00:00Z" } }) { totalCount edges { cursor node { id status source description lotIds inspectionId equipmentId supplierId openedBy reviewedAt disposition concessionId closedAt version } } pageInfo { hasNextPage endCursor } } }`,
    undefined,
    true,
  ],
  [
    'nonconformances of some lots and suppliers',
    `query Q($ids: [ID!], $supplierId: ID!) { nonconformances(filter: { lotIds: $ids, supplierIds: [$supplierId] }) { totalCount edges { node { id lotIds supplierId } } } }`,
    undefined,
    true,
  ],
  [
    'CAPAs with their actions, from their entity declaration',
    `{ capas(first: 5, filter: { status: [DRAFT, TRIAGE, INVESTIGATION, CLOSED, CANCELLED, CLOSED_NO_ACTION] }) { totalCount edges { cursor node { id title status nonconformanceIds dueOn ownerId risk rootCause openedBy closedAt actions { id seq description ownerId dueOn status completedBy completedAt } } } pageInfo { hasNextPage endCursor } } }`,
    undefined,
    true,
  ],
  [
    'CAPAs overdue and not',
    `{ late: capas(filter: { overdue: true }) { totalCount edges { node { id dueOn } } } onTime: capas(filter: { overdue: false }) { totalCount edges { node { id } } } }`,
    undefined,
    true,
  ],
  [
    'inspections, from their entity declaration (latest started first)',
    `query Q($ids: [ID!]) { all: inspections(first: 6) { totalCount edges { cursor node { id lotId planId status verdict inspectorName startedAt completedAt completedBy version } } pageInfo { hasNextPage endCursor } } some: inspections(filter: { lotIds: $ids, verdicts: [PASS, FAIL] }) { totalCount edges { node { id lotId verdict } } } }`,
    undefined,
    true,
  ],
  [
    'equipment, with its status as of today computed in SQL',
    `{ equipment(first: 20) { totalCount edges { cursor node { id assetTag name type siteId locationId status inCalibration calibrationIntervalDays lastCalibratedOn calibrationDueOn } } pageInfo { hasNextPage endCursor } } }`,
    undefined,
    true,
  ],
  [
    'equipment by status as shown, type and due date',
    `{ late: equipment(filter: { status: [OUT_OF_CALIBRATION] }) { totalCount edges { node { assetTag status } } } inService: equipment(filter: { status: [IN_SERVICE], calibrationDueBy: "2100-01-01" }) { totalCount edges { node { assetTag status calibrationDueOn } } } }`,
    undefined,
    true,
  ],
  ['a forged cursor', `{ lots(first: 2, after: "bm90IGEgY3Vyc29y") { edges { node { id } } } }`, undefined, false],
  ['a page size beyond the limit', `{ lots(first: 100000) { edges { node { id } } } }`, undefined, false],
  ['fields the compiler does not cover', `{ lots(first: 2) { edges { node { id udi signatures { id } } } } }`, undefined, false],
];

describe.each(EDGE_CASES)('%s', (_name, query, vars, compiledForAdmin) => {
  it('answers alike on both paths for every role', async () => {
    for (const who of ALL_CALLERS()) {
      const { compiled } = await both(query, { ...variables, m: variables.materialId, s: variables.supplierId, a: variables.aslId, ...vars }, callers[who]).catch((err: Error) => {
        throw new Error(`as ${who}: ${err.message}`);
      });
      if (who === 'ADMIN') expect(compiled.path).toBe(compiledForAdmin ? 'compiled' : null);
    }
  }, 60_000);
});

describe('pagination through every page', () => {
  it.each([
    ['lots forward by lot number', 'lots', '{ field: LOT_NUMBER }', 'first'],
    ['lots backward by creation', 'lots', '{ field: CREATED_AT, direction: DESC }', 'last'],
    ['materials forward by update', 'materials', '{ field: UPDATED_AT, direction: DESC }', 'first'],
    ['suppliers forward by qualification expiry', 'suppliers', '{ field: QUALIFICATION_EXPIRES_ON }', 'first', 2],
    ['customers backward by name', 'customers', '{ field: NAME }', 'last', 2],
    ['sites forward by code', 'sites', '{ field: CODE }', 'first', 1],
    ['nonconformances backward, in their one order', 'nonconformances', null, 'last', 1],
    ['CAPAs forward, in their one order', 'capas', null, 'first', 1],
    ['inspections backward, in their one order', 'inspections', null, 'last', 2],
    ['equipment forward by asset tag', 'equipment', null, 'first', 2],
  ])(
    '%s: the same pages and cursors',
    async (_name, list, orderBy, size, pageSize = 7) => {
      const move = size === 'first' ? 'after' : 'before';
      const cursorField = size === 'first' ? 'endCursor' : 'startCursor';
      let cursor: string | null = null;
      let pages = 0;
      do {
        const order = orderBy ? `, orderBy: [${orderBy}]` : '';
        const query = `query Q($c: String) { ${list}(${size}: ${pageSize}, ${move}: $c${order}) { edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
        const { compiled } = await both(query, { c: cursor }, callers.ADMIN);
        expect(compiled.path).toBe('compiled');
        const info = (compiled.data as any)[list].pageInfo;
        cursor = (size === 'first' ? info.hasNextPage : info.hasPreviousPage) ? info[cursorField] : null;
        pages += 1;
      } while (cursor && pages < 100);
      expect(pages).toBeGreaterThan(1);
    },
    60_000,
  );
});

describe('what the compiled path costs and shows', () => {
  it('answers each of the compare bench reads in one statement', async () => {
    for (const query of [
      '{ materials(first: 50) { edges { node { id code name approvedSuppliers { status supplier { code name } } } } } }',
      '{ lots(first: 100) { edges { node { id lotNumber material { code name } supplier { code name } } } } }',
      `{ node(id: "${variables.id as string}") { ... on Lot { id lotNumber status material { code name } } } }`,
    ]) {
      for (const who of ['ADMIN', 'QA_MANAGER', 'SUPPLIER']) {
        const answer = await ask(query, {}, callers[who]);
        expect({ who, query, path: answer.path, statements: answer.statements }).toEqual({ who, query, path: 'compiled', statements: 1 });
      }
    }
  });

  it('reuses a plan only for the same document, variables and rules', async () => {
    const query = 'query Q($id: ID!) { node(id: $id) { ... on Lot { id } ... on Material { code } } }';
    const lots = (variables.ids as string[]).slice(0, 2);
    for (const [id, who] of [
      [lots[0], 'ADMIN'],
      [lots[1], 'ADMIN'],
      [variables.materialId, 'ADMIN'],
      [lots[0], 'ADMIN'],
      [lots[0], 'SUPPLIER without claim'],
      [lots[0], 'ADMIN'],
    ] as const) {
      const { compiled } = await both(query, { id }, callers[who]);
      expect(compiled.path).toBe('compiled');
      if (who === 'ADMIN') expect(compiled.data).toEqual({ node: String(id).startsWith('lot_') ? { id } : { code: expect.any(String) } });
      else expect(compiled.data).toEqual({ node: null });
    }
  });

  it('answers fields a role may read on no row with null and FORBIDDEN at each place, in one statement', async () => {
    const query = '{ materials(first: 20) { edges { node { code reorderPoint approvedSuppliers { supplier { code contactEmail } } } } } }';
    for (const who of ['SUPPLIER', 'BI_READER']) {
      const answer = await ask(query, {}, callers[who]);
      expect({ who, path: answer.path, statements: answer.statements }).toEqual({ who, path: 'compiled', statements: 1 });
      const edges = (answer.data as any).materials.edges as any[];
      expect(edges.length).toBeGreaterThan(0);
      const masked = (answer.errors as { path: unknown[]; extensions: { code: string } }[]).map((e) => [e.extensions.code, e.path.join('.')]);
      if (who === 'SUPPLIER') expect(masked).toEqual(edges.map((_e, i) => ['FORBIDDEN', `materials.edges.${i}.node.reorderPoint`]));
      else {
        const contacts = edges.flatMap((e, i) => e.node.approvedSuppliers.map((_a: unknown, j: number) => ['FORBIDDEN', `materials.edges.${i}.node.approvedSuppliers.${j}.supplier.contactEmail`]));
        expect(contacts.length).toBeGreaterThan(0);
        expect(masked).toEqual(contacts);
      }
    }
  });

  it('answers a node of a type the caller may not read without a statement', async () => {
    const answer = await ask(`{ node(id: "${variables.id as string}") { id } }`, {}, callers['SUPPLIER without claim']);
    expect(answer).toMatchObject({ path: 'compiled', statements: 0, data: { node: null } });
  });

  it('shows the statement it ran when asked, outside production', async () => {
    const res = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${t.token(callers.ADMIN)}`, 'x-lotgraph-show-sql': '1' },
      body: JSON.stringify({ query: '{ lots(first: 2) { totalCount edges { node { lotNumber material { code } } } } }' }),
    });
    const body = (await res.json()) as { extensions: { compiledSql: string } };
    expect(body.extensions.compiledSql).toMatch(/^SELECT json_build_object\('lots', \(WITH _p\d+ AS \(SELECT .* FROM lot lt WHERE/);
    // The page's rows are chosen by an inner LIMIT, and the JSON built outside it for those rows only.
    expect(body.extensions.compiledSql).toMatch(/FROM \(SELECT lt\.\* FROM lot lt WHERE .* ORDER BY lt\.created_at DESC, lt\.id DESC LIMIT \$\d+\) lt\)/);
  });
});

describe('a status computed from today', () => {
  afterEach(() => restoreClock());

  it('answers alike on both paths once the date moves past a calibration due date, with the same document', async () => {
    const QUERY = '{ equipment(first: 50) { edges { node { assetTag status inCalibration calibrationDueOn } } } }';
    const before = await both(QUERY, {}, callers.ADMIN);
    expect(before.compiled.path).toBe('compiled');
    const nodes = (before.compiled.data as any).equipment.edges.map((e: any) => e.node);
    const due = nodes.filter((n: any) => n.status === 'IN_SERVICE' && n.calibrationDueOn).map((n: any) => n.calibrationDueOn as string);
    expect(due.length).toBeGreaterThan(0);
    const days = Math.ceil((Date.parse(`${due.sort()[0]}T00:00:00Z`) - Date.now()) / 86_400_000) + 1;
    moveClockForward(days);
    const after = await both(QUERY, {}, callers.ADMIN);
    expect(after.compiled.path).toBe('compiled');
    expect((after.compiled.data as any).equipment.edges.filter((e: any) => e.node.status === 'OUT_OF_CALIBRATION').length).toBeGreaterThan(
      nodes.filter((n: any) => n.status === 'OUT_OF_CALIBRATION').length,
    );
  });
});

describe('traceLot on the compiled path', () => {
  const TRACE = `query T($id: ID!, $direction: TraceDirection, $maxDepth: Int) {
    traceLot(id: $id, direction: $direction, maxDepth: $maxDepth) {
      __typename maxDepth root { id lotNumber material { code } }
      nodes { __typename direction lotId fromLotId depth quantity lot { id lotNumber status supplier { name } } }
    }
  }`;
  const traced: Record<string, string> = {};

  beforeAll(async () => {
    // A lot with genealogy each way (a made lot, a consumed one), found the way a client finds them.
    const lots = ((await t.ok(parse('{ lots(first: 100) { edges { node { id } } } }') as never)) as any).lots.edges.map((e: any) => e.node.id as string);
    for (const id of lots) {
      const trace = (await ask(TRACE, { id, direction: 'BOTH', maxDepth: 10 }, callers.ADMIN, 'general')).data as any;
      for (const node of trace.traceLot.nodes as any[]) traced[node.direction] ??= id;
    }
    expect(Object.keys(traced).sort()).toEqual(['BACKWARD', 'FORWARD']);
    // Its supplier may read the consumed lot but not what was made of it: the walk must stop there.
    const consumed = ((await t.ok(parse(`{ node(id: "${traced.FORWARD}") { ... on Lot { supplierId } } }`) as never)) as any).node;
    expect(consumed.supplierId).toBeTruthy();
    callers['SUPPLIER of the consumed lot'] = { roles: ['SUPPLIER'], supplierId: consumed.supplierId };
  });

  it('answers every direction and depth alike on both paths for every role, in one statement', async () => {
    for (const direction of ['BACKWARD', 'FORWARD', 'BOTH']) {
      for (const maxDepth of [1, 10]) {
        for (const who of ALL_CALLERS()) {
          const id = traced[direction] ?? traced.BACKWARD;
          const { general, compiled } = await both(TRACE, { id, direction, maxDepth }, callers[who]).catch((err: Error) => {
            throw new Error(`${direction} ${maxDepth} as ${who}: ${err.message}`);
          });
          if (who === 'ADMIN') {
            expect({ path: compiled.path, statements: compiled.statements }).toEqual({ path: 'compiled', statements: 1 });
            expect((compiled.data as any).traceLot.nodes.length).toBeGreaterThan(0);
          }
          if (general.errors) expect(compiled.path).toBeNull();
          if (who === 'SUPPLIER of the consumed lot' && direction === 'FORWARD') expect({ path: compiled.path, nodes: (compiled.data as any).traceLot.nodes }).toEqual({ path: 'compiled', nodes: [] });
        }
      }
    }
  }, 120_000);

  it('leaves a root the caller cannot see, and a refused depth, to the general path and its errors', async () => {
    for (const [vars, code] of [
      [{ id: 'lot_doesnotexist', direction: 'BACKWARD', maxDepth: 3 }, 'NOT_FOUND'],
      [{ id: traced.BACKWARD, direction: 'BACKWARD', maxDepth: 0 }, 'VALIDATION_FAILED'],
    ] as const) {
      const answer = await ask(TRACE, vars, callers.ADMIN);
      expect({ path: answer.path, data: answer.data, code: (answer.errors as any)?.[0]?.extensions?.code }).toEqual({ path: null, data: { traceLot: null }, code });
    }
    const outOfScope = await both(TRACE, { id: traced.BACKWARD, direction: 'BOTH', maxDepth: 10 }, callers['SUPPLIER of nothing']);
    expect(outOfScope.compiled.path).toBeNull();
    expect((outOfScope.general.errors as any)?.[0]?.extensions?.code).toBeDefined();
  });
});

describe('lotByNumber on the compiled path', () => {
  const BY_NUMBER = `query L($materialCode: String!, $lotNumber: String!) {
    lotByNumber(materialCode: $materialCode, lotNumber: $lotNumber) { __typename id lotNumber supplierLotNumber status expiresOn material { code } supplier { name } }
  }`;

  it('finds a lot by internal or supplier lot number alike on both paths for every role, in one statement', async () => {
    const lots = ((await t.ok(parse('{ lots(first: 50) { edges { node { lotNumber supplierLotNumber material { code } } } } }') as never)) as any).lots.edges.map((e: any) => e.node);
    const received = lots.find((l: any) => l.supplierLotNumber);
    expect(received).toBeDefined();
    const cases = [
      { materialCode: received.material.code, lotNumber: received.lotNumber },
      { materialCode: received.material.code, lotNumber: received.supplierLotNumber },
      { materialCode: received.material.code, lotNumber: 'NO-SUCH-LOT' },
      { materialCode: 'NO-SUCH-MATERIAL', lotNumber: received.lotNumber },
    ];
    for (const vars of cases) {
      for (const who of ALL_CALLERS()) {
        const { compiled } = await both(BY_NUMBER, vars, callers[who]).catch((err: Error) => {
          throw new Error(`${JSON.stringify(vars)} as ${who}: ${err.message}`);
        });
        if (who === 'ADMIN') expect({ path: compiled.path, statements: compiled.statements }).toEqual({ path: 'compiled', statements: 1 });
      }
    }
    const found = await ask(BY_NUMBER, cases[1], callers.ADMIN);
    expect((found.data as any).lotByNumber).toMatchObject({ lotNumber: received.lotNumber, supplierLotNumber: received.supplierLotNumber });
  }, 60_000);
});
