import { createTestServer, type TestServer } from '../support/test-server';
import { CreateCustomerDocument, CustomersDocument, NodeDocument, SetCustomerStatusDocument, UpdateCustomerDocument } from '../generated/graphql';

let t: TestServer;
beforeAll(async () => {
  t = await createTestServer();
});
afterAll(async () => {
  await t?.close();
});

async function create(code: string, extra: Record<string, string> = {}) {
  const res = await t.ok(CreateCustomerDocument, {
    input: { code, name: `Hospital ${code}`, country: 'CN', contactName: 'Dr. Chen', contactEmail: `${code.toLowerCase()}@hospital.example`, ...extra },
  }, 'SALES');
  expect(res.createCustomer.userErrors).toEqual([]);
  return res.createCustomer.customer!;
}

describe('customers', () => {
  it('SALES creates and updates customers; PURCHASING may not; changes are audited with old and new values', async () => {
    const denied = await t.gql(CreateCustomerDocument, { input: { code: 'C-P', name: 'x' } }, 'PURCHASING');
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const c = await create('C-1');
    expect(c).toMatchObject({ status: 'ACTIVE', version: 1, country: 'CN' });
    const upd = await t.ok(UpdateCustomerDocument, { input: { id: c.id, expectedVersion: 1, contactPhone: '+86 10 1234 5678', reason: 'New switchboard' } }, 'SALES');
    expect(upd.updateCustomer.customer).toMatchObject({ contactPhone: '+86 10 1234 5678', version: 2 });
    const [audit] = await t.sql<{ changes: unknown; reason: string }>(`SELECT changes, reason FROM audit_entry WHERE entity_id = $1 AND action = 'UPDATE'`, [c.id]);
    expect(audit).toEqual({ changes: [{ field: 'contactPhone', old: null, new: '+86 10 1234 5678' }], reason: 'New switchboard' });
    const stale = await t.ok(UpdateCustomerDocument, { input: { id: c.id, expectedVersion: 1, name: 'x', reason: 'r' } }, 'SALES');
    expect(stale.updateCustomer.userErrors[0].code).toBe('VERSION_CONFLICT');
  });

  it('refuses invalid input and duplicate codes without writing', async () => {
    await create('C-DUP');
    const [{ n: before }] = await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM customer');
    const bad = await t.ok(CreateCustomerDocument, { input: { code: 'bad code!', name: ' ', contactEmail: 'x@', country: 'China' } }, 'SALES');
    expect(bad.createCustomer.userErrors.map((e) => e.field?.[1]).sort()).toEqual(['code', 'contactEmail', 'country', 'name']);
    const dup = await t.ok(CreateCustomerDocument, { input: { code: 'C-DUP', name: 'Again' } }, 'SALES');
    expect(dup.createCustomer.userErrors[0]).toMatchObject({ code: 'DUPLICATE', field: ['input', 'code'] });
    const [{ n: after }] = await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM customer');
    expect(after).toBe(before);
  });

  it('deactivates with a reason and refuses deactivating twice', async () => {
    const c = await create('C-OFF');
    const off = await t.ok(SetCustomerStatusDocument, { input: { id: c.id, expectedVersion: 1, status: 'INACTIVE', reason: 'Hospital merged' } }, 'SALES');
    expect(off.setCustomerStatus.customer).toMatchObject({ status: 'INACTIVE', version: 2 });
    const again = await t.ok(SetCustomerStatusDocument, { input: { id: c.id, expectedVersion: 2, status: 'INACTIVE', reason: 'again' } }, 'SALES');
    expect(again.setCustomerStatus.userErrors[0].code).toBe('INVALID_TRANSITION');
  });

  it('is not readable by WAREHOUSE, SUPPLIER or anonymous callers', async () => {
    for (const as of ['WAREHOUSE', { roles: ['SUPPLIER' as const], supplierId: 'sup_x' }, null] as const) {
      const res = await t.gql(CustomersDocument, { first: 1 }, as);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('masks contact data for BI_READER and refuses its filtering by contact e-mail; node agrees with the list', async () => {
    const c = await create('C-BI');
    const res = await t.gql(CustomersDocument, { first: 1, filter: { ids: [c.id] } }, 'BI_READER');
    expect(res.data?.customers.edges[0].node).toMatchObject({ code: 'C-BI', name: 'Hospital C-BI', contactEmail: null, contactName: null, contactPhone: null });
    expect(res.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual(expect.arrayContaining([
      ['customers.edges.0.node.contactEmail', 'FORBIDDEN'], ['customers.edges.0.node.contactName', 'FORBIDDEN'],
    ]));
    const filter = await t.gql(CustomersDocument, { first: 1, filter: { contactEmail: 'c-bi@hospital.example' } }, 'BI_READER');
    expect(filter.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const asSales = await t.ok(CustomersDocument, { first: 5, filter: { contactEmail: 'C-BI@hospital.example' } }, 'SALES');
    expect(asSales.customers.edges.map((e) => e.node.code)).toEqual(['C-BI']);
    expect((await t.ok(NodeDocument, { id: c.id }, 'BI_READER')).node).toMatchObject({ __typename: 'Customer', id: c.id });
    expect((await t.ok(NodeDocument, { id: c.id }, 'WAREHOUSE')).node).toBeNull();
  });

  it('pages both ways by name', async () => {
    for (const code of ['C-PA', 'C-PB', 'C-PC', 'C-PD', 'C-PE']) await create(code);
    const filter = { codePrefix: 'C-P' };
    const orderBy = [{ field: 'NAME' as const, direction: 'DESC' as const }];
    const first = await t.ok(CustomersDocument, { first: 2, filter, orderBy }, 'SALES');
    expect(first.customers.edges.map((e) => e.node.code)).toEqual(['C-PE', 'C-PD']);
    const next = await t.ok(CustomersDocument, { first: 2, after: first.customers.pageInfo.endCursor, filter, orderBy }, 'SALES');
    expect(next.customers.edges.map((e) => e.node.code)).toEqual(['C-PC', 'C-PB']);
    const prev = await t.ok(CustomersDocument, { last: 2, before: next.customers.pageInfo.startCursor, filter, orderBy }, 'SALES');
    expect(prev.customers.edges.map((e) => e.node.code)).toEqual(['C-PE', 'C-PD']);
    expect(prev.customers.pageInfo.hasPreviousPage).toBe(false);
    expect(first.customers.totalCount).toBe(5);
  });
});
