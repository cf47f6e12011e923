import type { RoleRules } from '../rule-builder';

/** MAINTENANCE: keeps the equipment register, records calibrations and maintenance (issuing spare parts), reads spare-part stock. */
export const maintenanceRules: RoleRules = ({ can, principal }) => {
  can('read', ['Site', 'Location', 'Material', 'Lot', 'StockBalance']);
  can(['read', 'create', 'update', 'calibrate', 'maintain'], 'Equipment');
  can('read', ['CalibrationRecord', 'MaintenanceOrder']);
  can('move', 'StockMovement');
  // May own CAPA actions, and completes the ones it owns.
  can('complete', 'CapaAction', { ownerSubject: principal.id });
};
