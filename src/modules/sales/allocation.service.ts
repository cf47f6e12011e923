import type { RequestContext } from '../../core/context';
import { newId } from '../../core/ids';
import { assertCan } from '../../core/authz/guard';
import { todayUtc } from '../../core/dates';
import { fromMicro, minMicro, toMicro } from '../../core/decimal-micro';
import { ErrorCode } from '../../core/graphql/error-code';
import { fail } from '../../core/graphql/user-error';
import { inTransaction } from '../../core/mutation';
import { AllocationEntity, SalesOrderEntity, SalesOrderLineEntity } from './sales.entities';
import { SalesOrderStatus as S } from './sales.enums';
import { fefoCandidatesSql } from './fefo.sql';
import { rowScope } from '../../core/authz/guard';
import { queryNamed } from '../../core/persistence/named-query';
import { BALANCE_SPEC } from '../stock/stock.table';
import { lockMaterialsForAllocation } from '../stock/free-stock-lock';
import { lockSalesOrder, recordStep } from './sales-order.service';
import type { SalesOrderTransitionInput } from './sales-inputs.types';

interface Candidate {
  lot_id: string;
  location_id: string;
  site_id: string;
  concession_id: string | null;
  free: string;
  concession_left: string | null;
}

/**
 * CONFIRMED → ALLOCATED: every line is covered from stock first-expiry-first-out, or nothing is
 * allocated and the shortfall is named (INSUFFICIENT_STOCK).
 */
export async function allocateSalesOrder(ctx: RequestContext, input: SalesOrderTransitionInput): Promise<{ order: SalesOrderEntity; allocations: AllocationEntity[] }> {
  assertCan(ctx, 'allocate', 'SalesOrder');
  return inTransaction(ctx, async (uow) => {
    const { ctx: tx } = uow;
    const before = await lockSalesOrder(tx, input.id, input.expectedVersion, S.ALLOCATED, input.reason ?? null);
    const lines = await tx.manager.find(SalesOrderLineEntity, { where: { orderId: before.id }, order: { lineNo: 'ASC' } });
    const concessionLeft = new Map<string, bigint>();
    // What earlier lines of this order took from a balance: their allocations are not saved yet,
    // so the candidates statement of a later line of the same material still counts it as free.
    const taken = new Map<string, bigint>();
    const allocations: AllocationEntity[] = [];
    // One allocator per material at a time, and no movement of its free stock meanwhile: each
    // candidates statement below sees every allocation and movement committed before it.
    await lockMaterialsForAllocation(
      tx.manager,
      lines.map((l) => l.materialId),
    );
    const readable = rowScope(ctx, 'read', 'StockBalance', 'b', BALANCE_SPEC.columns);
    for (const line of lines) {
      let needed = toMicro(line.quantity) - toMicro(line.shippedQuantity);
      const candidates = await queryNamed<Candidate>(tx.manager, fefoCandidatesSql(readable.sql), {
        ...readable.params,
        materialId: line.materialId,
        customerId: before.customerId,
        today: todayUtc(),
      });
      for (const c of candidates) {
        if (needed <= 0n) break;
        const place = `${c.lot_id}|${c.location_id}`;
        let take = minMicro(needed, toMicro(c.free) - (taken.get(place) ?? 0n));
        if (c.concession_id && c.concession_left !== null) {
          const left = concessionLeft.get(c.concession_id) ?? toMicro(c.concession_left);
          take = minMicro(take, left);
          concessionLeft.set(c.concession_id, left - (take > 0n ? take : 0n));
        }
        if (take <= 0n) continue;
        taken.set(place, (taken.get(place) ?? 0n) + take);
        allocations.push(
          tx.manager.create(AllocationEntity, {
            id: newId('alc'),
            orderLineId: line.id,
            lotId: c.lot_id,
            locationId: c.location_id,
            siteId: c.site_id,
            quantity: fromMicro(take),
            concessionId: c.concession_id,
            status: 'ALLOCATED',
            createdAt: new Date(),
          }),
        );
        needed -= take;
      }
      if (needed > 0n) {
        fail(ErrorCode.INSUFFICIENT_STOCK, `Line ${line.lineNo}: ${fromMicro(needed)} short of usable stock of material ${line.materialId}`, ['input', 'id']);
      }
    }
    await tx.manager.save(allocations);
    uow.audit({
      action: 'ALLOCATE',
      entityType: 'SalesOrder',
      entityId: before.id,
      changes: [{ field: 'allocations', old: null, new: allocations.map((a) => ({ line: a.orderLineId, lot: a.lotId, location: a.locationId, quantity: a.quantity })) }],
    });
    const order = await recordStep(uow, before, S.ALLOCATED, input.reason ?? null);
    return { order, allocations };
  });
}
