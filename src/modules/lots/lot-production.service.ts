import { newId } from '../../core/ids';
import type { UnitOfWork } from '../../core/mutation';
import { diffFields } from '../../core/audit/audit-diff';
import { ErrorCode } from '../../core/graphql/error-code';
import { fail } from '../../core/graphql/user-error';
import type { MaterialEntity } from '../materials/material.entity';
import { nextLotNumber } from '../materials/material.service';
import { expiryFromShelfLife } from '../materials/lot-number-pattern';
import { applyMovement } from '../stock/stock-ledger';
import { MovementType } from '../stock/stock.enums';
import { todayUtc } from '../../core/dates';
import { LOT_AUDITED_FIELDS, LotEntity } from './lot.entity';
import { LotOrigin, LotStatus } from './lot.enums';
import { lotStatusChangedEvent } from './lot.events';
import { assertNewLotInDate } from './lot.service';

export interface ProducedLotRequest {
  material: MaterialEntity;
  workOrderId: string;
  quantity: string;
  location: { locationId: string; siteId: string };
  manufacturedOn?: string | null;
  expiresOn?: string | null;
  serialNumber?: string | null;
  reason?: string | null;
}

/**
 * A lot made by a work order: QUARANTINE, numbered and dated like a receipt, stock PRODUCEd at the
 * location. Like a receipt, it is refused when it would already be expired (`assertNewLotInDate`).
 */
export async function createProducedLot(uow: UnitOfWork, request: ProducedLotRequest): Promise<LotEntity> {
  const { ctx: tx } = uow;
  const manufacturedOn = request.manufacturedOn ?? todayUtc();
  const expiresOn = request.expiresOn ?? (request.material.shelfLifeDays ? expiryFromShelfLife(manufacturedOn, request.material.shelfLifeDays) : null);
  assertNewLotInDate(expiresOn);
  if (expiresOn && expiresOn < manufacturedOn) fail(ErrorCode.VALIDATION_FAILED, 'Expiry before manufacture', ['input', 'expiresOn']);
  const lot = await tx.manager.save(
    tx.manager.create(LotEntity, {
      id: newId('lot'),
      materialId: request.material.id,
      lotNumber: await nextLotNumber(tx, request.material),
      supplierLotNumber: null,
      supplierId: null,
      concessionId: null,
      origin: LotOrigin.WORK_ORDER,
      workOrderId: request.workOrderId,
      siteId: request.location.siteId,
      quantity: request.quantity,
      unit: request.material.unit,
      manufacturedOn,
      expiresOn,
      serialNumber: request.serialNumber ?? null,
      status: LotStatus.QUARANTINE,
      statusReason: null,
      releasedAt: null,
      releasedBy: null,
      createdBy: tx.principal.id,
      createdByName: tx.principal.name,
      customFields: {},
      version: 1,
    }),
  );
  uow.audit({ action: 'PRODUCE', entityType: 'Lot', entityId: lot.id, reason: request.reason, changes: diffFields(null, lot, LOT_AUDITED_FIELDS) });
  await applyMovement(uow, {
    type: MovementType.PRODUCE,
    lotId: lot.id,
    materialId: lot.materialId,
    quantity: lot.quantity,
    reason: request.reason,
    reference: request.workOrderId,
    to: request.location,
  });
  uow.emit(lotStatusChangedEvent(null, lot, request.reason ?? null));
  return lot;
}
