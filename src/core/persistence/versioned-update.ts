import type { EntityTarget, ObjectLiteral } from 'typeorm';
import type { RequestContext } from '../context';
import { ErrorCode } from '../graphql/error-code';
import { fail } from '../graphql/user-error';

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
