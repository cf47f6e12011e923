import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal';
import type { FieldChange } from './audit-entry.entity';
import { chainHash, GENESIS_HASH, type ChainedContent } from './hash-chain';
import { insertInSlices } from '../persistence/insert-in-slices';

/** What a service says happened; who, when and the request are filled in by the writer. */
export interface AuditRecord {
  action: string;
  entityType: string;
  entityId: string;
  changes: FieldChange[];
  reason?: string | null;
}

// Any constant works; it names the one chain all writers append to.
const AUDIT_CHAIN_LOCK = 0x4c4f5447; // "LOTG"

/**
 * Appends entries to the hash chain inside the caller's transaction. The advisory lock is
 * held until commit, so concurrent transactions append one after another and each sees the
 * hash its predecessor committed.
 */
export async function appendAuditEntries(manager: EntityManager, principal: Principal, requestId: string, records: AuditRecord[]): Promise<void> {
  if (records.length === 0) return;
  await manager.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK]);
  const last: { hash: string }[] = await manager.query('SELECT hash FROM audit_entry ORDER BY seq DESC LIMIT 1');
  let prevHash = last[0]?.hash ?? GENESIS_HASH;
  const occurredAt = new Date();
  const tuples: unknown[][] = [];
  for (const record of records) {
    const content: ChainedContent = {
      id: `aud_${randomUUID()}`,
      occurredAt,
      actorId: principal.id,
      actorName: principal.name,
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId,
      changes: record.changes,
      reason: record.reason ?? null,
      requestId,
    };
    const hash = chainHash(prevHash, content);
    tuples.push([
      content.id,
      content.occurredAt,
      content.actorId,
      content.actorName,
      content.action,
      content.entityType,
      content.entityId,
      JSON.stringify(content.changes),
      content.reason,
      content.requestId,
      prevHash,
      hash,
    ]);
    prevHash = hash;
  }
  await insertInSlices(
    manager,
    'INSERT INTO audit_entry (id, occurred_at, actor_id, actor_name, action, entity_type, entity_id, changes, reason, request_id, prev_hash, hash)',
    tuples,
    (p) => `(${p.join(', ')})`,
  );
}
