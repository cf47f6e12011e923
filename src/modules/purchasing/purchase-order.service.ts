import type { RequestContext } from '../../core/context';
import { assertCan } from '../../core/authz/guard';
import { diffFields } from '../../core/audit/audit-diff';
import { todayUtc } from '../../core/dates';
import { authorizedQuery } from '../../core/graphql/authorized-query';
import { SortDirection, type Connection, type ConnectionArgs } from '../../core/graphql/connection';
import { ErrorCode } from '../../core/graphql/error-code';
import { paginate } from '../../core/graphql/keyset';
import { fail, userError, UserErrorsException, type UserError } from '../../core/graphql/user-error';
import { idempotent } from '../../core/idempotency';
import { newId } from '../../core/ids';
import type { UnitOfWork } from '../../core/mutation';
import { InputValidator } from '../../core/validation';
import { isApprovedSource } from '../approved-suppliers/material-supplier.service';
import { findMaterial } from '../materials/material.service';
import { findSupplier } from '../suppliers/supplier.service';
import { OrderKind } from '../orders/order.enums';
import { orderStatusChangedEvent } from '../orders/order.events';
import { PURCHASE_ORDER_AUDITED_FIELDS, PURCHASE_ORDER_LINE_AUDITED_FIELDS, PurchaseOrderEntity, PurchaseOrderLineEntity } from './purchase-order.entity';
import { PurchaseOrderStatus } from './purchase-order.enums';
import { PURCHASE_ORDER_SPEC } from './purchase-order.table';
import type { PurchaseOrderFilter } from './purchase-order.types';
import type { CreatePurchaseOrderInput } from './purchase-order-inputs.types';
import { materialSummaries } from '../materials/material.lookups';

const MAX_LINES = 200;
/** What numeric(20,6) stores exactly: more decimals would be rounded silently. */
const STORABLE = /^-?\d{1,14}(\.\d{1,6})?$/;

export function listPurchaseOrders(ctx: RequestContext, args: ConnectionArgs, filter: PurchaseOrderFilter = {}): Promise<Connection<PurchaseOrderEntity>> {
  const qb = authorizedQuery(ctx, PURCHASE_ORDER_SPEC);
  if (filter.status) qb.andWhere('po.status = ANY(:st)', { st: filter.status });
  if (filter.supplierIds) qb.andWhere('po.supplier_id = ANY(:sids)', { sids: filter.supplierIds });
  if (filter.orderNumber) qb.andWhere('po.order_number = :num', { num: filter.orderNumber });
  if (filter.materialIds) qb.andWhere('EXISTS (SELECT 1 FROM purchase_order_line l WHERE l.order_id = po.id AND l.material_id = ANY(:mids))', { mids: filter.materialIds });
  return paginate(
    qb,
    args,
    [
      { column: 'po.created_at', direction: SortDirection.DESC, value: (o) => o.createdAt },
      { column: 'po.id', direction: SortDirection.DESC, value: (o) => o.id },
    ],
    filter,
  );
}

function validateCreate(input: CreatePurchaseOrderInput) {
  const v = new InputValidator();
  const currency = input.currency.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) v.fail('currency', 'currency must be an ISO 4217 code such as EUR, CNY or USD');
  if (input.lines.length === 0 || input.lines.length > MAX_LINES) v.fail('lines', `An order has 1 to ${MAX_LINES} lines`);
  const customFields = v.customFields('customFields', input.customFields) ?? {};
  const reason = v.optionalText('reason', input.reason, 2000);
  const today = todayUtc();
  input.lines.forEach((line, i) => {
    const refuse = (field: string, message: string) => v.errors.push(userError(ErrorCode.VALIDATION_FAILED, message, ['input', 'lines', String(i), field]));
    if (!STORABLE.test(line.quantity) || /^-|^0+(\.0+)?$/.test(line.quantity)) refuse('quantity', 'The quantity must be greater than zero, with at most 6 decimal places');
    if (!STORABLE.test(line.unitPrice) || line.unitPrice.startsWith('-')) refuse('unitPrice', 'The unit price must be zero or more, with at most 6 decimal places');
    if (line.dueOn < today) refuse('dueOn', 'The due date is in the past');
  });
  v.throwIfAny();
  return { currency, customFields, reason };
}

/** Purchasing controls (7.4): every line's material must be an approved source at this supplier; all refusals at once. */
async function assertApprovedSources(ctx: RequestContext, supplierId: string, lines: CreatePurchaseOrderInput['lines']): Promise<void> {
  const errors: UserError[] = [];
  for (const [i, line] of lines.entries()) {
    const field = ['input', 'lines', String(i), 'materialId'];
    const material = await findMaterial(ctx, line.materialId);
    if (!material) errors.push(userError(ErrorCode.NOT_FOUND, `No material ${line.materialId}`, field));
    else if (!(await isApprovedSource(ctx, material.id, supplierId))) {
      errors.push(userError(ErrorCode.SUPPLIER_NOT_APPROVED, `The supplier is not an approved, qualified source of ${material.code}`, field));
    }
  }
  if (errors.length > 0) throw new UserErrorsException(errors);
}

/**
 * At approval and sending: a source suspended, revoked or disqualified since the order was
 * drafted stops it (7.4.1), naming every such material at once.
 */
export async function assertOrderSourcesStillApproved(ctx: RequestContext, order: PurchaseOrderEntity): Promise<void> {
  const lines: { material_id: string }[] = await ctx.manager.query('SELECT DISTINCT material_id FROM purchase_order_line WHERE order_id = $1', [order.id]);
  const materials = await materialSummaries(
    ctx.manager,
    lines.map((l) => l.material_id),
  );
  const lapsed: string[] = [];
  for (const m of materials) if (!(await isApprovedSource(ctx, m.id, order.supplierId))) lapsed.push(m.code);
  lapsed.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  if (lapsed.length > 0) {
    fail(ErrorCode.SUPPLIER_NOT_APPROVED, `The supplier is no longer an approved, qualified source of ${lapsed.join(', ')}; amend or cancel the order`, ['input', 'id']);
  }
}

/** A DRAFT purchase order with its lines; the total is summed in SQL, exactly. */
export async function createPurchaseOrder(ctx: RequestContext, input: CreatePurchaseOrderInput): Promise<PurchaseOrderEntity> {
  assertCan(ctx, 'create', 'PurchaseOrder');
  return idempotent(ctx, {
    operation: 'createPurchaseOrder',
    key: input.idempotencyKey,
    input,
    // The due dates are judged against today: a retry after one has passed replays the order.
    prepare: () => validateCreate(input),
    run: async (uow, { currency, customFields, reason }) => {
      const { ctx: tx } = uow;
      if (!(await findSupplier(tx, input.supplierId))) fail(ErrorCode.NOT_FOUND, `No supplier ${input.supplierId}`, ['input', 'supplierId']);
      await assertApprovedSources(tx, input.supplierId, input.lines);
      const [{ total, seq }]: { total: string; seq: string }[] = await tx.manager.query(
        `SELECT coalesce(sum(q * p), 0)::text AS total, nextval('purchase_order_number_seq')::text AS seq
         FROM unnest($1::numeric[], $2::numeric[]) AS l(q, p)`,
        [input.lines.map((l) => l.quantity), input.lines.map((l) => l.unitPrice)],
      );
      const order = await tx.manager.save(
        tx.manager.create(PurchaseOrderEntity, {
          id: newId('po'),
          orderNumber: `PO-${seq.padStart(6, '0')}`,
          supplierId: input.supplierId,
          currency,
          status: PurchaseOrderStatus.DRAFT,
          totalAmount: total,
          statusReason: null,
          createdBy: ctx.principal.id,
          createdByName: ctx.principal.name,
          approvedBy: null,
          approvedAt: null,
          customFields,
          version: 1,
        }),
      );
      await saveLines(uow, order, input.lines);
      uow.audit({ action: 'CREATE', entityType: 'PurchaseOrder', entityId: order.id, reason, changes: diffFields(null, order, PURCHASE_ORDER_AUDITED_FIELDS) });
      uow.emit(orderStatusChangedEvent(OrderKind.PURCHASE, order, null, reason ?? 'Created'));
      return order;
    },
    replay: (id) => storedOrder(ctx, id),
  });
}

async function saveLines(uow: UnitOfWork, order: PurchaseOrderEntity, lines: CreatePurchaseOrderInput['lines']): Promise<void> {
  const { manager } = uow.ctx;
  const saved = await manager.save(
    lines.map((l, i) =>
      manager.create(PurchaseOrderLineEntity, {
        id: newId('pol'),
        orderId: order.id,
        supplierId: order.supplierId,
        lineNo: i + 1,
        materialId: l.materialId,
        quantity: l.quantity,
        unitPrice: l.unitPrice,
        dueOn: l.dueOn,
        receivedQuantity: '0',
      }),
    ),
  );
  for (const line of saved) {
    uow.audit({ action: 'CREATE', entityType: 'PurchaseOrderLine', entityId: line.id, changes: diffFields(null, line, PURCHASE_ORDER_LINE_AUDITED_FIELDS) });
  }
}

function storedOrder(ctx: RequestContext, id: string): Promise<PurchaseOrderEntity> {
  return ctx.manager.findOneByOrFail(PurchaseOrderEntity, { id });
}
