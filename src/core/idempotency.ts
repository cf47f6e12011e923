import { createHash } from 'node:crypto';
import type { RequestContext } from './context';
import { canonicalJson } from './audit/canonical-json';
import type { AuditRecord } from './audit/audit-writer';
import type { DomainEvent } from './events/domain-event';
import { ErrorCode } from './graphql/error-code';
import { LIMITS } from './graphql/request-limits';
import { fail, userError, UserErrorsException, type UserError } from './graphql/user-error';
import { inTransaction, refusalOf, type UnitOfWork } from './mutation';

/** The contract of every `idempotencyKey` input field, said once. */
export const IDEMPOTENCY_KEY_DESCRIPTION =
  'Makes a retry safe (1 to 255 characters; or send the Idempotency-Key header). A replay with the same key and input returns ' +
  'the first outcome without running again: the record it wrote (read as it is now: a later change shows) or its userErrors, so ' +
  'a refused request stays refused under its key. The same key ' +
  'with another input is IDEMPOTENCY_KEY_REUSED. A request that failed with an error instead (an internal error, the database ' +
  'unavailable) changed nothing and kept no response, so it may be retried with the same key.';

/** Another request with the same key committed first; replay its result. */
class ConcurrentFirstRequest extends Error {}

interface IdempotencyRow {
  request_hash: string;
  result_id: string | null;
  user_errors: UserError[] | null;
}

/** How the first run under a key ended: its result, or the userErrors it answered. */
type FirstAnswer<T> = { result: T } | { refusal: UserErrorsException };

/**
 * The key of an integration call: `input.idempotencyKey` or the `Idempotency-Key` header
 * (they must agree when both are given). Keys are scoped to the caller and the operation.
 * An empty key is refused, never taken as "no key": a retry would otherwise apply twice.
 */
export function idempotencyKeyOf(ctx: RequestContext, inputKey: string | null | undefined): string | null {
  const header = ctx.idempotencyKeyHeader;
  if (inputKey != null && header != null && inputKey !== header) {
    fail(ErrorCode.VALIDATION_FAILED, 'input.idempotencyKey and the Idempotency-Key header differ', ['input', 'idempotencyKey']);
  }
  const key = inputKey ?? header ?? null;
  if (key !== null && (key.length > LIMITS.maxIdempotencyKeyLength || key.trim() === '')) {
    fail(ErrorCode.VALIDATION_FAILED, `An idempotency key has 1 to ${LIMITS.maxIdempotencyKeyLength} characters (maxIdempotencyKeyLength)`, ['input', 'idempotencyKey']);
  }
  return key;
}

/**
 * Runs `run` under a savepoint, with its audit entries and events held back until it succeeds:
 * a refusal rolls back to the savepoint and leaves the transaction (and the key's claim) open.
 */
async function firstAnswer<T>(uow: UnitOfWork, run: (uow: UnitOfWork) => Promise<T>): Promise<FirstAnswer<T>> {
  const audits: AuditRecord[] = [];
  const events: DomainEvent[] = [];
  let unchanged = false;
  await uow.ctx.manager.query('SAVEPOINT idempotent_run');
  let result: T;
  try {
    result = await run({
      ctx: uow.ctx,
      audit: (r) => audits.push(r),
      emit: (e) => events.push(e),
      unchanged: () => {
        unchanged = true;
      },
    });
  } catch (err) {
    const refusal = refusalOf(err);
    if (!refusal) throw err;
    await uow.ctx.manager.query('ROLLBACK TO SAVEPOINT idempotent_run');
    return { refusal };
  }
  audits.forEach((a) => uow.audit(a));
  events.forEach((e) => uow.emit(e));
  if (unchanged) uow.unchanged();
  return { result };
}

/**
 * An idempotent mutation, in the order the runner takes its parts. Nothing but the caller's
 * permission is checked before the runner is called: the key is looked up first, so a retry
 * replays the first answer however the clock or the records have moved since (a due date
 * passed, an order shipped, a signing password aged), and only a request new under its key is
 * judged: by `prepare`, then by `run`.
 */
export interface IdempotentMutation<T extends { id: string }, P> {
  /** The mutation's name: keys are scoped to the caller and the operation. */
  operation: string;
  /** `input.idempotencyKey` (or null: the Idempotency-Key header, if any, then applies). */
  key: string | null | undefined;
  /** What the key is bound to: the input, less what is never stored (a signing password). */
  input: object;
  /**
   * Checks of a new request made outside the transaction (the input's own shape and dates, a
   * signer's re-authentication, whose outcome commits on its own); a refusal here is not kept
   * under the key. Runs after the key's lookup, never before it.
   */
  prepare?: () => Promise<P> | P;
  /** The work and its checks of stored state, in the transaction; a refusal is kept under the key. */
  run: (uow: UnitOfWork, prepared: P) => Promise<T>;
  /** The first result, re-read by id for a replay. */
  replay: (id: string) => Promise<T>;
}

/**
 * Runs a mutation at most once per key: a replay with the same input returns the first
 * response (a result re-read by id, or the same userErrors); the same key with a different
 * input is IDEMPOTENCY_KEY_REUSED. The key is looked up before anything else is checked, and
 * claimed inside the mutation's transaction, so concurrent duplicates wait for the first and
 * then replay it. A refusal by `run` is kept with the claim (the work itself rolled back to a
 * savepoint); an unexpected failure rolls back the claim too, so nothing is kept and a retry
 * runs afresh. Without a key, `prepare` and `run` simply run.
 */
export async function idempotent<T extends { id: string }, P = undefined>(ctx: RequestContext, mutation: IdempotentMutation<T, P>): Promise<T> {
  const { operation, input, run, replay } = mutation;
  const prepare = async (): Promise<P> => (mutation.prepare ? mutation.prepare() : (undefined as P));
  const key = idempotencyKeyOf(ctx, mutation.key);
  if (key === null) {
    const prepared = await prepare();
    return inTransaction(ctx, (uow) => run(uow, prepared));
  }
  const { idempotencyKey: _ignored, ...rest } = input as { idempotencyKey?: unknown };
  const requestHash = createHash('sha256').update(canonicalJson(rest)).digest('hex');
  const ids = [ctx.principal.id, operation, key];
  const replayExisting = async (): Promise<T | null> => {
    const [row]: IdempotencyRow[] = await ctx.manager.query('SELECT request_hash, result_id, user_errors FROM idempotency_record WHERE principal_id = $1 AND operation = $2 AND key = $3', ids);
    if (!row) return null;
    if (row.request_hash !== requestHash) fail(ErrorCode.IDEMPOTENCY_KEY_REUSED, `Idempotency key ${key} was used with a different input`, ['input', 'idempotencyKey']);
    if (row.user_errors) throw new UserErrorsException(row.user_errors.map((e) => userError(e.code, e.message, e.field ?? undefined)));
    return replay(row.result_id as string);
  };
  const earlier = await replayExisting();
  if (earlier) return earlier;
  const prepared = await prepare();
  let answer: FirstAnswer<T>;
  try {
    answer = await inTransaction(ctx, async (uow) => {
      const claimed: unknown[] = await uow.ctx.manager.query(
        `INSERT INTO idempotency_record (principal_id, operation, key, request_hash) VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING RETURNING key`,
        [...ids, requestHash],
      );
      if (claimed.length === 0) throw new ConcurrentFirstRequest();
      const first = await firstAnswer(uow, (savepoint) => run(savepoint, prepared));
      if ('refusal' in first) {
        uow.unchanged();
        const errors = first.refusal.errors.map(({ code, message, field }) => ({ code, message, field: field ?? null }));
        await uow.ctx.manager.query('UPDATE idempotency_record SET user_errors = $4 WHERE principal_id = $1 AND operation = $2 AND key = $3', [...ids, JSON.stringify(errors)]);
      } else {
        await uow.ctx.manager.query('UPDATE idempotency_record SET result_id = $4 WHERE principal_id = $1 AND operation = $2 AND key = $3', [...ids, first.result.id]);
      }
      return first;
    });
  } catch (err) {
    if (!(err instanceof ConcurrentFirstRequest)) throw err;
    const first = await replayExisting();
    if (!first) throw new Error('Idempotency record vanished after a conflict');
    return first;
  }
  if ('refusal' in answer) throw answer.refusal;
  return answer.result;
}
