import type { RequestContext } from '../../core/context';
import { ErrorCode } from '../../core/graphql/error-code';
import { fail } from '../../core/graphql/user-error';
import type { LotEntity } from '../lots/lot.entity';
import { LotOrigin } from '../lots/lot.enums';
import { InspectionType } from './quality.enums';

const PATH = ['input', 'id'];

/**
 * ISO 13485 8.2.6: a lot is released only when the latest inspection its material's active plan
 * requires (INCOMING for receipts, FINAL for production) has passed (a reworked lot's re-inspection), no nonconformance on it is
 * open, and the releaser did not inspect it.
 */
export async function assertReleasable(ctx: RequestContext, lot: LotEntity, releaserSubject: string): Promise<void> {
  const type = lot.origin === LotOrigin.RECEIPT ? InspectionType.INCOMING : InspectionType.FINAL;
  const [state]: { required: boolean; passed: boolean; open_nc: string | null; inspected: boolean }[] = await ctx.manager.query(
    `SELECT
       EXISTS (SELECT 1 FROM inspection_plan WHERE material_id = $1 AND type = $2 AND status = 'ACTIVE') AS required,
       coalesce((SELECT i.verdict = 'PASS' FROM inspection i JOIN inspection_plan p ON p.id = i.plan_id
                 WHERE i.lot_id = $3 AND p.type = $2 AND i.status = 'COMPLETED' ORDER BY i.completed_at DESC LIMIT 1), false) AS passed,
       (SELECT id FROM nonconformance WHERE $3 = ANY(lot_ids) AND status <> 'CLOSED' ORDER BY created_at LIMIT 1) AS open_nc,
       EXISTS (SELECT 1 FROM inspection WHERE lot_id = $3 AND inspector_id = $4) AS inspected`,
    [lot.materialId, type, lot.id, releaserSubject],
  );
  if (state.required && !state.passed) fail(ErrorCode.VALIDATION_FAILED, `The required ${type} inspection of lot ${lot.lotNumber} has not passed`, PATH);
  if (state.open_nc) fail(ErrorCode.VALIDATION_FAILED, `Nonconformance ${state.open_nc} on lot ${lot.lotNumber} is still open`, PATH);
  if (state.inspected) fail(ErrorCode.FORBIDDEN, `The releaser inspected lot ${lot.lotNumber} (separation of duties)`, ['input', 'signature']);
}
