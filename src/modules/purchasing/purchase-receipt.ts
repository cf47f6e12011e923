import { diffFields } from '../../core/audit/audit-diff';
import { ErrorCode } from '../../core/graphql/error-code';
import { canonicalDecimal } from '../../core/graphql/scalars';
import { fail } from '../../core/graphql/user-error';
import type { UnitOfWork } from '../../core/mutation';
import { updateVersioned } from '../../core/persistence/versioned-update';
import type { LotEntity } from '../lots/lot.entity';
import { OrderKind } from '../orders/order.enums';
import { orderStatusChangedEvent } from '../orders/order.events';
import { PURCHASE_ORDER_AUDITED_FIELDS, PURCHASE_ORDER_LINE_AUDITED_FIELDS, PurchaseOrderEntity, PurchaseOrderLineEntity } from './purchase-order.entity';
import { PurchaseOrderStatus as S, RECEIVABLE_ORDER } from './purchase-order.enums';
import { purchaseOrderMachine } from './purchase-order.state';

const PATH = ['input', 'purchaseOrderLineId'];

interface LineRoom {
  within: boolean;
  /** What may still be received: ordered x (1 + tolerance) - received, at least 0. */
  room: string;
}

/**
 * A lot received against a purchase order line: the line must be of a SENT or PARTIALLY_RECEIVED
 * order of the lot's supplier and material, and may not be exceeded beyond the over-delivery
 * tolerance. The order row is locked first, so concurrent receipts against any of its lines
 * run one after the other and each sees the quantities the previous one committed.
 */
export async function receiveAgainstOrderLine(uow: UnitOfWork, lot: LotEntity, reason: string | null): Promise<void> {
  if (!lot.purchaseOrderLineId) return;
  const { ctx: tx } = uow;
  const [ref]: { order_id: string }[] = await tx.manager.query('SELECT order_id FROM purchase_order_line WHERE id = $1', [lot.purchaseOrderLineId]);
  if (!ref) fail(ErrorCode.NOT_FOUND, `No purchase order line ${lot.purchaseOrderLineId}`, PATH);
  const order = await tx.manager.createQueryBuilder(PurchaseOrderEntity, 'po').setLock('pessimistic_write').where('po.id = :id', { id: ref.order_id }).getOneOrFail();
  const line = await tx.manager.findOneByOrFail(PurchaseOrderLineEntity, { id: lot.purchaseOrderLineId });
  if (!RECEIVABLE_ORDER.includes(order.status)) fail(ErrorCode.INVALID_TRANSITION, `${order.orderNumber} is ${order.status}; goods are received against SENT or PARTIALLY_RECEIVED orders`, PATH);
  if (order.supplierId !== lot.supplierId) fail(ErrorCode.VALIDATION_FAILED, `${order.orderNumber} is placed with another supplier`, PATH);
  if (line.materialId !== lot.materialId) fail(ErrorCode.VALIDATION_FAILED, `Line ${line.lineNo} of ${order.orderNumber} orders another material`, PATH);

  const tolerance = tx.platform.config.purchasing.receiptOverTolerancePercent;
  const [room]: LineRoom[] = await tx.manager.query(
    `SELECT received_quantity + $2::numeric <= quantity * (100 + $3::numeric) / 100 AS within,
            greatest(quantity * (100 + $3::numeric) / 100 - received_quantity, 0)::text AS room
     FROM purchase_order_line WHERE id = $1`,
    [line.id, lot.quantity, tolerance],
  );
  if (!room.within) {
    fail(
      ErrorCode.OVER_RECEIPT,
      `Receiving ${canonicalDecimal(lot.quantity)} exceeds line ${line.lineNo} of ${order.orderNumber}: ` +
        `${canonicalDecimal(line.quantity)} ordered, ${canonicalDecimal(line.receivedQuantity)} received, at most ${canonicalDecimal(room.room)} more ` +
        `(over-delivery tolerance ${tolerance}%)`,
      ['input', 'quantity'],
    );
  }
  await tx.manager.query('UPDATE purchase_order_line SET received_quantity = received_quantity + $2::numeric WHERE id = $1', [line.id, lot.quantity]);
  const received = await tx.manager.findOneByOrFail(PurchaseOrderLineEntity, { id: line.id });
  uow.audit({
    action: 'RECEIVE',
    entityType: 'PurchaseOrderLine',
    entityId: line.id,
    reason,
    changes: [...diffFields(line, received, PURCHASE_ORDER_LINE_AUDITED_FIELDS), { field: 'lotId', old: null, new: lot.id }],
  });
  await advanceOrder(uow, order, reason);
}

/** PARTIALLY_RECEIVED until every line has its quantity, then RECEIVED; the version moves with every receipt. */
async function advanceOrder(uow: UnitOfWork, order: PurchaseOrderEntity, reason: string | null): Promise<void> {
  const { ctx: tx } = uow;
  const [{ complete }]: { complete: boolean }[] = await tx.manager.query('SELECT bool_and(received_quantity >= quantity) AS complete FROM purchase_order_line WHERE order_id = $1', [order.id]);
  const to = complete ? S.RECEIVED : S.PARTIALLY_RECEIVED;
  if (to === order.status) {
    await updateVersioned(tx, PurchaseOrderEntity, order.id, order.version, {});
    return;
  }
  const check = purchaseOrderMachine.check(order.status, to, tx.principal.roles, reason);
  if (!check.ok) fail(ErrorCode[check.code], check.message, PATH);
  const updated = await updateVersioned(tx, PurchaseOrderEntity, order.id, order.version, { status: to });
  uow.audit({ action: 'STATUS_CHANGE', entityType: 'PurchaseOrder', entityId: order.id, reason, changes: diffFields(order, updated, PURCHASE_ORDER_AUDITED_FIELDS) });
  uow.emit(orderStatusChangedEvent(OrderKind.PURCHASE, updated, order.status, reason ?? 'Goods received'));
}
