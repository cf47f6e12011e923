import { createTestServer, type Caller, type TestServer } from '../support/test-server';
import { seedRoleMatrix } from '../support/role-matrix-seed';
import type { Role } from '../../src/core/authz/role';

/**
 * A field that returns records of an entity type applies that type's rules wherever it sits:
 * the signatures on a lot, a nonconformance or a CAPA are readable only by those who may read
 * signatures, exactly as `verifySignature` and `node` already refused them.
 */
let t: TestServer;
let seed: Awaited<ReturnType<typeof seedRoleMatrix>>;
beforeAll(async () => {
  t = await createTestServer();
  seed = await seedRoleMatrix(t);
}, 120_000);
afterAll(async () => {
  await t?.close();
});

const as = (role: Role): Caller => (role === 'SUPPLIER' ? { roles: [role], supplierId: seed.supplierId } : { roles: [role] });
const SIGNATURE = 'signatures { signerId printedName reason contentHash }';

/** The lot, nonconformance and CAPA with their signatures, each through `node` (a type the caller may not read is null). */
async function signedRecords(role: Role) {
  const res = await t.gql<Record<string, { id: string; signatures: unknown[] | null } | null>, object>(
    `{
    lot: node(id: "${seed.lotId}") { ... on Lot { id ${SIGNATURE} } }
    nonconformance: node(id: "${seed.nonconformanceId}") { ... on Nonconformance { id ${SIGNATURE} } }
    capa: node(id: "${seed.signedCapaId}") { ... on Capa { id ${SIGNATURE} } }
  }`,
    {},
    as(role),
  );
  const forbidden = (res.errors ?? []).filter((e) => e.extensions?.code === 'FORBIDDEN').map((e) => e.path?.join('.'));
  return { data: res.data!, forbidden, others: (res.errors ?? []).filter((e) => e.extensions?.code !== 'FORBIDDEN') };
}

describe('signatures on lots, nonconformances and CAPAs', () => {
  it.each<[Role, string[]]>([
    ['SUPPLIER', ['lot', 'nonconformance']],
    ['BI_READER', ['lot', 'nonconformance', 'capa']],
    ['WAREHOUSE', ['lot']],
    ['SALES', ['lot']],
  ])('are null with FORBIDDEN for %s, who may not read signatures, and the rest of each record it may read is served', async (role, readable) => {
    const { data, forbidden, others } = await signedRecords(role);
    expect(others).toEqual([]);
    expect(forbidden.sort()).toEqual(readable.map((record) => `${record}.signatures`).sort());
    for (const record of readable) expect(data[record]).toEqual({ id: expect.any(String), signatures: null });
  });

  it.each<Role>(['QA_INSPECTOR', 'QA_MANAGER', 'AUDITOR'])('are served to %s, who may read signatures: signer, printed name, reason and content hash', async (role) => {
    const { data, forbidden } = await signedRecords(role);
    expect(forbidden).toEqual([]);
    for (const record of ['lot', 'nonconformance', 'capa']) {
      expect(data[record]?.signatures).toEqual([expect.objectContaining({ signerId: expect.any(String), printedName: expect.any(String), contentHash: expect.stringMatching(/^[0-9a-f]{64}$/) })]);
    }
  });

  it('are refused by verifySignature and node alike to a role that may not read them', async () => {
    const res = await t.gql(`{ node(id: "${seed.signatureId}") { id } verifySignature(id: "${seed.signatureId}") { valid } }`, {}, as('BI_READER'));
    expect(res.data).toEqual({ node: null, verifySignature: null });
    expect(res.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([['verifySignature', 'FORBIDDEN']]);
    expect((await t.gql(`{ node(id: "${seed.signatureId}") { id } }`, {}, as('BI_READER'))).data).toEqual({ node: null });
  });

  it('are left out of the batch record PRODUCTION may read, which it gets without them', async () => {
    const query = `{ deviceHistoryRecord(lotId: "${seed.lotId}") { lot { lotNumber } signatures { printedName } } }`;
    const production = await t.gql<{ deviceHistoryRecord: { lot: { lotNumber: string }; signatures: unknown[] | null } }, object>(query, {}, 'PRODUCTION');
    expect(production.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([['deviceHistoryRecord.signatures', 'FORBIDDEN']]);
    expect(production.data?.deviceHistoryRecord).toEqual({ lot: { lotNumber: seed.lotNumber }, signatures: null });
    const inspector = await t.gql<{ deviceHistoryRecord: { signatures: unknown[] } }, object>(query, {}, 'QA_INSPECTOR');
    expect(inspector.errors).toBeUndefined();
    expect(inspector.data?.deviceHistoryRecord.signatures.length).toBeGreaterThan(0);
  });

  it('of a whole page of lots are read in one statement, and not at all for a caller who may not read them', async () => {
    const page = (first: number, role: Role) => t.gql(`{ lots(first: ${first}) { edges { node { id signatures { id } } } } }`, {}, role);
    const one = await page(1, 'QA_INSPECTOR');
    const all = await page(50, 'QA_INSPECTOR');
    expect((all.data as { lots: { edges: unknown[] } }).lots.edges.length).toBeGreaterThan(2);
    expect(all.extensions?.sqlStatements).toBe(one.extensions?.sqlStatements);
    const refused = await page(50, 'WAREHOUSE');
    expect(refused.errors?.every((e) => e.extensions?.code === 'FORBIDDEN')).toBe(true);
    expect(refused.extensions?.sqlStatements).toBeLessThan(all.extensions!.sqlStatements!);
  });
});
