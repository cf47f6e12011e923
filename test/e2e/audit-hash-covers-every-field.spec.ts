import { createHash } from 'node:crypto';
import { createTestServer, type TestServer } from '../support/test-server';
import { createMaterial, createSupplier } from '../support/fixtures';
import { AuditTrailDocument, UpdateMaterialDocument, VerifyAuditTrailDocument, type AuditTrailQuery } from '../generated/graphql';

/**
 * 21 CFR 11.10(e): every audit entry is chained as hash = sha256(prevHash || canonicalJson(entry)),
 * over who, what (old and new values), when, why and the request. An auditor recomputes it from
 * the published definition, not with Lotgraph's own code: so does this spec.
 */
let t: TestServer;
beforeAll(async () => {
  t = await createTestServer();
});
afterAll(async () => {
  await t?.close();
});

type Entry = NonNullable<AuditTrailQuery['auditTrail']>['edges'][number]['node'];

/** Canonical JSON as DOMAIN.md defines it: keys sorted at every level, no whitespace, absent keys left out. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const fields = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${fields.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** The hash of an entry as an auditor recomputes it from what the API shows. */
function expectedHash(prevHash: string, e: Entry): string {
  const content = {
    id: e.id,
    occurredAt: e.occurredAt,
    actorId: e.actorId,
    actorName: e.actorName,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    changes: e.changes.map((c) => ({ field: c.field, old: c.old, new: c.new })),
    reason: e.reason,
    requestId: e.requestId,
  };
  return createHash('sha256').update(prevHash).update(canonicalJson(content)).digest('hex');
}

async function wholeTrail(): Promise<Entry[]> {
  const entries: Entry[] = [];
  for (let after: string | null | undefined = null; ; ) {
    const page: AuditTrailQuery['auditTrail'] = (await t.ok(AuditTrailDocument, { first: 500, after }, 'AUDITOR')).auditTrail;
    entries.push(...page!.edges.map((e) => e.node));
    if (!page!.pageInfo.hasNextPage) return entries;
    after = page!.pageInfo.endCursor;
  }
}

/** A superuser bypasses the append-only trigger to rewrite one entry (the attack the chain exists for). */
async function rewritten(seq: string, set: string, check: () => Promise<void>) {
  const [original] = await t.sql(`SELECT * FROM audit_entry WHERE seq = $1`, [seq]);
  await t.sql('ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only');
  try {
    await t.sql(`UPDATE audit_entry SET ${set} WHERE seq = $1`, [seq]);
    await check();
  } finally {
    await t.sql(`UPDATE audit_entry SET changes = $2, reason = $3, entity_id = $4, occurred_at = $5 WHERE seq = $1`, [
      seq,
      JSON.stringify(original.changes),
      original.reason,
      original.entity_id,
      original.occurred_at,
    ]);
    await t.sql('ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only');
  }
}

describe('the audit hash chain', () => {
  let edit: Entry;

  beforeAll(async () => {
    const m = await createMaterial(t, 'AHC-1', { name: 'Catheter 7 Fr' });
    const res = await t.ok(UpdateMaterialDocument, { input: { id: m.id, expectedVersion: 1, name: 'Catheter 9 Fr', reason: 'Drawing rev B' } }, 'QA_MANAGER');
    expect(res.updateMaterial.userErrors).toEqual([]);
    await createSupplier(t, 'AHC-SUP', 'APPROVED');
    edit = (await wholeTrail()).find((e) => e.entityId === m.id && e.action === 'UPDATE')!;
    expect(edit.changes).toEqual([{ field: 'name', old: 'Catheter 7 Fr', new: 'Catheter 9 Fr' }]);
  });

  it('is sha256(prevHash || canonicalJson(entry)) over every field, old and new values included, recomputed independently', async () => {
    const entries = await wholeTrail();
    expect(entries.length).toBeGreaterThan(3);
    let prevHash = '0'.repeat(64);
    for (const entry of entries) {
      expect({ seq: entry.seq, prevHash: entry.prevHash, hash: entry.hash }).toEqual({ seq: entry.seq, prevHash, hash: expectedHash(prevHash, entry) });
      prevHash = entry.hash;
    }
  });

  it.each([
    ['the old value', `changes = jsonb_set(changes, '{0,old}', '"Catheter 5 Fr"')`],
    ['the new value', `changes = jsonb_set(changes, '{0,new}', '"Catheter 12 Fr"')`],
    ['the changed field', `changes = jsonb_set(changes, '{0,field}', '"code"')`],
    ['the reason', `reason = 'No reason'`],
    ['the record changed', `entity_id = 'mat_other'`],
    ['the time', `occurred_at = occurred_at - interval '1 day'`],
  ])('names the entry as the first broken one when %s in it is rewritten', async (_what, set) => {
    expect((await t.ok(VerifyAuditTrailDocument, {}, 'AUDITOR')).verifyAuditTrail!.valid).toBe(true);
    await rewritten(edit.seq, set, async () => {
      const res = await t.ok(VerifyAuditTrailDocument, {}, 'AUDITOR');
      expect(res.verifyAuditTrail).toMatchObject({ valid: false, reason: 'HASH_MISMATCH', firstBrokenEntry: { seq: edit.seq, id: edit.id } });
    });
  });
});
