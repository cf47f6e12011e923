import type { EntityTarget, ObjectLiteral } from 'typeorm';
import type { RequestContext } from '../context';
import { ErrorCode } from '../graphql/error-code';
import { fail } from '../graphql/user-error';
import { diffFields } from '../audit/audit-diff';
import type { FieldChange } from '../audit/audit-entry.entity';

/**
 * Optimistic concurrency: applies `changes` only if the row is still at `expectedVersion`
 * (`UPDATE ... WHERE id = $1 AND version = $2`), bumping the version. A stale version is
 * VERSION_CONFLICT and changes nothing. Returns the row as stored after the update.
 */
export async function updateVersioned<T extends ObjectLiteral & { id: string; version: number }>(
  ctx: RequestContext,
  entity: EntityTarget<T>,
  id: string,
  expectedVersion: number,
  changes: Partial<T>,
): Promise<T> {
  const result = await ctx.manager
    .createQueryBuilder()
    .update(entity)
    .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' } as never)
    .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
    .execute();
  if (result.affected !== 1) {
    fail(ErrorCode.VERSION_CONFLICT, `The record was changed by someone else (expected version ${expectedVersion}); reload and retry`, ['input', 'expectedVersion']);
  }
  return ctx.manager.findOneByOrFail(entity, { id } as never);
}

/**
 * An edit of audited fields. When nothing would differ, it writes nothing: the version stays
 * (a stale one is still VERSION_CONFLICT) and `written` is false, so the caller neither audits
 * nor emits. Otherwise it is `updateVersioned` and the field-by-field changes.
 */
export async function updateAudited<T extends ObjectLiteral & { id: string; version: number }>(
  ctx: RequestContext,
  entity: EntityTarget<T>,
  current: T,
  expectedVersion: number,
  changes: Partial<T>,
  audited: readonly (keyof T & string)[],
): Promise<{ updated: T; changes: FieldChange[]; written: boolean }> {
  const given = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<T>;
  if (diffFields(current, { ...current, ...given }, audited).length === 0) {
    // Still at that version now, and kept there until this transaction ends (the read of
    // `current` may predate a concurrent commit).
    const still = await ctx.manager
      .createQueryBuilder(entity, 'row')
      .select('row.id')
      .setLock('pessimistic_read')
      .where('row.id = :id AND row.version = :expectedVersion', { id: current.id, expectedVersion })
      .getRawOne();
    if (current.version !== expectedVersion || !still) {
      fail(ErrorCode.VERSION_CONFLICT, `The record was changed by someone else (expected version ${expectedVersion}); reload and retry`, ['input', 'expectedVersion']);
    }
    return { updated: current, changes: [], written: false };
  }
  const updated = await updateVersioned(ctx, entity, current.id, expectedVersion, changes);
  // Written even when the stored form equals the old one ("10" vs "10.000000"): the version moved, so it is audited.
  return { updated, changes: diffFields(current, updated, audited), written: true };
}
