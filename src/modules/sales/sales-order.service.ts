import type { RequestContext } from '../../core/context';
import { assertCan, canOn } from '../../core/authz/guard';
import type { Action } from '../../core/authz/subjects';
import { ErrorCode } from '../../core/graphql/error-code';
import { authorizedQuery } from '../../core/graphql/authorized-query';
import { SortDirection, type Connection, type ConnectionArgs } from '../../core/graphql/connection';
import { paginate } from '../../core/graphql/keyset';
import { fail } from '../../core/graphql/user-error';
import { newId } from '../../core/ids';
import { inTransaction, type UnitOfWork } from '../../core/mutation';
import { updateVersioned } from '../../core/persistence/versioned-update';
import { InputValidator } from '../../core/validation';
import { OrderKind } from '../orders/order.enums';
import { orderStatusChangedEvent } from '../orders/order.events';
import { CustomerAddressEntity, SalesOrderEntity, SalesOrderLineEntity } from './sales.entities';
import { customerStatus } from '../customers/customer.lookups';
import { materialSummaries } from '../materials/material.lookups';
import { SalesOrderStatus as S } from './sales.enums';
import { salesOrderStateMachine } from './sales-order.state';
import { SALES_ORDER_SPEC } from './sales.table';
import type { CreateSalesOrderInput, SalesOrderTransitionInput } from './sales-inputs.types';
import type { SalesOrderFilter } from './sales.types';

const MAX_LINES = 200;

export function listSalesOrders(ctx: RequestContext, args: ConnectionArgs, filter: SalesOrderFilter = {}): Promise<Connection<SalesOrderEntity>> {
  const qb = authorizedQuery(ctx, SALES_ORDER_SPEC);
  if (filter.status) qb.andWhere('so.status = ANY(:st)', { st: filter.status });
  if (filter.customerIds) qb.andWhere('so.customer_id = ANY(:cus)', { cus: filter.customerIds });
  return paginate(
    qb,
    args,
    [
      { column: 'so.created_at', direction: SortDirection.DESC, value: (o) => o.createdAt },
      { column: 'so.id', direction: SortDirection.DESC, value: (o) => o.id },
    ],
    filter,
  );
}

/** A DRAFT order for a customer's address, its total computed by PostgreSQL from the lines. */
export async function createSalesOrder(ctx: RequestContext, input: CreateSalesOrderInput): Promise<SalesOrderEntity> {
  assertCan(ctx, 'create', 'SalesOrder');
  const v = new InputValidator();
  const orderNumber = v.code('orderNumber', input.orderNumber);
  const reason = v.optionalText('reason', input.reason, 2000);
  if (!/^[A-Z]{3}$/.test(input.currency)) v.fail('currency', 'An ISO 4217 code such as CNY, EUR, USD');
  if (input.lines.length === 0 || input.lines.length > MAX_LINES) v.fail('lines', `An order has 1 to ${MAX_LINES} lines`);
  input.lines.forEach((l, i) => {
    if (!(Number(l.quantity) > 0)) v.fail(`lines.${i}.quantity`, 'The quantity must be greater than zero');
    if (!(Number(l.unitPrice) >= 0)) v.fail(`lines.${i}.unitPrice`, 'The price cannot be negative');
  });
  v.throwIfAny();
  return inTransaction(ctx, async (uow) => {
    const { ctx: tx } = uow;
    const address = await tx.manager.findOneBy(CustomerAddressEntity, { id: input.shipToAddressId });
    if (!address || address.customerId !== input.customerId) fail(ErrorCode.NOT_FOUND, 'No such address of this customer', ['input', 'shipToAddressId']);
    if ((await customerStatus(tx.manager, address.customerId)) !== 'ACTIVE') fail(ErrorCode.VALIDATION_FAILED, 'The customer is not active', ['input', 'customerId']);
    const materialIds = [...new Set(input.lines.map((l) => l.materialId))];
    const found = await materialSummaries(tx.manager, materialIds);
    input.lines.forEach((l, i) => {
      const m = found.find((f) => f.id === l.materialId);
      if (!m) fail(ErrorCode.NOT_FOUND, `No material ${l.materialId}`, ['input', 'lines', String(i), 'materialId']);
      if (m.status !== 'ACTIVE') fail(ErrorCode.VALIDATION_FAILED, `Material ${l.materialId} is ${m.status}`, ['input', 'lines', String(i), 'materialId']);
    });
    const order = await tx.manager.save(
      tx.manager.create(SalesOrderEntity, {
        id: newId('so'),
        orderNumber,
        customerId: input.customerId,
        shipToAddressId: input.shipToAddressId,
        status: S.DRAFT,
        currency: input.currency,
        totalAmount: '0',
        customFields: {},
        version: 1,
      }),
    );
    await tx.manager.save(
      input.lines.map((l, i) =>
        tx.manager.create(SalesOrderLineEntity, {
          id: newId('sol'),
          orderId: order.id,
          lineNo: i + 1,
          materialId: l.materialId,
          quantity: l.quantity,
          unitPrice: l.unitPrice,
          shippedQuantity: '0',
        }),
      ),
    );
    await tx.manager.query(`UPDATE sales_order SET total_amount = (SELECT sum(quantity * unit_price) FROM sales_order_line WHERE order_id = $1) WHERE id = $1`, [order.id]);
    const created = await tx.manager.findOneByOrFail(SalesOrderEntity, { id: order.id });
    uow.audit({
      action: 'CREATE',
      entityType: 'SalesOrder',
      entityId: created.id,
      reason,
      changes: [{ field: 'order', old: null, new: { orderNumber, customerId: input.customerId, totalAmount: created.totalAmount, lines: input.lines } }],
    });
    uow.emit(orderStatusChangedEvent(OrderKind.SALES, created, null, 'Created'));
    return created;
  });
}

export const confirmSalesOrder = (ctx: RequestContext, input: SalesOrderTransitionInput) => moveSalesOrder(ctx, input, S.CONFIRMED, 'update');
export const closeSalesOrder = (ctx: RequestContext, input: SalesOrderTransitionInput) => moveSalesOrder(ctx, input, S.CLOSED, 'update');

/** Cancels an order not yet shipped; its stock allocations are released. */
export function cancelSalesOrder(ctx: RequestContext, input: SalesOrderTransitionInput): Promise<SalesOrderEntity> {
  return moveSalesOrder(ctx, input, S.CANCELLED, 'update', async (uow, order) => {
    const [released] = (await uow.ctx.manager.query(
      `UPDATE sales_allocation SET status = 'CANCELLED' WHERE status = 'ALLOCATED' AND order_line_id IN (SELECT id FROM sales_order_line WHERE order_id = $1)
       RETURNING lot_id, location_id, quantity::text`,
      [order.id],
    )) as [{ lot_id: string; location_id: string; quantity: string }[], number];
    if (released.length > 0) {
      uow.audit({ action: 'RELEASE_ALLOCATIONS', entityType: 'SalesOrder', entityId: order.id, reason: input.reason, changes: [{ field: 'allocations', old: released, new: null }] });
    }
  });
}

async function moveSalesOrder(
  ctx: RequestContext,
  input: SalesOrderTransitionInput,
  to: S,
  action: Action,
  effect?: (uow: UnitOfWork, order: SalesOrderEntity) => Promise<void>,
): Promise<SalesOrderEntity> {
  assertCan(ctx, action, 'SalesOrder');
  return inTransaction(ctx, async (uow) => {
    const before = await lockSalesOrder(uow.ctx, input.id, input.expectedVersion, to, input.reason ?? null);
    if (effect) await effect(uow, before);
    return recordStep(uow, before, to, input.reason ?? null);
  });
}

/** The order under a row lock, at the expected version, allowed to move to `to` by the caller. */
export async function lockSalesOrder(ctx: RequestContext, id: string, expectedVersion: number, to: S, reason: string | null): Promise<SalesOrderEntity> {
  if (reason !== null && reason.length > 2000) fail(ErrorCode.VALIDATION_FAILED, 'The reason has at most 2000 characters', ['input', 'reason']);
  const order = await ctx.manager.createQueryBuilder(SalesOrderEntity, 'so').setLock('pessimistic_write').where('so.id = :id', { id }).getOne();
  if (!order || !canOn(ctx, 'read', 'SalesOrder', order)) fail(ErrorCode.NOT_FOUND, `No sales order ${id}`, ['input', 'id']);
  if (order.version !== expectedVersion) fail(ErrorCode.VERSION_CONFLICT, `The order is at version ${order.version}; reload and retry`, ['input', 'expectedVersion']);
  const check = salesOrderStateMachine.check(order.status, to, ctx.principal.roles, reason);
  if (!check.ok) fail(ErrorCode[check.code], check.message, ['input', 'id']);
  return order;
}

export async function recordStep(uow: UnitOfWork, before: SalesOrderEntity, to: S, reason: string | null): Promise<SalesOrderEntity> {
  const order = await updateVersioned(uow.ctx, SalesOrderEntity, before.id, before.version, { status: to });
  uow.audit({ action: 'STATUS_CHANGE', entityType: 'SalesOrder', entityId: order.id, reason, changes: [{ field: 'status', old: before.status, new: to }] });
  uow.emit(orderStatusChangedEvent(OrderKind.SALES, order, before.status, reason));
  return order;
}
