import type { UnitOfWork } from '../../core/mutation';
import type { EquipmentEntity } from '../equipment/equipment.entity';
import { LotStatus } from '../lots/lot.enums';
import { findLot } from '../lots/lot.service';
import { holdDownstream, transitionLotAsConsequence } from '../lots/lot-lifecycle.service';
import { openNonconformanceIn } from './nonconformance.service';
import { NonconformanceSource } from './quality.enums';

const HOLDABLE = [LotStatus.RELEASED, LotStatus.CONDITIONAL_RELEASE];

/**
 * ISO 13485 7.6: a failed calibration puts in doubt every measurement since the last passing
 * one. Every lot inspected with the equipment since then is listed on a nonconformance; those
 * still released are placed on hold, and so is every released lot made from any of them.
 */
export async function calibrationFailureLookback(uow: UnitOfWork, equipment: EquipmentEntity, lastPassOn: string | null): Promise<void> {
  const rows: { lot_id: string; inspection_id: string }[] = await uow.ctx.manager.query(
    `SELECT DISTINCT i.lot_id, i.id AS inspection_id FROM inspection_reading r JOIN inspection i ON i.id = r.inspection_id
     WHERE r.equipment_id = $1 AND ($2::date IS NULL OR r.recorded_at >= $2::date)
     ORDER BY i.lot_id`,
    [equipment.id, lastPassOn],
  );
  const lotIds = [...new Set(rows.map((r) => r.lot_id))];
  if (lotIds.length === 0) return;
  const reason = `Calibration of ${equipment.assetTag} failed; measured since ${lastPassOn ?? 'registration'}`;
  const measured = [];
  for (const lotId of lotIds) {
    const lot = await findLot(uow.ctx, lotId);
    const held = HOLDABLE.includes(lot.status) ? await transitionLotAsConsequence(uow, lot.id, LotStatus.ON_HOLD, reason) : null;
    measured.push(held ?? lot);
  }
  // After the measured lots, so a lot both measured and made from a measured one is held for its own reason.
  let downstream = 0;
  for (const lot of measured) downstream += (await holdDownstream(uow, lot, reason)).length;
  await openNonconformanceIn(uow, {
    source: NonconformanceSource.CALIBRATION,
    description: `${reason}: ${rows.length} inspection(s) on ${lotIds.length} lot(s) to re-assess${downstream ? `; ${downstream} released lot(s) made from them held` : ''}`,
    lotIds,
    equipmentId: equipment.id,
  });
}
