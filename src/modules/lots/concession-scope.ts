import type { EntityManager } from 'typeorm';
import type { UnitOfWork } from '../../core/mutation';
import { todayUtc } from '../../core/dates';
import { ErrorCode } from '../../core/graphql/error-code';
import { fail } from '../../core/graphql/user-error';
import { ConcessionEntity } from './concession.entity';
import type { LotEntity } from './lot.entity';
import { LotStatus } from './lot.enums';
import { lockMaterialsForMovement } from '../stock/free-stock-lock';
import { newId } from '../../core/ids';
import { diffFields } from '../../core/audit/audit-diff';

export interface ConcessionUse {
  quantity: string;
  /** The customer a shipment goes to; null for consumption in production or an internal issue. */
  customerId: string | null;
  /** The quantity was allocated under this concession (a shipment of its allocation), so it is already counted. */
  allocated?: boolean;
}

/**
 * DOMAIN: a CONDITIONAL_RELEASE lot may be used only within its concession's scope. Checks the
 * date, customer and remaining quantity under a row lock and draws the quantity down, inside
 * the caller's transaction, so concurrent uses cannot overdraw it. RELEASED lots pass untouched.
 */
export async function drawOnConcession(uow: UnitOfWork, lot: LotEntity, use: ConcessionUse): Promise<void> {
  if (lot.status !== LotStatus.CONDITIONAL_RELEASE) return;
  const { manager } = uow.ctx;
  const concession = lot.concessionId ? await manager.findOneBy(ConcessionEntity, { id: lot.concessionId }) : null;
  const outside = (why: string) => fail(ErrorCode.CONCESSION_EXCEEDED, `Lot ${lot.lotNumber} is conditionally released: ${why}`, ['input', 'quantity']);
  if (!concession) return outside('it has no concession');
  if (concession.validUntil && concession.validUntil < todayUtc()) outside(`its concession ended on ${concession.validUntil}`);
  if (concession.customerId && concession.customerId !== use.customerId) outside("its concession is limited to one customer's shipments");
  // After an allocator of the material, whose open allocations promise part of the concession too
  // (the allocator's lock, see free-stock-lock). The row lock of the conditional UPDATE serializes
  // concurrent uses; numeric arithmetic stays exact.
  await lockMaterialsForMovement(manager, [lot.materialId]);
  const [rows, affected] = (await manager.query(
    `UPDATE concession c SET used_quantity = used_quantity + $2, version = version + 1, updated_at = now()
     WHERE id = $1 AND (max_quantity IS NULL OR used_quantity + $2 + coalesce((SELECT sum(a.quantity) FROM sales_allocation a
                 WHERE a.concession_id = c.id AND a.status = 'ALLOCATED'), 0) - CASE WHEN $3::boolean THEN $2 ELSE 0 END <= max_quantity)
     RETURNING used_quantity::text`,
    [concession.id, use.quantity, use.allocated === true],
  )) as [{ used_quantity: string }[], number];
  if (affected === 0) outside(`its concession allows at most ${concession.maxQuantity} in all: ${concession.usedQuantity} used, and open sales allocations under it count too`);
  uow.audit({
    action: 'CONCESSION_USE',
    entityType: 'Concession',
    entityId: concession.id,
    reason: `Lot ${lot.lotNumber}`,
    changes: [{ field: 'usedQuantity', old: concession.usedQuantity, new: rows[0].used_quantity }],
  });
}

/** Locks the concessions of these lots up front, in id order, for a transaction that draws on several. */
export async function lockConcessionsOfLots(manager: EntityManager, lotIds: string[]): Promise<void> {
  await manager.query('SELECT 1 FROM concession WHERE id IN (SELECT concession_id FROM lot WHERE id = ANY($1)) ORDER BY id FOR UPDATE', [lotIds]);
}

/** The terms of a concession QA grants with a USE_AS_IS disposition. */
export interface ConcessionGrant {
  nonconformanceId: string;
  justification: string;
  customerId: string | null;
  maxQuantity: string | null;
  validUntil: string | null;
  approvedBy: string;
}

/** Records a granted concession and its audit entry, in the caller's transaction. */
export async function grantConcession(uow: UnitOfWork, grant: ConcessionGrant): Promise<ConcessionEntity> {
  const { manager } = uow.ctx;
  const concession = await manager.save(manager.create(ConcessionEntity, { id: newId('cnc'), ...grant, usedQuantity: '0', approvedAt: new Date(), customFields: {}, version: 1 }));
  uow.audit({
    action: 'GRANT',
    entityType: 'Concession',
    entityId: concession.id,
    reason: grant.justification,
    changes: diffFields(null, concession, ['nonconformanceId', 'customerId', 'maxQuantity', 'validUntil', 'approvedBy']),
  });
  return concession;
}
