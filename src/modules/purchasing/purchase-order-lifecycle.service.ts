import type { RequestContext } from '../../core/context';
import { assertCan, canOn } from '../../core/authz/guard';
import type { Action } from '../../core/authz/subjects';
import { diffFields } from '../../core/audit/audit-diff';
import { ErrorCode } from '../../core/graphql/error-code';
import { fail } from '../../core/graphql/user-error';
import { inTransaction, type UnitOfWork } from '../../core/mutation';
import { updateVersioned } from '../../core/persistence/versioned-update';
import { InputValidator } from '../../core/validation';
import { OrderKind } from '../orders/order.enums';
import { orderStatusChangedEvent } from '../orders/order.events';
import { PURCHASE_ORDER_AUDITED_FIELDS, PurchaseOrderEntity } from './purchase-order.entity';
import { PurchaseOrderStatus as S } from './purchase-order.enums';
import { approvalRefusal } from './purchase-order-gates';
import { assertOrderSourcesStillApproved } from './purchase-order.service';
import { purchaseOrderMachine } from './purchase-order.state';
import type { ApprovePurchaseOrderInput, CancelPurchaseOrderInput, ClosePurchaseOrderInput, SendPurchaseOrderInput } from './purchase-order-inputs.types';

interface Step {
  id: string;
  expectedVersion: number;
  to: S;
  reason: string | null;
  /** A repeat of a step already taken returns the order unchanged (approval is personal, so never). */
  repeatable: boolean;
  gate?: (uow: UnitOfWork, order: PurchaseOrderEntity) => Promise<void>;
  changes?: (ctx: RequestContext) => Partial<PurchaseOrderEntity>;
}

const PATH = ['input', 'id'];

/** DRAFT → APPROVED, by someone other than its creator, within the approver's limit. */
export function approvePurchaseOrder(ctx: RequestContext, input: ApprovePurchaseOrderInput): Promise<PurchaseOrderEntity> {
  return move(ctx, 'approve', {
    id: input.id,
    expectedVersion: input.expectedVersion,
    to: S.APPROVED,
    reason: reasonOf(input.reason, false),
    repeatable: false,
    gate: async ({ ctx: tx }, order) => {
      const limit: string | undefined = tx.platform.config.purchasing.approvalLimits[order.currency];
      const [{ above }]: { above: boolean }[] = limit === undefined ? [{ above: true }] : await tx.manager.query('SELECT $1::numeric > $2::numeric AS above', [order.totalAmount, limit]);
      const refusal = approvalRefusal({ createdBy: order.createdBy, currency: order.currency, aboveLimit: above }, { subject: tx.principal.id, roles: tx.principal.roles }, limit);
      if (refusal) fail(ErrorCode.FORBIDDEN, refusal, PATH);
      await assertOrderSourcesStillApproved(tx, order);
    },
    changes: (tx) => ({ approvedBy: tx.principal.name, approvedAt: new Date() }),
  });
}

/** APPROVED → SENT to the supplier. */
export function sendPurchaseOrder(ctx: RequestContext, input: SendPurchaseOrderInput): Promise<PurchaseOrderEntity> {
  return move(ctx, 'update', {
    id: input.id,
    expectedVersion: input.expectedVersion,
    to: S.SENT,
    reason: reasonOf(input.reason, false),
    repeatable: true,
    gate: ({ ctx: tx }, order) => assertOrderSourcesStillApproved(tx, order),
  });
}

/** DRAFT, APPROVED or SENT → CANCELLED, while nothing has been received against it. */
export function cancelPurchaseOrder(ctx: RequestContext, input: CancelPurchaseOrderInput): Promise<PurchaseOrderEntity> {
  return move(ctx, 'update', {
    id: input.id,
    expectedVersion: input.expectedVersion,
    to: S.CANCELLED,
    reason: reasonOf(input.reason, true),
    repeatable: true,
    gate: async ({ ctx: tx }, order) => {
      const [{ received }]: { received: boolean }[] = await tx.manager.query('SELECT EXISTS (SELECT 1 FROM purchase_order_line WHERE order_id = $1 AND received_quantity > 0) AS received', [order.id]);
      if (received) fail(ErrorCode.INVALID_TRANSITION, `Goods were received against ${order.orderNumber}; close it instead`, PATH);
    },
  });
}

/** RECEIVED or PARTIALLY_RECEIVED → CLOSED: nothing more will be received against it. */
export function closePurchaseOrder(ctx: RequestContext, input: ClosePurchaseOrderInput): Promise<PurchaseOrderEntity> {
  return move(ctx, 'close', { id: input.id, expectedVersion: input.expectedVersion, to: S.CLOSED, reason: reasonOf(input.reason, true), repeatable: true });
}

function reasonOf(reason: string | null | undefined, required: boolean): string | null {
  const v = new InputValidator();
  const text = required ? v.text('reason', reason, 2000) : v.optionalText('reason', reason, 2000);
  v.throwIfAny();
  return text;
}

async function move(ctx: RequestContext, action: Action, step: Step): Promise<PurchaseOrderEntity> {
  assertCan(ctx, action, 'PurchaseOrder');
  const current = await ctx.manager.findOneBy(PurchaseOrderEntity, { id: step.id });
  if (!current || !canOn(ctx, 'read', 'PurchaseOrder', current)) fail(ErrorCode.NOT_FOUND, `No purchase order ${step.id}`, PATH);
  if (step.repeatable && current.status === step.to) return current;
  return inTransaction(ctx, async (uow) => {
    const { ctx: tx } = uow;
    const before = await tx.manager.createQueryBuilder(PurchaseOrderEntity, 'po').setLock('pessimistic_write').where('po.id = :id', { id: step.id }).getOneOrFail();
    if (before.version !== step.expectedVersion) fail(ErrorCode.VERSION_CONFLICT, `The order is at version ${before.version}; reload and retry`, ['input', 'expectedVersion']);
    const check = purchaseOrderMachine.check(before.status, step.to, tx.principal.roles, step.reason);
    if (!check.ok) fail(ErrorCode[check.code], check.message, PATH);
    await step.gate?.(uow, before);
    const order = await updateVersioned(tx, PurchaseOrderEntity, before.id, step.expectedVersion, { status: step.to, statusReason: step.reason, ...step.changes?.(tx) });
    uow.audit({ action: 'STATUS_CHANGE', entityType: 'PurchaseOrder', entityId: order.id, reason: step.reason, changes: diffFields(before, order, PURCHASE_ORDER_AUDITED_FIELDS) });
    uow.emit(orderStatusChangedEvent(OrderKind.PURCHASE, order, before.status, step.reason));
    return order;
  });
}
