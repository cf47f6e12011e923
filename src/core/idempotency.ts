import { createHash } from 'node:crypto';
import type { RequestContext } from './context';
import { canonicalJson } from './audit/canonical-json';
import { ErrorCode } from './graphql/error-code';
import { fail } from './graphql/user-error';
import { inTransaction, type UnitOfWork } from './mutation';

/** Another request with the same key committed first; replay its result. */
class ConcurrentFirstRequest extends Error {}

interface IdempotencyRow {
  request_hash: string;
  result_id: string | null;
}

/**
 * The key of an integration call: `input.idempotencyKey` or the `Idempotency-Key` header
 * (they must agree when both are given). Keys are scoped to the caller and the operation.
 */
export function idempotencyKeyOf(ctx: RequestContext, inputKey: string | null | undefined): string | null {
  const header = ctx.idempotencyKeyHeader;
  if (inputKey && header && inputKey !== header) {
    fail(ErrorCode.VALIDATION_FAILED, 'input.idempotencyKey and the Idempotency-Key header differ', ['input', 'idempotencyKey']);
  }
  const key = inputKey || header || null;
  if (key !== null && (key.length > 255 || key.trim() === '')) fail(ErrorCode.VALIDATION_FAILED, 'An idempotency key has 1 to 255 characters', ['input', 'idempotencyKey']);
  return key;
}

/**
 * Runs a mutation at most once per key: a replay with the same input returns the first
 * result (re-read by id); the same key with a different input is IDEMPOTENCY_KEY_REUSED.
 * The key is claimed inside the mutation's transaction, so concurrent duplicates wait for
 * the first and then replay it.
 */
export async function idempotent<T extends { id: string }>(
  ctx: RequestContext,
  operation: string,
  inputKey: string | null | undefined,
  input: object,
  run: (uow: UnitOfWork) => Promise<T>,
  replay: (id: string) => Promise<T>,
): Promise<T> {
  const key = idempotencyKeyOf(ctx, inputKey);
  if (key === null) return inTransaction(ctx, run);
  const { idempotencyKey: _ignored, ...rest } = input as { idempotencyKey?: unknown };
  const requestHash = createHash('sha256').update(canonicalJson(rest)).digest('hex');
  const ids = [ctx.principal.id, operation, key];
  const replayExisting = async (): Promise<T | null> => {
    const [row]: IdempotencyRow[] = await ctx.manager.query(
      'SELECT request_hash, result_id FROM idempotency_record WHERE principal_id = $1 AND operation = $2 AND key = $3', ids);
    if (!row) return null;
    if (row.request_hash !== requestHash) fail(ErrorCode.IDEMPOTENCY_KEY_REUSED, `Idempotency key ${key} was used with a different input`, ['input', 'idempotencyKey']);
    return replay(row.result_id as string);
  };
  const earlier = await replayExisting();
  if (earlier) return earlier;
  try {
    return await inTransaction(ctx, async (uow) => {
      const claimed: unknown[] = await uow.ctx.manager.query(
        `INSERT INTO idempotency_record (principal_id, operation, key, request_hash) VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING RETURNING key`, [...ids, requestHash]);
      if (claimed.length === 0) throw new ConcurrentFirstRequest();
      const result = await run(uow);
      await uow.ctx.manager.query('UPDATE idempotency_record SET result_id = $4 WHERE principal_id = $1 AND operation = $2 AND key = $3', [...ids, result.id]);
      return result;
    });
  } catch (err) {
    if (!(err instanceof ConcurrentFirstRequest)) throw err;
    const first = await replayExisting();
    if (!first) throw new Error('Idempotency record vanished after a conflict');
    return first;
  }
}
