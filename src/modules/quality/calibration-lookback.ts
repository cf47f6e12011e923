import type { UnitOfWork } from '../../core/mutation';
import type { EquipmentEntity } from '../equipment/equipment.entity';
import { LotStatus } from '../lots/lot.enums';
import { transitionLotAsConsequence } from '../lots/lot-lifecycle.service';
import { openNonconformanceIn } from './nonconformance.service';
import { NonconformanceSource } from './quality.enums';

/**
 * ISO 13485 7.6: a failed calibration puts in doubt every measurement since the last passing
 * one. Every lot inspected with the equipment since then is listed on a nonconformance, and
 * those still released are placed on hold.
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
  for (const lotId of lotIds) {
    for (const from of [LotStatus.RELEASED, LotStatus.CONDITIONAL_RELEASE]) {
      const lot = await uow.ctx.manager.query('SELECT status FROM lot WHERE id = $1', [lotId]) as { status: LotStatus }[];
      if (lot[0]?.status === from) await transitionLotAsConsequence(uow, lotId, LotStatus.ON_HOLD, reason);
    }
  }
  await openNonconformanceIn(uow, {
    source: NonconformanceSource.CALIBRATION, description: `${reason}: ${rows.length} inspection(s) on ${lotIds.length} lot(s) to re-assess`,
    lotIds, equipmentId: equipment.id,
  });
}
