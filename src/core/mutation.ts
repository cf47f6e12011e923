import { QueryFailedError } from 'typeorm';
import type { RequestContext } from './context';
import { appendAuditEntries, type AuditRecord } from './audit/audit-writer';
import { appendOutboxEvents } from './events/outbox';
import type { DomainEvent } from './events/domain-event';
import { ErrorCode } from './graphql/error-code';
import { userError, UserErrorsException } from './graphql/user-error';

/** A mutation's unit of work: the transaction-bound context plus what it records. */
export interface UnitOfWork {
  ctx: RequestContext;
  audit(record: AuditRecord): void;
  emit(event: DomainEvent): void;
  /** Declares that the request changes nothing (an edit to the values already stored): it may then write no audit entry, and must write nothing at all. */
  unchanged(): void;
}

/** A transaction PostgreSQL chose to abort (deadlock victim, serialization failure) is run again, at most this often. */
const RETRIES = 3;

/**
 * Runs `work` in one transaction together with its audit entries and outbox events. A
 * UserErrorsException (or a unique violation, as DUPLICATE) rolls everything back. A deadlock
 * victim is rolled back by PostgreSQL and run again from the start (the work only touches the
 * database, so a rerun is the same request, not a second one).
 */
export async function inTransaction<T>(ctx: RequestContext, work: (uow: UnitOfWork) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runOnce(ctx, work);
    } catch (err) {
      if (attempt > RETRIES || !retryable(err)) throw err;
      ctx.loaders.clearAll();
      ctx.log.warn({ attempt, code: driverError(err)?.code }, 'transaction aborted by PostgreSQL; running it again');
      await new Promise((r) => setTimeout(r, Math.random() * 50 * attempt));
    }
  }
}

/** PostgreSQL's error behind a failed query, when there is one. */
function driverError(err: unknown): { code?: string; detail?: string } | null {
  return err instanceof QueryFailedError ? (err.driverError as { code?: string; detail?: string }) : null;
}

function retryable(err: unknown): boolean {
  const code = driverError(err)?.code;
  return code === '40P01' || code === '40001';
}

async function runOnce<T>(ctx: RequestContext, work: (uow: UnitOfWork) => Promise<T>): Promise<T> {
  try {
    const result = await ctx.dataSource.transaction(async (manager) => {
      const txCtx = ctx.withManager(manager);
      const audits: AuditRecord[] = [];
      const events: DomainEvent[] = [];
      let unchanged = false;
      const value = await work({
        ctx: txCtx,
        audit: (r) => audits.push(r),
        emit: (e) => events.push(e),
        unchanged: () => {
          unchanged = true;
        },
      });
      if (unchanged && (audits.length > 0 || events.length > 0)) throw new Error('A mutation declared unchanged recorded changes');
      if (audits.length === 0 && !unchanged) throw new Error('A mutation must write at least one audit entry');
      await appendOutboxEvents(manager, ctx.requestId, events);
      if (events.length > 0) await ctx.platform.events.beforeCommit(manager);
      // Last, so the chain lock is held for as short a time as possible.
      await appendAuditEntries(manager, ctx.principal, ctx.requestId, audits);
      return value;
    });
    ctx.loaders.clearAll();
    ctx.platform.events.committed();
    return result;
  } catch (err) {
    throw refusalOf(err) ?? err;
  }
}

/**
 * The userErrors an error means, if it is an expected refusal: a rule, a unique violation as
 * DUPLICATE, or a decimal that would outgrow its column; null if unexpected.
 */
export function refusalOf(err: unknown): UserErrorsException | null {
  if (err instanceof UserErrorsException) return err;
  const duplicate = uniqueViolation(err);
  if (duplicate) return new UserErrorsException([userError(ErrorCode.DUPLICATE, duplicate.message, duplicate.field)]);
  return decimalOverflow(err) ? new UserErrorsException([userError(ErrorCode.VALIDATION_FAILED, DECIMAL_OVERFLOW)]) : null;
}

const DECIMAL_OVERFLOW = 'The result would exceed the largest quantity or amount that can be stored (14 integer and 6 fraction digits)';

/**
 * Each Decimal input fits numeric(20,6), but a sum the database computes under its row lock (a
 * balance receiving a movement) can outgrow it: that is the input's doing, not a fault. PostgreSQL
 * says so as numeric_value_out_of_range with the column's precision and scale in the detail.
 */
function decimalOverflow(err: unknown): boolean {
  const pg = driverError(err);
  return pg?.code === '22003' && /precision \d+, scale \d+/.test(pg.detail ?? '');
}

/**
 * A unique violation that a race let past the services' own checks, as DUPLICATE on the input
 * field. The message names the fields in the API's words, never PostgreSQL's detail (columns, values).
 */
function uniqueViolation(err: unknown): { message: string; field?: string[] } | null {
  const pg = driverError(err);
  if (pg?.code !== '23505') return null;
  // PostgreSQL's detail names the columns: Key (material_id, lot_number)=(...) already exists.
  const fields = (/^Key \(([^)]+)\)/.exec(pg.detail ?? '')?.[1].split(', ') ?? [])
    .filter((column) => /^[a-z_]+$/.test(column))
    .map((column) => column.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase()));
  const last = fields[fields.length - 1];
  return {
    message: fields.length > 0 ? `A record with the same ${fields.join(', ')} already exists` : 'A record with these values already exists',
    field: last ? ['input', last] : undefined,
  };
}
