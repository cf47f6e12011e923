import type { RequestContext } from '../../core/context';
import { MaintenanceOrderStatus } from './equipment.enums';
import { MaintenanceOrderEntity } from './maintenance-order.entity';

/** The orders being worked on for a piece of equipment: while there is one, it stays out of use. */
export function ordersInProgress(ctx: RequestContext, equipmentId: string): Promise<MaintenanceOrderEntity[]> {
  return ctx.manager.find(MaintenanceOrderEntity, { where: { equipmentId, status: MaintenanceOrderStatus.IN_PROGRESS }, order: { createdAt: 'ASC', id: 'ASC' } });
}
