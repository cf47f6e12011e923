import type { EntitySpec } from '../../core/graphql/authorized-query';
import { CalibrationRecordEntity } from './calibration-record.entity';
import { EQUIPMENT } from './equipment.declaration';
import { MaintenanceOrderEntity } from './maintenance-order.entity';

export const EQUIPMENT_SPEC = EQUIPMENT.spec;
export const CALIBRATION_SPEC: EntitySpec<CalibrationRecordEntity> = {
  entity: CalibrationRecordEntity,
  subject: 'CalibrationRecord',
  alias: 'cr',
  columns: { id: 'id', equipmentId: 'equipment_id' },
};
export const MAINTENANCE_SPEC: EntitySpec<MaintenanceOrderEntity> = {
  entity: MaintenanceOrderEntity,
  subject: 'MaintenanceOrder',
  alias: 'mo',
  columns: { id: 'id', equipmentId: 'equipment_id' },
};
