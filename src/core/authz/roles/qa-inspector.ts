import { MASTER_DATA, type RoleRules } from '../rule-builder';

/** QA_INSPECTOR: reads master data and lots, and puts quarantined lots under test;
 * raises nonconformances and CAPA drafts; changes no master data. */
export const qaInspectorRules: RoleRules = ({ can, principal }) => {
  can('read', MASTER_DATA);
  can(['read', 'test'], 'Lot');
  can('read', 'ElectronicSignature');
  can('read', ['StockBalance', 'StockMovement', 'Bom', 'WorkOrder', 'Equipment', 'CalibrationRecord', 'InspectionPlan', 'Nonconformance']);
  can(['read', 'inspect'], 'Inspection');
  can('create', 'Nonconformance');
  can(['read', 'create'], 'Capa');
  can('read', ['Concession', 'CapaAction', 'DeviceHistoryRecord']);
  // May own CAPA actions, and completes the ones it owns.
  can('complete', 'CapaAction', { ownerSubject: principal.id });
};
