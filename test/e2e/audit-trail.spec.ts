import { createTestServer, type TestServer } from '../support/test-server';
import { createMaterial, createSupplier } from '../support/fixtures';
import { AuditTrailDocument, UpdateMaterialDocument, VerifyAuditTrailDocument } from '../generated/graphql';
import { appendAuditEntries } from '../../src/core/audit/audit-writer';
import { appendOutboxEvents } from '../../src/core/events/outbox';

let t: TestServer;
beforeAll(async () => {
  t = await createTestServer();
});
afterAll(async () => {
  await t?.close();
});

describe('audit trail', () => {
  it('records actor, action, entity, old and new values, reason and request id, readable by ADMIN, AUDITOR and QA_MANAGER only', async () => {
    const m = await createMaterial(t, 'AUD-1', { name: 'Before' });
    await t.gql(
      UpdateMaterialDocument,
      { input: { id: m.id, expectedVersion: 1, name: 'After', reason: 'Drawing rev B' } },
      { roles: ['QA_MANAGER'], sub: 'u-zhang', name: 'Zhang Min' },
      { 'x-request-id': 'req-aud-1' },
    );
    for (const role of ['ADMIN', 'AUDITOR', 'QA_MANAGER'] as const) {
      const res = await t.ok(AuditTrailDocument, { first: 10, filter: { entityId: m.id } }, role);
      expect(res.auditTrail!.totalCount).toBe(2);
      expect(res.auditTrail!.edges[1].node).toMatchObject({
        action: 'UPDATE',
        entityType: 'Material',
        entityId: m.id,
        actorId: 'u-zhang',
        actorName: 'Zhang Min',
        reason: 'Drawing rev B',
        requestId: 'req-aud-1',
        changes: [{ field: 'name', old: 'Before', new: 'After' }],
      });
    }
    for (const role of ['BI_READER', 'SALES', 'QA_INSPECTOR', 'INTEGRATION'] as const) {
      const denied = await t.gql(AuditTrailDocument, { first: 1 }, role);
      expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const denied = await t.gql(VerifyAuditTrailDocument, {}, 'PURCHASING');
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('chains every entry to the one before it, with server UTC time', async () => {
    const res = await t.ok(AuditTrailDocument, { first: 500 }, 'AUDITOR');
    const nodes = res.auditTrail!.edges.map((e) => e.node);
    expect(nodes[0].prevHash).toBe('0'.repeat(64));
    for (let i = 1; i < nodes.length; i++) expect(nodes[i].prevHash).toBe(nodes[i - 1].hash);
    expect(nodes[0].occurredAt).toMatch(/Z$/);
  });

  it('refuses UPDATE, DELETE and TRUNCATE on the audit table at the database', async () => {
    await expect(t.sql(`UPDATE audit_entry SET reason = 'x'`)).rejects.toThrow(/append-only/);
    await expect(t.sql(`DELETE FROM audit_entry`)).rejects.toThrow(/append-only/);
    await expect(t.sql(`TRUNCATE audit_entry`)).rejects.toThrow(/append-only/);
  });

  it('keeps the chain intact under concurrent writers', async () => {
    await Promise.all(Array.from({ length: 12 }, (_, i) => createSupplier(t, `AUD-CONC-${i}`)));
    const res = await t.ok(VerifyAuditTrailDocument, {}, 'AUDITOR');
    expect(res.verifyAuditTrail).toMatchObject({ valid: true, firstBrokenEntry: null });
    expect(res.verifyAuditTrail!.checkedEntries).toBeGreaterThanOrEqual(14);
  });

  it("appends more entries and events in one transaction than one statement's bind parameters allow, in order", async () => {
    const records = Array.from({ length: 6000 }, (_, i) => ({ action: 'BULK', entityType: 'Lot', entityId: `lot_bulk_${i}`, changes: [{ field: 'n', old: null, new: i }] }));
    const events = Array.from({ length: 14000 }, (_, i) => ({ type: 'BulkProbe', aggregateType: 'Lot', aggregateId: `lot_bulk_${i}`, payload: { n: i } }));
    await t.server.platform.dataSource.transaction(async (manager) => {
      await appendOutboxEvents(manager, 'req-bulk', events);
      await appendAuditEntries(manager, { kind: 'system', id: 'system', name: 'System', roles: [], siteIds: [] }, 'req-bulk', records);
    });
    const [audit] = await t.sql<{ n: number; ordered: boolean }>(
      `SELECT count(*)::int AS n, bool_and(entity_id = 'lot_bulk_' || (changes->0->>'new')) AND array_agg(changes->0->>'new' ORDER BY seq) = array_agg(changes->0->>'new' ORDER BY (changes->0->>'new')::int) AS ordered
       FROM audit_entry WHERE request_id = 'req-bulk'`,
    );
    expect(audit).toEqual({ n: 6000, ordered: true });
    const [outbox] = await t.sql<{ n: number; ordered: boolean }>(
      `SELECT count(*)::int AS n, array_agg(payload->>'n' ORDER BY id) = array_agg(payload->>'n' ORDER BY (payload->>'n')::int) AS ordered FROM outbox_event WHERE request_id = 'req-bulk'`,
    );
    expect(outbox).toEqual({ n: 14000, ordered: true });
    expect((await t.ok(VerifyAuditTrailDocument, {}, 'AUDITOR')).verifyAuditTrail).toMatchObject({ valid: true });
  });

  it('names the first tampered entry in verifyAuditTrail', async () => {
    const m = await createMaterial(t, 'AUD-TAMPER');
    const [target] = await t.sql<{ seq: string }>(`SELECT seq::text FROM audit_entry WHERE entity_id = $1`, [m.id]);
    await createMaterial(t, 'AUD-AFTER');
    // A DBA with superuser rights bypasses the trigger and rewrites history.
    await t.sql(`ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only`);
    await t.sql(`UPDATE audit_entry SET actor_name = 'Someone else' WHERE seq = $1`, [target.seq]);
    await t.sql(`ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only`);
    const res = await t.ok(VerifyAuditTrailDocument, {}, 'AUDITOR');
    expect(res.verifyAuditTrail).toMatchObject({
      valid: false,
      reason: 'HASH_MISMATCH',
      firstBrokenEntry: { seq: target.seq, entityId: m.id },
    });
  });
});
