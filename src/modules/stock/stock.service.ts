import type { RequestContext } from '../../core/context';
import { assertCan, canOn } from '../../core/authz/guard';
import type { Action } from '../../core/authz/subjects';
import { authorizedQuery } from '../../core/graphql/authorized-query';
import { SortDirection, type Connection, type ConnectionArgs } from '../../core/graphql/connection';
import { paginate } from '../../core/graphql/keyset';
import { ErrorCode } from '../../core/graphql/error-code';
import { fail } from '../../core/graphql/user-error';
import { idempotent } from '../../core/idempotency';
import { InputValidator } from '../../core/validation';
import { findLocation } from '../sites/location.service';
import { LocationStatus } from '../sites/site.enums';
import { assertLotUsable, assertTakenOutWithoutDisposition, findLotForUse } from '../lots/lot.service';
import { assertCountMayBeBooked, recordStockDecision } from '../lots/lot-disposal.service';
import { STOCK_DISPOSAL_MEANINGS } from '../lots/lot.state';
import { authenticateSigner } from '../../core/signatures/signature.service';
import type { ElectronicSignatureEntity } from '../../core/signatures/electronic-signature.entity';
import { drawOnConcession } from '../lots/concession-scope';
import { lockMaterialsForMovement } from './free-stock-lock';
import { applyMovement } from './stock-ledger';
import { StockMovementEntity } from './stock-movement.entity';
import type { StockBalanceEntity } from './stock-balance.entity';
import { MOVE_TYPES, MovementType } from './stock.enums';
import { BALANCE_SPEC, MOVEMENT_SPEC } from './stock.table';
import type { StockBalanceFilter, StockMovementFilter } from './stock.types';
import type { AdjustStockInput, MoveStockInput } from './stock-inputs.types';

export async function listBalances(ctx: RequestContext, args: ConnectionArgs, filter: Partial<StockBalanceFilter> = {}): Promise<Connection<StockBalanceEntity>> {
  const qb = authorizedQuery(ctx, BALANCE_SPEC);
  if (filter.lotIds) qb.andWhere('sb.lot_id = ANY(:lots)', { lots: filter.lotIds });
  if (filter.materialIds) qb.andWhere('sb.material_id = ANY(:mats)', { mats: filter.materialIds });
  if (filter.locationIds) qb.andWhere('sb.location_id = ANY(:locs)', { locs: filter.locationIds });
  if (filter.siteIds) qb.andWhere('sb.site_id = ANY(:sites)', { sites: filter.siteIds });
  if (filter.positiveOnly !== false) qb.andWhere('sb.quantity > 0');
  return paginate(
    qb,
    args,
    [
      { column: 'sb.lot_id', direction: SortDirection.ASC, value: (b) => b.lotId },
      { column: 'sb.location_id', direction: SortDirection.ASC, value: (b) => b.locationId },
    ],
    filter,
    { createdAt: 'sb.created_at', updatedAt: 'sb.updated_at' },
  );
}

export async function listMovements(ctx: RequestContext, args: ConnectionArgs, filter: StockMovementFilter = {}): Promise<Connection<StockMovementEntity>> {
  const qb = authorizedQuery(ctx, MOVEMENT_SPEC);
  if (filter.lotIds) qb.andWhere('sm.lot_id = ANY(:lots)', { lots: filter.lotIds });
  if (filter.types) qb.andWhere('sm.type = ANY(:types)', { types: filter.types });
  if (filter.siteIds) qb.andWhere('sm.site_id = ANY(:sites)', { sites: filter.siteIds });
  if (filter.occurredFrom) qb.andWhere('sm.occurred_at >= :from', { from: filter.occurredFrom });
  if (filter.occurredTo) qb.andWhere('sm.occurred_at < :to', { to: filter.occurredTo });
  // A movement is never changed: it was last updated when it occurred.
  return paginate(qb, args, [{ column: 'sm.seq', direction: SortDirection.ASC, value: (m) => String(m.seq) }], filter, { createdAt: 'sm.occurred_at', updatedAt: 'sm.occurred_at' });
}

/** A location stock can move to or from, at a site the caller may work at (also used by production). */
export async function usableLocation(ctx: RequestContext, id: string, field: string, action: Action) {
  const location = await findLocation(ctx, id);
  if (!location) fail(ErrorCode.NOT_FOUND, `No location ${id}`, ['input', field]);
  if (location.status !== LocationStatus.ACTIVE) fail(ErrorCode.VALIDATION_FAILED, `Location ${location.code} is inactive`, ['input', field]);
  if (!canOn(ctx, action, 'StockMovement', { siteId: location.siteId })) fail(ErrorCode.FORBIDDEN, `Not allowed to move stock at site ${location.siteId}`, ['input', field]);
  return { locationId: location.id, siteId: location.siteId };
}

function replayMovement(ctx: RequestContext) {
  return async (id: string) => ctx.manager.findOneByOrFail(StockMovementEntity, { id });
}

export async function moveStock(ctx: RequestContext, input: MoveStockInput): Promise<StockMovementEntity> {
  assertCan(ctx, 'move', 'StockMovement');
  return idempotent(ctx, {
    operation: 'moveStock',
    key: input.idempotencyKey,
    input,
    prepare: () => {
      const v = new InputValidator();
      if (!MOVE_TYPES.includes(input.type)) v.fail('type', `moveStock takes ${MOVE_TYPES.join(', ')}`);
      if (Number(input.quantity) <= 0) v.fail('quantity', 'The quantity must be greater than zero');
      const needsTarget = input.type === MovementType.TRANSFER;
      if (needsTarget && !input.toLocationId) v.fail('toLocationId', 'A TRANSFER needs a target location');
      if (!needsTarget && input.toLocationId) v.fail('toLocationId', `A ${input.type} takes stock out; it has no target location`);
      if (input.toLocationId && input.toLocationId === input.fromLocationId) v.fail('toLocationId', 'Source and target are the same location');
      const reason = v.optionalText('reason', input.reason, 2000);
      v.throwIfAny();
      return reason;
    },
    run: async (uow, reason) => {
      const lot = await findLotForUse(uow.ctx, input.lotId);
      if (input.type === MovementType.SCRAP || input.type === MovementType.SAMPLE) assertTakenOutWithoutDisposition(lot, input.type);
      if (input.type === MovementType.ISSUE) {
        assertLotUsable(lot);
        // An internal issue has no consignee: a customer-limited concession is drawn on by shipments only.
        await drawOnConcession(uow, lot, { quantity: input.quantity, customerId: null });
      }
      const from = await usableLocation(uow.ctx, input.fromLocationId, 'fromLocationId', 'move');
      const to = input.toLocationId ? await usableLocation(uow.ctx, input.toLocationId, 'toLocationId', 'move') : null;
      return applyMovement(uow, { type: input.type, lotId: lot.id, materialId: lot.materialId, from, to, quantity: input.quantity, reason, reference: input.reference });
    },
    replay: replayMovement(ctx),
  });
}

/**
 * Books a counted quantity as an ADJUST movement. A count that lowers a blocked lot's stock is a
 * QA decision, signed, that moves the lot to a new version (see `assertCountMayBeBooked`).
 */
export async function adjustStock(ctx: RequestContext, input: AdjustStockInput): Promise<{ movement: StockMovementEntity; signature: ElectronicSignatureEntity | null }> {
  assertCan(ctx, 'adjust', 'StockMovement');
  let signature: ElectronicSignatureEntity | null = null;
  const movement = await idempotent(ctx, {
    operation: 'adjustStock',
    key: input.idempotencyKey,
    input: withoutPassword(input),
    // The signer is re-authenticated for a new count only: a replay signs nothing, so an aged or
    // changed signing password does not refuse it.
    prepare: async () => {
      const v = new InputValidator();
      const reason = v.text('reason', input.reason, 2000);
      if (Number(input.countedQuantity) < 0) v.fail('countedQuantity', 'A counted quantity cannot be negative');
      v.throwIfAny();
      return { reason, signer: input.signature ? await authenticateSigner(ctx, input.signature, STOCK_DISPOSAL_MEANINGS) : null };
    },
    run: async (uow, { reason, signer }) => {
      const lot = await findLotForUse(uow.ctx, input.lotId);
      const place = await usableLocation(uow.ctx, input.locationId, 'locationId', 'adjust');
      // Before the balance's row lock, in the order an allocator takes them (see free-stock-lock).
      await lockMaterialsForMovement(uow.ctx.manager, [lot.materialId]);
      // Exact decimal difference, computed by PostgreSQL under the balance's row lock.
      const [{ delta }]: { delta: string }[] = await uow.ctx.manager.query(
        `SELECT ($3::numeric - coalesce((SELECT quantity FROM stock_balance WHERE lot_id = $1 AND location_id = $2 FOR UPDATE), 0))::text AS delta`,
        [lot.id, place.locationId, input.countedQuantity],
      );
      if (Number(delta) === 0) fail(ErrorCode.VALIDATION_FAILED, 'The count matches the balance; nothing to adjust', ['input', 'countedQuantity']);
      const increase = !delta.startsWith('-');
      const decision = assertCountMayBeBooked(uow.ctx, lot, !increase, signer);
      const booked = await applyMovement(uow, {
        type: MovementType.ADJUST,
        lotId: lot.id,
        materialId: lot.materialId,
        quantity: increase ? delta : delta.slice(1),
        reason,
        from: increase ? null : place,
        to: increase ? place : null,
      });
      if (decision) {
        const changes = [{ field: 'stock', old: { location: place.locationId }, new: { movement: booked.id, location: place.locationId, counted: input.countedQuantity } }];
        ({ signature } = await recordStockDecision(uow, lot, { expectedVersion: lot.version, reason, signer, action: 'COUNT_CORRECTION', changes }));
      }
      return booked;
    },
    replay: replayMovement(ctx),
  });
  return { movement, signature };
}

/** The input an idempotency key is bound to: the signing password is never hashed into a stored record. */
function withoutPassword(input: AdjustStockInput): object {
  const { signature, ...rest } = input;
  return signature ? { ...rest, signature: { meaning: signature.meaning, reason: signature.reason } } : rest;
}
