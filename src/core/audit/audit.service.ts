import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../context';
import { assertCan } from '../authz/guard';
import { authorizedQuery, loadByIds, type EntitySpec } from '../graphql/authorized-query';
import { SortDirection, type Connection, type ConnectionArgs } from '../graphql/connection';
import { paginate } from '../graphql/keyset';
import { AuditEntryEntity } from './audit-entry.entity';
import { findChainBreak, GENESIS_HASH, type ChainBreak, type ChainLink } from './hash-chain';
import type { AuditTrailFilter } from './audit.types';

const AUDIT_SPEC: EntitySpec<AuditEntryEntity> = {
  entity: AuditEntryEntity,
  subject: 'AuditEntry',
  alias: 'a',
  columns: { id: 'id', entityType: 'entity_type', actorId: 'actor_id' },
};

/** Audit entries by id for `node` and `nodes`, under the read rules of `auditTrail` (one spec for both). */
export function loadAuditEntries(ctx: RequestContext, ids: readonly string[]): Promise<(AuditEntryEntity | null)[]> {
  return loadByIds(ctx, AUDIT_SPEC, ids);
}

export async function auditTrail(ctx: RequestContext, args: ConnectionArgs, filter: AuditTrailFilter = {}, direction: SortDirection = SortDirection.ASC): Promise<Connection<AuditEntryEntity>> {
  const qb = authorizedQuery(ctx, AUDIT_SPEC);
  if (filter.entityType) qb.andWhere('a.entity_type = :et', { et: filter.entityType });
  if (filter.entityId) qb.andWhere('a.entity_id = :eid', { eid: filter.entityId });
  if (filter.actorId) qb.andWhere('a.actor_id = :aid', { aid: filter.actorId });
  if (filter.actions) qb.andWhere('a.action = ANY(:actions)', { actions: filter.actions });
  if (filter.requestId) qb.andWhere('a.request_id = :rid', { rid: filter.requestId });
  if (filter.occurredFrom) qb.andWhere('a.occurred_at >= :from', { from: filter.occurredFrom });
  if (filter.occurredTo) qb.andWhere('a.occurred_at < :to', { to: filter.occurredTo });
  // An audit entry is never changed: it was last updated when it occurred.
  return paginate(qb, args, [{ column: 'a.seq', direction, value: (a) => String(a.seq) }], filter, { createdAt: 'a.occurred_at', updatedAt: 'a.occurred_at' });
}

const BATCH = 5000;

export interface VerificationResult {
  valid: boolean;
  checkedEntries: number;
  broken: ChainBreak | null;
}

/** Recomputes the whole chain in sequence order, in batches, and names the first broken entry. */
export async function verifyAuditTrail(ctx: RequestContext): Promise<VerificationResult> {
  assertCan(ctx, 'read', 'AuditEntry');
  return verifyAuditChain(ctx.manager);
}

/** The chain check itself, for whoever holds a connection (a restore checks what it loaded). */
export async function verifyAuditChain(manager: EntityManager): Promise<VerificationResult> {
  let prevHash = GENESIS_HASH;
  let afterSeq = '0';
  let checked = 0;
  for (;;) {
    const rows = await manager.createQueryBuilder(AuditEntryEntity, 'a').where('a.seq > :afterSeq', { afterSeq }).orderBy('a.seq', 'ASC').limit(BATCH).getMany();
    if (rows.length === 0) break;
    const links: ChainLink[] = rows.map((r) => ({
      id: r.id,
      occurredAt: r.occurredAt,
      actorId: r.actorId,
      actorName: r.actorName,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      changes: r.changes,
      reason: r.reason,
      requestId: r.requestId,
      prevHash: r.prevHash,
      hash: r.hash,
    }));
    const { broken, lastHash } = findChainBreak(links, prevHash);
    if (broken) {
      const index = links.indexOf(broken.entry);
      return { valid: false, checkedEntries: checked + index + 1, broken: { ...broken, entry: rows[index] as unknown as ChainLink } };
    }
    checked += rows.length;
    prevHash = lastHash;
    afterSeq = String(rows[rows.length - 1].seq);
  }
  return { valid: true, checkedEntries: checked, broken: null };
}
