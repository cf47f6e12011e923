import { createTestServer, type TestServer } from '../support/test-server';
import { createMaterial } from '../support/fixtures';
import { AuditEntryNodeDocument, AuditTrailDocument, NodesDocument } from '../generated/graphql';

/**
 * AuditEntry implements Node: an entry's id read from `auditTrail` refetches the same entry
 * through `node` and `nodes`, under the read rules of `auditTrail`. A role that may not read the
 * audit trail gets null, as `node` answers for every record its caller may not read.
 */
let t: TestServer;

beforeAll(async () => {
  t = await createTestServer();
});
afterAll(async () => {
  await t?.close();
});

describe('an audit entry by node(id:)', () => {
  it('is the entry auditTrail lists, for every role that may read the audit trail, and null for the others', async () => {
    const material = await createMaterial(t, 'AUD-NODE');
    const trail = await t.ok(AuditTrailDocument, { first: 10, filter: { entityType: 'Material', entityId: material.id } }, 'AUDITOR');
    const listed = trail.auditTrail!.edges[0].node;
    expect(listed).toMatchObject({ action: 'CREATE', entityId: material.id });

    const expected = {
      __typename: 'AuditEntry',
      id: listed.id,
      seq: listed.seq,
      action: listed.action,
      entityType: 'Material',
      entityId: material.id,
      actorId: listed.actorId,
      hash: listed.hash,
    };
    for (const reader of ['AUDITOR', 'ADMIN', 'QA_MANAGER'] as const) {
      const res = await t.gql(AuditEntryNodeDocument, { id: listed.id }, reader);
      expect({ reader, errors: res.errors, node: res.data?.node }).toEqual({ reader, errors: undefined, node: expected });
      expect((await t.ok(NodesDocument, { ids: [listed.id, material.id] }, reader)).nodes.map((n) => n?.__typename)).toEqual(['AuditEntry', 'Material']);
    }
    for (const other of ['WAREHOUSE', 'PRODUCTION', 'SALES'] as const) {
      const res = await t.gql(AuditEntryNodeDocument, { id: listed.id }, other);
      expect({ other, errors: res.errors, node: res.data?.node }).toEqual({ other, errors: undefined, node: null });
    }
  });

  it('is null for an audit entry id that does not exist', async () => {
    const res = await t.gql(AuditEntryNodeDocument, { id: 'aud_00000000-0000-4000-8000-000000000000' }, 'AUDITOR');
    expect(res).toMatchObject({ data: { node: null } });
    expect(res.errors).toBeUndefined();
  });
});
