import type { RequestContext } from '../../core/context';
import { newId } from '../../core/ids';
import type { UnitOfWork } from '../../core/mutation';
import { ErrorCode } from '../../core/graphql/error-code';
import { fail } from '../../core/graphql/user-error';
import { StockMovementEntity } from './stock-movement.entity';
import type { MovementType } from './stock.enums';
import { lockMaterialsForMovement } from './free-stock-lock';

export interface MovementRequest {
  type: MovementType;
  lotId: string;
  materialId: string;
  from?: { locationId: string; siteId: string } | null;
  to?: { locationId: string; siteId: string } | null;
  quantity: string;
  reason?: string | null;
  reference?: string | null;
  /** The movement takes stock reserved for it (a shipment of its allocation, a write-off of the whole lot). */
  fromReserved?: boolean;
}

/**
 * Applies one movement inside the caller's transaction: the source balance is decremented only
 * if it covers the quantity (the row lock of that UPDATE serializes concurrent moves, so none is
 * lost and none goes negative), the target is upserted, and the ledger entry is appended.
 */
export async function applyMovement(uow: UnitOfWork, request: MovementRequest): Promise<StockMovementEntity> {
  const { manager, principal, requestId } = uow.ctx;
  if (request.from) {
    if (!request.fromReserved) await lockMaterialsForMovement(manager, [request.materialId]);
    // TypeORM answers an UPDATE with [rows, affected].
    // Stock allocated to sales orders is not free for other movements.
    const [, affected] = (await manager.query(
      `UPDATE stock_balance SET quantity = quantity - $3, updated_at = now()
       WHERE lot_id = $1 AND location_id = $2
         AND quantity - CASE WHEN $4::boolean THEN 0 ELSE coalesce((SELECT sum(a.quantity) FROM sales_allocation a
               WHERE a.lot_id = $1 AND a.location_id = $2 AND a.status = 'ALLOCATED'), 0) END >= $3
       RETURNING quantity`,
      [request.lotId, request.from.locationId, request.quantity, request.fromReserved === true],
    )) as [unknown[], number];
    if (affected === 0) {
      fail(ErrorCode.INSUFFICIENT_STOCK, `Less than ${request.quantity} of lot ${request.lotId} is free at location ${request.from.locationId} (allocated stock is reserved)`, ['input', 'quantity']);
    }
  }
  if (request.to) {
    await manager.query(
      `INSERT INTO stock_balance (lot_id, location_id, site_id, material_id, quantity) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (lot_id, location_id) DO UPDATE SET quantity = stock_balance.quantity + EXCLUDED.quantity, updated_at = now()`,
      [request.lotId, request.to.locationId, request.to.siteId, request.materialId, request.quantity],
    );
  }
  const movement = await manager.save(
    manager.create(StockMovementEntity, {
      id: newId('mov'),
      type: request.type,
      lotId: request.lotId,
      materialId: request.materialId,
      fromLocationId: request.from?.locationId ?? null,
      toLocationId: request.to?.locationId ?? null,
      siteId: (request.from ?? request.to)!.siteId,
      quantity: request.quantity,
      reason: request.reason ?? null,
      reference: request.reference ?? null,
      actorId: principal.id,
      actorName: principal.name,
      occurredAt: new Date(),
      requestId,
    }),
  );
  uow.audit({
    action: `STOCK_${request.type}`,
    entityType: 'Lot',
    entityId: request.lotId,
    reason: request.reason,
    changes: [
      { field: 'stock', old: request.from ? { location: request.from.locationId } : null, new: { movement: movement.id, location: request.to?.locationId ?? null, quantity: request.quantity } },
    ],
  });
  // The movement is the record, so readers scoped by site see the movements of their sites only.
  uow.emit({
    type: 'StockMoved',
    aggregateType: 'StockMovement',
    aggregateId: movement.id,
    payload: { movementId: movement.id, lotId: request.lotId, type: request.type, quantity: request.quantity, record: { ...movement } },
  });
  return movement;
}

/**
 * Takes every remaining balance of a lot out of stock (a scrapped or returned lot), one ledger
 * movement per location, under the balances' row locks; `reference` names what decided it.
 */
export async function writeOffLot(uow: UnitOfWork, lot: { id: string; materialId: string }, type: MovementType, reason: string, reference: string | null = null): Promise<StockMovementEntity[]> {
  const balances: { location_id: string; site_id: string; quantity: string }[] = await uow.ctx.manager.query(
    `SELECT location_id, site_id, quantity::text FROM stock_balance WHERE lot_id = $1 AND quantity > 0 ORDER BY location_id FOR UPDATE`,
    [lot.id],
  );
  const movements: StockMovementEntity[] = [];
  for (const b of balances) {
    movements.push(
      await applyMovement(uow, {
        type,
        lotId: lot.id,
        materialId: lot.materialId,
        from: { locationId: b.location_id, siteId: b.site_id },
        quantity: b.quantity,
        reason,
        reference,
        fromReserved: true,
      }),
    );
  }
  return movements;
}

/** The lots among `lotIds` that have stock on hand anywhere, with their total, summed by PostgreSQL. */
export function stockOnHand(ctx: RequestContext, lotIds: string[]): Promise<{ lotId: string; quantity: string }[]> {
  return ctx.manager.query(`SELECT lot_id AS "lotId", sum(quantity)::text AS quantity FROM stock_balance WHERE lot_id = ANY($1) AND quantity > 0 GROUP BY lot_id ORDER BY lot_id`, [lotIds]);
}
