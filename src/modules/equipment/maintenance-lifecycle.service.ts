import type { RequestContext } from '../../core/context';
import { assertCan } from '../../core/authz/guard';
import { diffFields } from '../../core/audit/audit-diff';
import { ErrorCode } from '../../core/graphql/error-code';
import { fail } from '../../core/graphql/user-error';
import { newId } from '../../core/ids';
import { inTransaction, type UnitOfWork } from '../../core/mutation';
import { updateVersioned } from '../../core/persistence/versioned-update';
import { InputValidator } from '../../core/validation';
import type { EquipmentEntity } from './equipment.entity';
import { EquipmentStatus, MaintenanceOrderStatus as S } from './equipment.enums';
import { findEquipment } from './equipment.service';
import { moveEquipmentStatus } from './equipment-status.service';
import { ordersInProgress } from './maintenance-holds';
import { MAINTENANCE_ORDER_AUDITED_FIELDS, MaintenanceOrderEntity } from './maintenance-order.entity';
import { maintenanceOrderChangedEvent } from './maintenance-order.events';
import { maintenanceOrderMachine } from './maintenance-order.state';
import { startTakesOutOfService } from './maintenance-outcome';
import type { CancelMaintenanceOrderInput, OpenMaintenanceOrderInput, StartMaintenanceInput } from './maintenance-inputs.types';

const ORDER = ['input', 'id'];

/** A new order with every lifecycle field empty. */
export function newMaintenanceOrder(fields: Pick<MaintenanceOrderEntity, 'equipmentId' | 'kind' | 'status' | 'description'> & Partial<MaintenanceOrderEntity>): Partial<MaintenanceOrderEntity> {
  return {
    id: newId('mo'),
    plannedFor: null,
    downtimeMinutes: 0,
    startedAt: null,
    startedBy: null,
    tookEquipmentOutOfService: false,
    completedAt: null,
    completedBy: null,
    completionNotes: null,
    cancelledAt: null,
    cancelledBy: null,
    cancelReason: null,
    customFields: {},
    version: 1,
    ...fields,
  };
}

/** Audited on the order and told to the outbox; `before` null when the order was created. */
export function recordOrderChange(uow: UnitOfWork, before: MaintenanceOrderEntity | null, order: MaintenanceOrderEntity, reason: string | null, action = before ? 'STATUS_CHANGE' : 'CREATE'): void {
  uow.audit({ action, entityType: 'MaintenanceOrder', entityId: order.id, reason, changes: diffFields(before, order, MAINTENANCE_ORDER_AUDITED_FIELDS) });
  uow.emit(maintenanceOrderChangedEvent(before?.status ?? null, order, reason));
}

/**
 * The order, locked, if it is still at `expectedVersion` and the status table lets the caller
 * move it to `to`; its equipment is locked first (findEquipment), as by every mutation of
 * equipment or its maintenance, so that they queue up in one order and never deadlock.
 */
export async function lockOrderFor(
  uow: UnitOfWork,
  id: string,
  expectedVersion: number,
  to: S,
  reason: string | null,
  field = ORDER,
): Promise<{ order: MaintenanceOrderEntity; equipment: EquipmentEntity }> {
  const { ctx: tx } = uow;
  // An order's equipment never changes, so it may be read before either row is locked.
  const [of]: { equipment_id: string }[] = await tx.manager.query('SELECT equipment_id FROM maintenance_order WHERE id = $1', [id]);
  if (!of) fail(ErrorCode.NOT_FOUND, `No maintenance order ${id}`, field);
  const equipment = await findEquipment(tx, of.equipment_id, 'equipmentId', true);
  const order = await tx.manager.findOne(MaintenanceOrderEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!order) fail(ErrorCode.NOT_FOUND, `No maintenance order ${id}`, field);
  if (order.version !== expectedVersion) fail(ErrorCode.VERSION_CONFLICT, `The order is at version ${order.version}; reload and retry`, ['input', 'expectedVersion']);
  const check = maintenanceOrderMachine.check(order.status, to, tx.principal.roles, reason);
  if (!check.ok) fail(ErrorCode[check.code], check.message, field);
  return { order, equipment };
}

/** Retired equipment is not maintained. */
export function assertMaintainable(equipment: EquipmentEntity, field: string): EquipmentEntity {
  if (equipment.status === EquipmentStatus.RETIRED) fail(ErrorCode.INVALID_TRANSITION, `${equipment.assetTag} is retired`, ['input', field]);
  return equipment;
}

/** Equipment that may be worked on, locked. */
export async function equipmentToMaintain(ctx: RequestContext, id: string, field: string): Promise<EquipmentEntity> {
  return assertMaintainable(await findEquipment(ctx, id, field, true), field);
}

/** Plans maintenance: OPEN, the equipment stays in use until the work starts. */
export async function openMaintenanceOrder(ctx: RequestContext, input: OpenMaintenanceOrderInput): Promise<MaintenanceOrderEntity> {
  assertCan(ctx, 'maintain', 'Equipment');
  const v = new InputValidator();
  const description = v.text('description', input.description, 4000);
  v.throwIfAny();
  return inTransaction(ctx, async (uow) => {
    const equipment = await equipmentToMaintain(uow.ctx, input.equipmentId, 'equipmentId');
    const order = await uow.ctx.manager.save(
      uow.ctx.manager.create(
        MaintenanceOrderEntity,
        newMaintenanceOrder({
          equipmentId: equipment.id,
          kind: input.kind,
          status: S.OPEN,
          description,
          plannedFor: input.plannedFor ?? null,
        }),
      ),
    );
    recordOrderChange(uow, null, order, null);
    return order;
  });
}

/**
 * OPEN → IN_PROGRESS. The equipment is taken out of use (maintenance-outcome.ts) through the
 * status table, as setEquipmentStatus would; the order remembers it, so completion returns it.
 * Equipment already held out of service by another order in progress counts as taken out by
 * this one too: whichever finishes last returns it (unless one holding it is cancelled).
 */
export async function startMaintenance(ctx: RequestContext, input: StartMaintenanceInput): Promise<{ maintenanceOrder: MaintenanceOrderEntity; equipment: EquipmentEntity }> {
  assertCan(ctx, 'maintain', 'Equipment');
  return inTransaction(ctx, async (uow) => {
    const { ctx: tx } = uow;
    const locked = await lockOrderFor(uow, input.id, input.expectedVersion, S.IN_PROGRESS, null);
    const before = locked.order;
    let equipment = assertMaintainable(locked.equipment, 'id');
    const takesOut = startTakesOutOfService(equipment);
    const held = takesOut || (await ordersInProgress(tx, equipment.id)).some((o) => o.tookEquipmentOutOfService);
    const order = await updateVersioned(tx, MaintenanceOrderEntity, before.id, before.version, {
      status: S.IN_PROGRESS,
      startedAt: new Date(),
      startedBy: ctx.principal.name,
      tookEquipmentOutOfService: held,
    });
    recordOrderChange(uow, before, order, null);
    if (takesOut) equipment = await moveEquipmentStatus(uow, equipment, EquipmentStatus.OUT_OF_SERVICE, `${order.kind} maintenance ${order.id} started`, equipment.version, ORDER);
    return { maintenanceOrder: order, equipment };
  });
}

/**
 * OPEN or IN_PROGRESS → CANCELLED, with a reason. Equipment the order took out of service
 * stays OUT_OF_SERVICE: abandoned work may have left it unfit, so a person decides with
 * setEquipmentStatus. Other orders in progress that would return it on completion (they found
 * it held by this one) no longer do: that is cleared on them, audited.
 */
export async function cancelMaintenanceOrder(ctx: RequestContext, input: CancelMaintenanceOrderInput): Promise<MaintenanceOrderEntity> {
  assertCan(ctx, 'maintain', 'Equipment');
  const v = new InputValidator();
  const reason = v.text('reason', input.reason, 2000);
  v.throwIfAny();
  return inTransaction(ctx, async (uow) => {
    const { order: before } = await lockOrderFor(uow, input.id, input.expectedVersion, S.CANCELLED, reason);
    const order = await updateVersioned(uow.ctx, MaintenanceOrderEntity, before.id, before.version, {
      status: S.CANCELLED,
      cancelledAt: new Date(),
      cancelledBy: ctx.principal.name,
      cancelReason: reason,
    });
    recordOrderChange(uow, before, order, reason);
    if (before.status === S.IN_PROGRESS && before.tookEquipmentOutOfService) await releaseHoldsOfOthers(uow, order);
    return order;
  });
}

/** After `cancelled` held the equipment out of service: no other order in progress returns it on completion. */
async function releaseHoldsOfOthers(uow: UnitOfWork, cancelled: MaintenanceOrderEntity): Promise<void> {
  const reason = `${cancelled.id}, which held the equipment out of service, was cancelled: a person returns it to service`;
  // Read under the equipment's lock, which every changer of its orders takes first: current.
  for (const other of await ordersInProgress(uow.ctx, cancelled.equipmentId)) {
    if (!other.tookEquipmentOutOfService) continue;
    const updated = await updateVersioned(uow.ctx, MaintenanceOrderEntity, other.id, other.version, { tookEquipmentOutOfService: false });
    recordOrderChange(uow, other, updated, reason, 'UPDATE');
  }
}
