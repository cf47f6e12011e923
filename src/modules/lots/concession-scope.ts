import type { UnitOfWork } from '../../core/mutation';
import { todayUtc } from '../../core/dates';
import { ErrorCode } from '../../core/graphql/error-code';
import { fail } from '../../core/graphql/user-error';
import { ConcessionEntity } from './concession.entity';
import type { LotEntity } from './lot.entity';
import { LotStatus } from './lot.enums';

export interface ConcessionUse {
  quantity: string;
  /** The customer a shipment goes to; null for consumption in production or an internal issue. */
  customerId: string | null;
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
  if (concession.customerId && concession.customerId !== use.customerId) outside('its concession is limited to one customer\'s shipments');
  // The row lock of this conditional UPDATE serializes concurrent uses; numeric arithmetic stays exact.
  const [rows, affected] = (await manager.query(
    `UPDATE concession SET used_quantity = used_quantity + $2, version = version + 1, updated_at = now()
     WHERE id = $1 AND (max_quantity IS NULL OR used_quantity + $2 <= max_quantity) RETURNING used_quantity::text`,
    [concession.id, use.quantity],
  )) as [{ used_quantity: string }[], number];
  if (affected === 0) outside(`its concession allows at most ${concession.maxQuantity} in all, ${concession.usedQuantity} used`);
  uow.audit({
    action: 'CONCESSION_USE', entityType: 'Concession', entityId: concession.id, reason: `Lot ${lot.lotNumber}`,
    changes: [{ field: 'usedQuantity', old: concession.usedQuantity, new: rows[0].used_quantity }],
  });
}
