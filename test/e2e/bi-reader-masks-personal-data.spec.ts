import { createTestServer, subscribe, type TestServer } from '../support/test-server';
import { CreateCustomerDocument, CreateSupplierDocument, CreateUserDocument, CustomersDocument, SetSupplierQualificationDocument, SuppliersDocument, UsersDocument } from '../generated/graphql';
import { daysFromToday } from '../support/fixtures';

/**
 * BI_READER reads records for reporting with personal data masked: each masked field resolves
 * to null with a FORBIDDEN error at its path while the rest is served, and filtering or ordering
 * by one is refused. The fields are written out here, not taken from the rules file, so a rule
 * that drops one fails this spec.
 */
const MASKED = {
  Supplier: ['contactName', 'contactEmail', 'contactPhone'],
  Customer: ['contactName', 'contactEmail', 'contactPhone'],
  User: ['email'],
} as const;

let t: TestServer;
const ids: Record<keyof typeof MASKED, string> = { Supplier: '', Customer: '', User: '' };
const contact = { contactName: 'Wang Fang', contactEmail: 'wang.fang@example.com', contactPhone: '+86 512 6688 0000' };

beforeAll(async () => {
  t = await createTestServer();
  const s = await t.ok(CreateSupplierDocument, { input: { code: 'BIM-SUP', name: 'Precision Tubing Ltd', country: 'CN', ...contact } }, 'PURCHASING');
  ids.Supplier = s.createSupplier.supplier!.id;
  const c = await t.ok(CreateCustomerDocument, { input: { code: 'BIM-CUS', name: 'Suzhou Municipal Hospital', country: 'CN', ...contact } }, 'SALES');
  ids.Customer = c.createCustomer.customer!.id;
  const u = await t.ok(CreateUserDocument, { input: { subject: 'u-bim', printedName: 'Zhao Lei', roles: ['QA_INSPECTOR'], email: 'zhao.lei@example.com' } }, 'ADMIN');
  ids.User = u.createUser.user!.id;
});
afterAll(async () => {
  await t?.close();
});

const byId: Record<keyof typeof MASKED, (id: string) => Promise<{ data?: unknown; errors?: { path?: (string | number)[]; extensions?: { code?: string } }[] }>> = {
  Supplier: (id) => t.gql(SuppliersDocument, { first: 1, filter: { ids: [id] } }, 'BI_READER'),
  Customer: (id) => t.gql(CustomersDocument, { first: 1, filter: { ids: [id] } }, 'BI_READER'),
  User: (id) => t.gql(UsersDocument, { first: 1, filter: { ids: [id] } }, 'BI_READER'),
};
const LIST = { Supplier: 'suppliers', Customer: 'customers', User: 'users' } as const;
const NODE = `query($id: ID!) { node(id: $id) { id
  ... on Supplier { code contactName contactEmail contactPhone }
  ... on Customer { code contactName contactEmail contactPhone }
  ... on User { subject email } } }`;

const fields = Object.entries(MASKED).flatMap(([type, names]) => names.map((name) => [type as keyof typeof MASKED, name] as const));

describe('BI_READER masks personal data', () => {
  it.each(fields)('%s.%s: null with FORBIDDEN at its path in lists and through node, the rest served', async (type, field) => {
    const list = await byId[type](ids[type]);
    const node = (list.data as Record<string, { edges: { node: Record<string, unknown> }[] }>)[LIST[type]].edges[0].node;
    expect(node).toMatchObject({ id: ids[type], [field]: null });
    expect(Object.values(node).filter((v) => v !== null).length).toBeGreaterThan(1);
    expect(list.errors).toContainEqual(expect.objectContaining({ path: [LIST[type], 'edges', 0, 'node', field], extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }));

    const single = await t.gql<{ node: Record<string, unknown> }, { id: string }>(NODE, { id: ids[type] }, 'BI_READER');
    expect(single.data?.node).toMatchObject({ id: ids[type], [field]: null });
    expect(single.errors).toContainEqual(expect.objectContaining({ path: ['node', field], extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }));

    const allowed = await t.gql<{ node: Record<string, unknown> }, { id: string }>(NODE, { id: ids[type] }, 'AUDITOR');
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data?.node[field]).toEqual(expect.any(String));
  });

  it.each([
    ['suppliers filtered by contactEmail', `{ suppliers(first: 5, filter: { contactEmail: "${contact.contactEmail}" }) { totalCount } }`],
    ['customers filtered by contactEmail', `{ customers(first: 5, filter: { contactEmail: "${contact.contactEmail}" }) { totalCount } }`],
    ['users filtered by email', '{ users(first: 5, filter: { email: "zhao.lei@example.com" }) { totalCount } }'],
    ['users ordered by email', '{ users(first: 5, orderBy: [{ field: EMAIL }]) { totalCount } }'],
  ])('refuses %s with FORBIDDEN, and serves it to AUDITOR', async (_what, query) => {
    const refused = await t.gql(query, {}, 'BI_READER');
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(Object.values(refused.data ?? { missing: true })).toEqual([null]);
    const served = await t.gql<Record<string, { totalCount: number }>, unknown>(query, {}, 'AUDITOR');
    expect(served.errors).toBeUndefined();
    expect(Object.values(served.data!)[0].totalCount).toBeGreaterThan(0);
  });

  it('masks the supplier contact in pushed qualification events too', async () => {
    const events = subscribe<{ supplierQualificationChanged: { supplier: Record<string, unknown> } }>(
      t.ws({ authorization: `Bearer ${t.token('BI_READER')}` }),
      `subscription { supplierQualificationChanged { supplier { id code contactName contactEmail contactPhone } } }`,
    );
    await t.subscribers(1);
    await t.ok(SetSupplierQualificationDocument, { input: { id: ids.Supplier, expectedVersion: 1, status: 'APPROVED', expiresOn: daysFromToday(90), reason: 'Audit passed' } }, 'QA_MANAGER');
    await events.waitFor(1);
    expect(events.events[0].supplierQualificationChanged.supplier).toEqual({ id: ids.Supplier, code: 'BIM-SUP', contactName: null, contactEmail: null, contactPhone: null });
    expect(events.errors.map((e) => (e as { extensions?: { code?: string } }).extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    events.unsubscribe();
  });
});
