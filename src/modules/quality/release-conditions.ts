import type { RequestContext } from '../../core/context';
import { ErrorCode } from '../../core/graphql/error-code';
import { fail } from '../../core/graphql/user-error';
import type { LotEntity } from '../lots/lot.entity';
import { LotOrigin } from '../lots/lot.enums';
import { InspectionType } from './quality.enums';

const PATH = ['input', 'id'];

interface ReleaseState {
  required: boolean;
  passed: boolean;
  in_progress: { id: string; type: InspectionType } | null;
  open_nc: string | null;
}

/** The first inspection of the lot the releaser took part in, and how. */
interface Participation {
  id: string;
  inspector: boolean;
  recorded: boolean;
  completed: boolean;
}

/**
 * ISO 13485 8.2.6: a lot is released only when the latest inspection its material's active plan
 * requires (INCOMING for receipts, FINAL for production) has passed (a reworked lot's re-inspection),
 * no inspection of it is still in progress, no nonconformance on it is open, and the releaser took
 * no part in any of its inspections: not as inspector, not recording a reading, not completing one.
 * The lot row is locked by the caller, so an inspection cannot start meanwhile.
 */
export async function assertReleasable(ctx: RequestContext, lot: LotEntity, releaserSubject: string): Promise<void> {
  const type = lot.origin === LotOrigin.RECEIPT ? InspectionType.INCOMING : InspectionType.FINAL;
  const [state]: ReleaseState[] = await ctx.manager.query(
    `SELECT
       EXISTS (SELECT 1 FROM inspection_plan WHERE material_id = $1 AND type = $2 AND status = 'ACTIVE') AS required,
       coalesce((SELECT i.verdict = 'PASS' FROM inspection i JOIN inspection_plan p ON p.id = i.plan_id
                 WHERE i.lot_id = $3 AND p.type = $2 AND i.status = 'COMPLETED' ORDER BY i.completed_at DESC LIMIT 1), false) AS passed,
       (SELECT json_build_object('id', i.id, 'type', p.type) FROM inspection i JOIN inspection_plan p ON p.id = i.plan_id
         WHERE i.lot_id = $3 AND i.status = 'IN_PROGRESS' ORDER BY i.started_at, i.id LIMIT 1) AS in_progress,
       (SELECT id FROM nonconformance WHERE $3 = ANY(lot_ids) AND status <> 'CLOSED' ORDER BY created_at LIMIT 1) AS open_nc`,
    [lot.materialId, type, lot.id],
  );
  if (state.required && !state.passed) fail(ErrorCode.VALIDATION_FAILED, `The required ${type} inspection of lot ${lot.lotNumber} has not passed`, PATH);
  if (state.in_progress) {
    fail(ErrorCode.VALIDATION_FAILED, `${state.in_progress.type} inspection ${state.in_progress.id} of lot ${lot.lotNumber} is still in progress`, PATH);
  }
  if (state.open_nc) fail(ErrorCode.VALIDATION_FAILED, `Nonconformance ${state.open_nc} on lot ${lot.lotNumber} is still open`, PATH);
  await assertReleaserIndependent(ctx, lot, releaserSubject);
}

/**
 * Separation of duties for every way a lot is released, conditionally too: whoever takes the
 * decision took no part in any of the lot's inspections (inspector, reading, completion).
 */
export async function assertReleaserIndependent(ctx: RequestContext, lot: { id: string; lotNumber: string }, releaserSubject: string): Promise<void> {
  const [took]: Participation[] = await ctx.manager.query(
    `SELECT * FROM (
       SELECT i.id, i.started_at, coalesce(i.inspector_id = $2, false) AS inspector,
              EXISTS (SELECT 1 FROM inspection_reading r WHERE r.inspection_id = i.id AND r.recorded_by_subject = $2) AS recorded,
              coalesce(i.completed_by_subject = $2, false) AS completed
       FROM inspection i WHERE i.lot_id = $1) part
     WHERE inspector OR recorded OR completed
     ORDER BY started_at, id LIMIT 1`,
    [lot.id, releaserSubject],
  );
  if (took) fail(ErrorCode.FORBIDDEN, `The releaser inspected lot ${lot.lotNumber}: ${roles(took)} inspection ${took.id} (separation of duties)`, ['input', 'signature']);
}

/** "was the inspector of, recorded readings of and completed" */
function roles(p: Participation): string {
  const parts = [p.inspector && 'was the inspector of', p.recorded && 'recorded readings of', p.completed && 'completed'].filter((x): x is string => Boolean(x));
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0];
}
