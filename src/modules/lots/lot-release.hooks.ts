import type { RequestContext } from '../../core/context';
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
