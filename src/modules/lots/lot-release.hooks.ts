import type { RequestContext } from '../../core/context';
import type { UnitOfWork } from '../../core/mutation';
import type { LotEntity } from './lot.entity';

/**
 * Conditions a lot must meet to become RELEASED that other modules own (quality: required
 * inspections passed, no open nonconformance, releaser is not an inspector). Each throws a
 * UserErrorsException to refuse; lots does not depend on those modules.
 */
export type ReleaseCheck = (ctx: RequestContext, lot: LotEntity, releaserSubject: string) => Promise<void>;

const checks: ReleaseCheck[] = [];

export function onRelease(check: ReleaseCheck): void {
  checks.push(check);
}

export async function runReleaseChecks(ctx: RequestContext, lot: LotEntity, releaserSubject: string): Promise<void> {
  for (const check of checks) await check(ctx, lot, releaserSubject);
}

/** Work another module does, in the transaction, when a person rejects a lot (quality opens a nonconformance). */
export type RejectionHook = (uow: UnitOfWork, lot: LotEntity, reason: string) => Promise<void>;

const rejectionHooks: RejectionHook[] = [];

export function onReject(hook: RejectionHook): void {
  rejectionHooks.push(hook);
}

export async function runRejectionHooks(uow: UnitOfWork, lot: LotEntity, reason: string): Promise<void> {
  for (const hook of rejectionHooks) await hook(uow, lot, reason);
}
