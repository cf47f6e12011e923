import { createTestServer, type TestServer } from '../support/test-server';
import {
  CreateCustomerDocument,
  CustomerNodeDocument,
  CustomersDocument,
  SetCustomerStatusDocument,
  UpdateCustomerDocument,
  type CreateCustomerInput,
  type CustomerFilter,
  type CustomerOrder,
} from '../generated/graphql';

let t: TestServer;
beforeAll(async () => {
  t = await createTestServer();
});
afterAll(async () => {
  await t?.close();
});

const base = (code: string, extra: Partial<CreateCustomerInput> = {}): CreateCustomerInput => ({
  code,
  name: `Hospital ${code}`,
  country: 'CN',
  contactName: 'Dr. Chen',
  contactEmail: `${code.toLowerCase()}@hospital.example`,
  ...extra,
});

async function create(code: string, extra: Partial<CreateCustomerInput> = {}) {
  const res = await t.ok(CreateCustomerDocument, { input: base(code, extra) }, 'SALES');
  expect(res.createCustomer.userErrors).toEqual([]);
  return res.createCustomer.customer!;
}

/** Rows that any write would add: the record, its audit entries and its outbox events. */
async function rowCounts(): Promise<string> {
  const [row] = await t.sql<{ c: number; a: number; o: number }>(
    'SELECT (SELECT count(*)::int FROM customer) AS c, (SELECT count(*)::int FROM audit_entry) AS a, (SELECT count(*)::int FROM outbox_event) AS o',
  );
  return JSON.stringify(row);
}

async function codes(filter: CustomerFilter, orderBy?: CustomerOrder[], as: Parameters<TestServer['ok']>[2] = 'SALES') {
  const res = await t.ok(CustomersDocument, { first: 100, filter, orderBy }, as);
  return { codes: res.customers!.edges.map((e) => e.node.code), totalCount: res.customers!.totalCount };
}

/** Every code of a list, walked page by page with cursors in one direction, in list order. */
async function pageThrough(direction: 'forward' | 'backward', vars: { filter: CustomerFilter; orderBy: CustomerOrder[] }): Promise<string[]> {
  const seen: string[] = [];
  let cursor: string | null | undefined;
  for (let page = 0; page < 10; page++) {
    const forward = direction === 'forward';
    const { customers } = await t.ok(CustomersDocument, forward ? { ...vars, first: 4, after: cursor } : { ...vars, last: 4, before: cursor }, 'SALES');
    expect(customers!.totalCount).toBe(6);
    const pageCodes = customers!.edges.map((e) => e.node.code);
    if (forward) seen.push(...pageCodes);
    else seen.unshift(...pageCodes);
    if (!(forward ? customers!.pageInfo.hasNextPage : customers!.pageInfo.hasPreviousPage)) break;
    cursor = forward ? customers!.pageInfo.endCursor : customers!.pageInfo.startCursor;
  }
  return seen;
}

type AuditRow = { action: string; changes: { field: string; old: unknown; new: unknown }[]; reason: string | null; actor_id: string; actor_name: string };
const auditOf = (id: string) => t.sql<AuditRow>('SELECT action, changes, reason, actor_id, actor_name FROM audit_entry WHERE entity_id = $1 ORDER BY seq', [id]);
const eventsOf = (id: string) =>
  t.sql<{ event_type: string; payload: { kind: string; changedFields: string[] } }>('SELECT event_type, payload FROM outbox_event WHERE aggregate_id = $1 ORDER BY id', [id]);

describe('createCustomer', () => {
  it('is refused for roles that may not maintain customers and changes nothing; SALES may', async () => {
    const before = await rowCounts();
    for (const as of ['PURCHASING', 'WAREHOUSE', 'BI_READER', 'AUDITOR', 'QA_MANAGER', null] as const) {
      const res = await t.gql(CreateCustomerDocument, { input: base('C-DENY') }, as);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await rowCounts()).toBe(before);
    const c = await create('C-DENY');
    expect(c).toMatchObject({ code: 'C-DENY', status: 'ACTIVE', version: 1, country: 'CN', customFields: {} });
    expect(c.id).toMatch(/^cus_[0-9a-f]{32}$/);
  });

  it('audits every field of the new record with actor and reason, and emits CustomerChanged in the same transaction', async () => {
    const c = await create('C-AUD', { contactPhone: '+86 10 1234 5678', reason: 'Tender won' });
    const [entry, ...rest] = await auditOf(c.id);
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ action: 'CREATE', reason: 'Tender won', actor_id: 'test-sales', actor_name: 'Test SALES' });
    expect(entry.changes).toEqual(
      expect.arrayContaining([
        { field: 'code', old: null, new: 'C-AUD' },
        { field: 'contactEmail', old: null, new: 'c-aud@hospital.example' },
        { field: 'status', old: null, new: 'ACTIVE' },
      ]),
    );
    expect(await eventsOf(c.id)).toEqual([{ event_type: 'CustomerChanged', payload: expect.objectContaining({ kind: 'CREATED' }) }]);
  });

  it('reports every invalid field at once and writes nothing', async () => {
    const before = await rowCounts();
    const bad = await t.ok(CreateCustomerDocument, { input: { code: 'bad code!', name: ' ', contactEmail: 'x@', country: 'China' } }, 'SALES');
    expect(bad.createCustomer.customer).toBeNull();
    expect(bad.createCustomer.userErrors.map((e) => e.field?.join('.')).sort()).toEqual(['input.code', 'input.contactEmail', 'input.country', 'input.name']);
    expect(bad.createCustomer.userErrors.every((e) => e.code === 'VALIDATION_FAILED')).toBe(true);
    expect(await rowCounts()).toBe(before);
  });

  it('refuses a duplicate code as DUPLICATE and writes nothing', async () => {
    await create('C-DUP');
    const before = await rowCounts();
    const dup = await t.ok(CreateCustomerDocument, { input: base('C-DUP', { name: 'Again' }) }, 'SALES');
    expect(dup.createCustomer.userErrors).toEqual([expect.objectContaining({ code: 'DUPLICATE', field: ['input', 'code'] })]);
    expect(await rowCounts()).toBe(before);
  });
});

describe('updateCustomer', () => {
  it('changes only the given fields, bumps the version and audits old and new values with reason and actor', async () => {
    const c = await create('C-UPD');
    const upd = await t.ok(
      UpdateCustomerDocument,
      {
        input: { id: c.id, expectedVersion: 1, contactPhone: '+86 10 1234 5678', contactName: null, reason: 'New switchboard' },
      },
      'SALES',
    );
    expect(upd.updateCustomer.userErrors).toEqual([]);
    expect(upd.updateCustomer.customer).toMatchObject({ name: 'Hospital C-UPD', contactPhone: '+86 10 1234 5678', contactName: null, version: 2 });
    const audit = await auditOf(c.id);
    expect(audit.map((a) => a.action)).toEqual(['CREATE', 'UPDATE']);
    expect(audit[1]).toEqual({
      action: 'UPDATE',
      reason: 'New switchboard',
      actor_id: 'test-sales',
      actor_name: 'Test SALES',
      changes: [
        { field: 'contactName', old: 'Dr. Chen', new: null },
        { field: 'contactPhone', old: null, new: '+86 10 1234 5678' },
      ],
    });
    expect((await eventsOf(c.id))[1].payload).toMatchObject({ kind: 'UPDATED', changedFields: ['contactName', 'contactPhone'] });
  });

  it('refuses a stale expectedVersion with VERSION_CONFLICT and changes nothing', async () => {
    const c = await create('C-VER');
    await t.ok(UpdateCustomerDocument, { input: { id: c.id, expectedVersion: 1, name: 'First writer', reason: 'r' } }, 'SALES');
    const before = await rowCounts();
    const stale = await t.ok(UpdateCustomerDocument, { input: { id: c.id, expectedVersion: 1, name: 'Second writer', reason: 'r' } }, 'SALES');
    expect(stale.updateCustomer.userErrors).toEqual([expect.objectContaining({ code: 'VERSION_CONFLICT', field: ['input', 'expectedVersion'] })]);
    expect(await rowCounts()).toBe(before);
    const [row] = await t.sql<{ name: string; version: number }>('SELECT name, version FROM customer WHERE id = $1', [c.id]);
    expect(row).toEqual({ name: 'First writer', version: 2 });
  });

  it('refuses invalid values, a missing reason and unknown ids without writing', async () => {
    const c = await create('C-BADUPD');
    const before = await rowCounts();
    const bad = await t.ok(UpdateCustomerDocument, { input: { id: c.id, expectedVersion: 1, contactEmail: 'nope', country: 'cn', reason: ' ' } }, 'SALES');
    expect(bad.updateCustomer.userErrors.map((e) => e.field?.join('.')).sort()).toEqual(['input.contactEmail', 'input.country', 'input.reason']);
    const missing = await t.ok(UpdateCustomerDocument, { input: { id: 'cus_nope', expectedVersion: 1, name: 'x', reason: 'r' } }, 'SALES');
    expect(missing.updateCustomer.userErrors[0]).toMatchObject({ code: 'NOT_FOUND', field: ['input', 'id'] });
    const denied = await t.gql(UpdateCustomerDocument, { input: { id: c.id, expectedVersion: 1, name: 'x', reason: 'r' } }, 'BI_READER');
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await rowCounts()).toBe(before);
  });
});

describe('setCustomerStatus', () => {
  it('deactivates and reactivates with a reason, audited as STATUS_CHANGE', async () => {
    const c = await create('C-OFF');
    const off = await t.ok(SetCustomerStatusDocument, { input: { id: c.id, expectedVersion: 1, status: 'INACTIVE', reason: 'Hospital merged' } }, 'SALES');
    expect(off.setCustomerStatus.customer).toMatchObject({ status: 'INACTIVE', version: 2 });
    const on = await t.ok(SetCustomerStatusDocument, { input: { id: c.id, expectedVersion: 2, status: 'ACTIVE', reason: 'Merger cancelled' } }, 'ADMIN');
    expect(on.setCustomerStatus.customer).toMatchObject({ status: 'ACTIVE', version: 3 });
    const audit = await auditOf(c.id);
    expect(audit.slice(1)).toEqual([
      { action: 'STATUS_CHANGE', reason: 'Hospital merged', actor_id: 'test-sales', actor_name: 'Test SALES', changes: [{ field: 'status', old: 'ACTIVE', new: 'INACTIVE' }] },
      { action: 'STATUS_CHANGE', reason: 'Merger cancelled', actor_id: 'test-admin', actor_name: 'Test ADMIN', changes: [{ field: 'status', old: 'INACTIVE', new: 'ACTIVE' }] },
    ]);
    expect((await eventsOf(c.id)).map((e) => e.payload.kind)).toEqual(['CREATED', 'STATUS_CHANGED', 'STATUS_CHANGED']);
  });

  it('refuses a transition to the same state, a missing reason and a stale version without writing', async () => {
    const c = await create('C-TWICE');
    const before = await rowCounts();
    const same = await t.ok(SetCustomerStatusDocument, { input: { id: c.id, expectedVersion: 1, status: 'ACTIVE', reason: 'again' } }, 'SALES');
    expect(same.setCustomerStatus.userErrors[0]).toMatchObject({ code: 'INVALID_TRANSITION', field: ['input', 'status'] });
    const noReason = await t.ok(SetCustomerStatusDocument, { input: { id: c.id, expectedVersion: 1, status: 'INACTIVE', reason: '  ' } }, 'SALES');
    expect(noReason.setCustomerStatus.userErrors[0]).toMatchObject({ code: 'VALIDATION_FAILED', field: ['input', 'reason'] });
    const stale = await t.ok(SetCustomerStatusDocument, { input: { id: c.id, expectedVersion: 7, status: 'INACTIVE', reason: 'r' } }, 'SALES');
    expect(stale.setCustomerStatus.userErrors[0]).toMatchObject({ code: 'VERSION_CONFLICT' });
    expect(await rowCounts()).toBe(before);
  });
});

describe('customers query', () => {
  let bi: { id: string };
  beforeAll(async () => {
    bi = await create('Q-BI', { contactPhone: '+49 30 1234', country: 'DE' });
    for (const code of ['Q-A', 'Q-B', 'Q-C', 'Q-D', 'Q-E', 'Q_F']) {
      const c = await create(code, { name: `Clinic ${code.slice(2)}` });
      if (code === 'Q-E') await t.ok(SetCustomerStatusDocument, { input: { id: c.id, expectedVersion: 1, status: 'INACTIVE', reason: 'Closed' } }, 'SALES');
    }
  });

  it('is FORBIDDEN for WAREHOUSE, SUPPLIER and anonymous callers, and readable by the customer readers', async () => {
    for (const as of ['WAREHOUSE', 'PURCHASING', { roles: ['SUPPLIER' as const], supplierId: 'sup_x' }, null] as const) {
      const res = await t.gql(CustomersDocument, { first: 1 }, as);
      expect(res.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([['customers', 'FORBIDDEN']]);
      expect(res.data).toEqual({ customers: null });
    }
    for (const as of ['SALES', 'QA_MANAGER', 'AUDITOR', 'INTEGRATION', 'ADMIN'] as const) {
      expect((await codes({ codePrefix: 'Q-' }, undefined, as)).totalCount).toBe(6);
    }
  });

  it('serves BI_READER every field but the contact data, which is null with FORBIDDEN at its path', async () => {
    const res = await t.gql(CustomersDocument, { first: 1, filter: { ids: [bi.id] } }, 'BI_READER');
    expect(res.data?.customers?.edges[0].node).toMatchObject({
      id: bi.id,
      code: 'Q-BI',
      name: 'Hospital Q-BI',
      country: 'DE',
      status: 'ACTIVE',
      version: 1,
      contactName: null,
      contactEmail: null,
      contactPhone: null,
    });
    expect(res.data?.customers?.totalCount).toBe(1);
    const errorAt = (field: string) => res.errors?.find((e) => e.path?.[e.path.length - 1] === field);
    expect(errorAt('contactEmail')).toMatchObject({ path: ['customers', 'edges', 0, 'node', 'contactEmail'], extensions: { code: 'FORBIDDEN' } });
    expect(res.errors?.map((e) => [e.path?.join('.'), e.extensions?.code]).sort()).toEqual([
      ['customers.edges.0.node.contactEmail', 'FORBIDDEN'],
      ['customers.edges.0.node.contactName', 'FORBIDDEN'],
      ['customers.edges.0.node.contactPhone', 'FORBIDDEN'],
    ]);
  });

  it('refuses BI_READER filtering by contact e-mail, and lets SALES filter by it case-insensitively', async () => {
    const refused = await t.gql(CustomersDocument, { first: 1, filter: { contactEmail: 'q-bi@hospital.example' } }, 'BI_READER');
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.data).toEqual({ customers: null });
    expect(await codes({ contactEmail: 'Q-BI@Hospital.example' })).toEqual({ codes: ['Q-BI'], totalCount: 1 });
  });

  it('resolves node(id) to the same customer the list shows, with the same masking', async () => {
    const listed = (await t.ok(CustomersDocument, { first: 1, filter: { ids: [bi.id] } }, 'SALES')).customers!.edges[0].node;
    expect((await t.ok(CustomerNodeDocument, { id: bi.id }, 'SALES')).node).toEqual({ __typename: 'Customer', ...listed });
    const masked = await t.gql(CustomerNodeDocument, { id: bi.id }, 'BI_READER');
    expect(masked.data?.node).toMatchObject({ id: bi.id, code: 'Q-BI', contactEmail: null });
    expect(masked.errors?.map((e) => e.path)).toContainEqual(['node', 'contactEmail']);
    expect((await t.ok(CustomerNodeDocument, { id: bi.id }, 'WAREHOUSE')).node).toBeNull();
  });

  it('filters by status, country, code prefix and search with a matching totalCount, wildcards taken literally', async () => {
    expect(await codes({ codePrefix: 'Q-', status: ['INACTIVE'] })).toEqual({ codes: ['Q-E'], totalCount: 1 });
    expect(await codes({ codePrefix: 'Q', country: 'de' })).toEqual({ codes: ['Q-BI'], totalCount: 1 });
    expect(await codes({ search: 'clinic' })).toEqual({ codes: ['Q-A', 'Q-B', 'Q-C', 'Q-D', 'Q-E', 'Q_F'], totalCount: 6 });
    expect(await codes({ codePrefix: 'Q_' })).toEqual({ codes: ['Q_F'], totalCount: 1 });
    expect(await codes({ search: '%' })).toEqual({ codes: [], totalCount: 0 });
    expect(await codes({ ids: [bi.id, 'cus_nope'], status: ['ACTIVE'] })).toEqual({ codes: ['Q-BI'], totalCount: 1 });
  });

  it('pages forward and backward by name without gaps or repeats', async () => {
    const vars = { filter: { search: 'clinic' }, orderBy: [{ field: 'NAME' as const, direction: 'DESC' as const }] };
    const expected = ['Q_F', 'Q-E', 'Q-D', 'Q-C', 'Q-B', 'Q-A'];
    expect(await pageThrough('forward', vars)).toEqual(expected);
    expect(await pageThrough('backward', vars)).toEqual(expected);
  });

  it('refuses page sizes above 1000 (maxPageSize) as VALIDATION_FAILED', async () => {
    const big = await t.gql(CustomersDocument, { first: 1001 }, 'SALES');
    expect(big.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
  });
});
