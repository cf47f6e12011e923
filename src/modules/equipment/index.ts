import type { ModuleDefinition } from '../../core/graphql/node-registry';
import { EQUIPMENT_STATUS_CHANGED } from './equipment.events';
import { equipmentStatusChangeFor } from './equipment-changes.service';
import { loadByIds } from '../../core/graphql/authorized-query';
import { CalibrationRecordEntity } from './calibration-record.entity';
import { raiseCalibrationDueAlerts } from './calibration-due.job';
import { EquipmentEntity } from './equipment.entity';
import { EquipmentResolver } from './equipment.resolver';
import { CALIBRATION_SPEC, MAINTENANCE_SPEC } from './equipment.table';
import { EQUIPMENT } from './equipment.declaration';
import { MaintenanceOrderEntity } from './maintenance-order.entity';
import { MaintenanceResolver } from './maintenance.resolver';

export const equipmentModule: ModuleDefinition = {
  name: 'equipment',
  eventSubscriptions: [{ eventType: EQUIPMENT_STATUS_CHANGED, field: 'equipmentStatusChanged', map: (ctx) => equipmentStatusChangeFor(ctx) }],
  resolvers: [EquipmentResolver, MaintenanceResolver],
  entities: [EquipmentEntity, CalibrationRecordEntity, MaintenanceOrderEntity],
  nodes: {
    eq: EQUIPMENT.nodeLoader,
    cal: (ctx, ids) => loadByIds(ctx, CALIBRATION_SPEC, ids),
    mo: (ctx, ids) => loadByIds(ctx, MAINTENANCE_SPEC, ids),
  },
  reads: EQUIPMENT.reads,
  jobs: [{ name: 'calibration-due', intervalMs: 60 * 60_000, run: (platform) => raiseCalibrationDueAlerts(platform) }],
};
