import type { UnitOfWork } from '../../core/mutation';
import type { LotEntity } from '../lots/lot.entity';
import { LotStatus } from '../lots/lot.enums';
import { transitionLotAsConsequence } from '../lots/lot-lifecycle.service';
import { InspectionPlanEntity } from './inspection.entities';
import { createInspectionIn, InspectorOf } from './inspection.service';
import { InspectionType } from './quality.enums';

/**
 * A goods receipt against a purchase order opens the incoming inspection under the material's
 * active INCOMING plan in the receipt's transaction, and the lot goes UNDER_TEST as a
 * consequence of the receipt (the receiver need not be an inspector, and is not named as one:
 * whoever records its first reading becomes its inspector). Receipts without an
 * order, and materials without an active INCOMING plan, leave starting an inspection to QA.
 */
export async function openIncomingInspectionOnReceipt(uow: UnitOfWork, lot: LotEntity): Promise<void> {
  if (!lot.purchaseOrderLineId) return;
  const plan = await uow.ctx.manager.findOneBy(InspectionPlanEntity, { materialId: lot.materialId, type: InspectionType.INCOMING, status: 'ACTIVE' });
  if (!plan) return;
  const underTest = await transitionLotAsConsequence(uow, lot.id, LotStatus.UNDER_TEST, `${InspectionType.INCOMING} inspection started on receipt`);
  if (!underTest) throw new Error(`Lot ${lot.lotNumber} could not go UNDER_TEST from ${lot.status}`);
  await createInspectionIn(uow, underTest, plan, InspectorOf.FIRST_READING);
}
