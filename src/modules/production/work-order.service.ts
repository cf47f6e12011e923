import type { RequestContext } from '../../core/context';
import { assertCan } from '../../core/authz/guard';
import { authorizedQuery, type EntitySpec } from '../../core/graphql/authorized-query';
import { SortDirection, type Connection, type ConnectionArgs } from '../../core/graphql/connection';
import { paginate } from '../../core/graphql/keyset';
import { ErrorCode } from '../../core/graphql/error-code';
import { fail } from '../../core/graphql/user-error';
import { newId } from '../../core/ids';
import { inTransaction } from '../../core/mutation';
import { updateVersioned } from '../../core/persistence/versioned-update';
import { diffFields } from '../../core/audit/audit-diff';
import { InputValidator } from '../../core/validation';
import { findSite } from '../sites/site.service';
import { BomEntity } from './bom.entity';
import { WorkOrderStatus, workOrderMachine } from './production.enums';
import { WORK_ORDER_AUDITED_FIELDS, WorkOrderEntity } from './work-order.entity';
import type { CreateWorkOrderInput, WorkOrderTransitionInput } from './production-inputs.types';
import type { WorkOrderFilter } from './production.types';

export const WORK_ORDER_SPEC: EntitySpec<WorkOrderEntity> = { entity: WorkOrderEntity, subject: 'WorkOrder', alias: 'wo', columns: { id: 'id', siteId: 'site_id' } };

export function listWorkOrders(ctx: RequestContext, args: ConnectionArgs, filter: WorkOrderFilter = {}): Promise<Connection<WorkOrderEntity>> {
  const qb = authorizedQuery(ctx, WORK_ORDER_SPEC);
  if (filter.status) qb.andWhere('wo.status = ANY(:st)', { st: filter.status });
  if (filter.productMaterialIds) qb.andWhere('wo.product_material_id = ANY(:pm)', { pm: filter.productMaterialIds });
  return paginate(
    qb,
    args,
    [
      { column: 'wo.created_at', direction: SortDirection.DESC, value: (w) => w.createdAt },
      { column: 'wo.id', direction: SortDirection.DESC, value: (w) => w.id },
    ],
    filter,
  );
}

export async function createWorkOrder(ctx: RequestContext, input: CreateWorkOrderInput): Promise<WorkOrderEntity> {
  assertCan(ctx, 'create', 'WorkOrder');
  const v = new InputValidator();
  const number = v.code('number', input.number);
  if (Number(input.quantity) <= 0) v.fail('quantity', 'The quantity must be greater than zero');
  v.throwIfAny();
  return inTransaction(ctx, async ({ ctx: tx, audit }) => {
    const bom = await tx.manager.findOneBy(BomEntity, { id: input.bomId });
    if (!bom || bom.status !== 'ACTIVE') fail(ErrorCode.NOT_FOUND, `No active BOM ${input.bomId}`, ['input', 'bomId']);
    if (!(await findSite(tx, input.siteId))) fail(ErrorCode.NOT_FOUND, `No site ${input.siteId}`, ['input', 'siteId']);
    if (await tx.manager.existsBy(WorkOrderEntity, { number })) fail(ErrorCode.DUPLICATE, `Work order ${number} exists`, ['input', 'number']);
    const wo = await tx.manager.save(
      tx.manager.create(WorkOrderEntity, {
        id: newId('wo'),
        number,
        productMaterialId: bom.productMaterialId,
        bomId: bom.id,
        siteId: input.siteId,
        quantityPlanned: input.quantity,
        quantityProduced: '0',
        status: WorkOrderStatus.PLANNED,
        statusReason: null,
        customFields: {},
        version: 1,
      }),
    );
    audit({ action: 'CREATE', entityType: 'WorkOrder', entityId: wo.id, reason: input.reason, changes: diffFields(null, wo, WORK_ORDER_AUDITED_FIELDS) });
    return wo;
  });
}

/** The work order locked for the rest of the transaction (consumption and production serialize on it). */
export async function lockWorkOrder(ctx: RequestContext, id: string): Promise<WorkOrderEntity> {
  const wo = await ctx.manager.createQueryBuilder(WorkOrderEntity, 'wo').setLock('pessimistic_write').where('wo.id = :id', { id }).getOne();
  if (!wo) fail(ErrorCode.NOT_FOUND, `No work order ${id}`, ['input', 'workOrderId']);
  return wo;
}

export async function transitionWorkOrder(ctx: RequestContext, input: WorkOrderTransitionInput, to: WorkOrderStatus): Promise<WorkOrderEntity> {
  assertCan(ctx, 'update', 'WorkOrder');
  return inTransaction(ctx, async ({ ctx: tx, audit }) => {
    const current = await lockWorkOrder(tx, input.id);
    const check = workOrderMachine.check(current.status, to, ctx.principal.roles, input.reason);
    if (!check.ok) fail(ErrorCode[check.code], check.message, ['input', 'id']);
    const updated = await updateVersioned(tx, WorkOrderEntity, current.id, input.expectedVersion, { status: to, statusReason: input.reason.trim() });
    audit({ action: 'STATUS_CHANGE', entityType: 'WorkOrder', entityId: updated.id, reason: input.reason, changes: diffFields(current, updated, WORK_ORDER_AUDITED_FIELDS) });
    return updated;
  });
}
