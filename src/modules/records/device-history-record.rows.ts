import type { SignatureMeaning } from '../../core/signatures/signature-meaning';
import type { CalibrationResult } from '../equipment/equipment.enums';
import type { LotOrigin, LotStatus } from '../lots/lot.enums';
import { lotUdi } from '../lots/lot-udi';
import type { WorkOrderStatus } from '../production/production.enums';
import type { CharacteristicKind, Disposition, InspectionType, InspectionVerdict, NonconformanceSource, NonconformanceStatus } from '../quality/quality.enums';
import { OperatorActivity, type DeviceHistoryComponent, type DeviceHistoryOperator } from './device-history-production.types';
import type { ElectronicSignature } from '../../core/signatures/signature.types';
import type { DeviceHistoryCalibrationState, DeviceHistoryEquipmentUse, DeviceHistoryInspection, DeviceHistoryNonconformance } from './device-history-quality.types';
import type { DeviceHistoryLot, DeviceHistoryQuantities, DeviceHistoryStatusChange } from './device-history-record.types';

/** Row shapes of the statements in device-history-record.sql.ts, and their mapping to the record's sections. */

export interface LotHeaderRow {
  id: string;
  lot_number: string;
  supplier_lot_number: string | null;
  material_id: string;
  material_code: string;
  material_name: string;
  gtin: string | null;
  material_revision: string;
  material_current_revision: string;
  bom_id: string | null;
  bom_revision: string | null;
  site_name: string;
  site_time_zone: string;
  status: LotStatus;
  status_reason: string | null;
  origin: LotOrigin;
  supplier_id: string | null;
  supplier_code: string | null;
  supplier_name: string | null;
  work_order_id: string | null;
  work_order_number: string | null;
  work_order_status: WorkOrderStatus | null;
  site_code: string;
  quantity: string;
  unit: string;
  serial_number: string | null;
  manufactured_on: string | null;
  expires_on: string | null;
  released_at: Date | null;
  released_by: string | null;
  created_by_name: string;
  created_at: Date;
  version: number;
}

export interface LedgerRow {
  consumed: string;
  shipped: string;
  scrapped: string;
  sampled: string;
  returned: string;
  adjusted_in: string;
  adjusted_out: string;
  on_hand: string;
  released: string | null;
}

export interface ComponentRow {
  lot_id: string;
  lot_number: string;
  supplier_lot_number: string | null;
  material_code: string;
  material_name: string;
  quantity: string;
  unit: string;
  consumed_quantity: string | null;
  substitute: boolean | null;
  consumed_at: Date | null;
  consumed_by: string | null;
}

export interface OperatorRow {
  actor_id: string;
  actor_name: string;
  activity: string;
  occurrences: number;
  first_at: Date;
  last_at: Date;
}

export interface InspectionRow {
  inspection_id: string;
  type: InspectionType;
  plan_id: string;
  plan_version: number;
  status: string;
  verdict: InspectionVerdict | null;
  inspector_name: string | null;
  started_at: Date;
  completed_at: Date | null;
  completed_by: string | null;
  reading_id: string | null;
  characteristic: string;
  kind: CharacteristicKind;
  sample_no: number;
  value: string | null;
  accepted: boolean | null;
  nominal: string | null;
  lower_limit: string | null;
  upper_limit: string | null;
  unit: string | null;
  conforms: boolean;
  recorded_by: string;
  recorded_at: Date;
  equipment_id: string | null;
  asset_tag: string;
  equipment_name: string;
  calibration_required: boolean;
  calibration_id: string | null;
  calibrated_on: string | null;
  calibration_result: CalibrationResult | null;
  calibration_due_on: string | null;
  in_calibration: boolean;
}

export interface NonconformanceRow {
  id: string;
  status: NonconformanceStatus;
  source: NonconformanceSource;
  description: string;
  disposition: Disposition | null;
  disposition_justification: string | null;
  dispositioned_by: string | null;
  dispositioned_at: Date | null;
  opened_by: string;
  created_at: Date;
  closed_at: Date | null;
  written_off: string | null;
}

export interface StatusChangeRow {
  seq: string;
  action: string;
  from_status: LotStatus | null;
  to_status: LotStatus;
  actor_id: string;
  actor_name: string;
  occurred_at: Date;
  reason: string | null;
}

export interface SignatureRow {
  id: string;
  record_type: string;
  record_id: string;
  record_version: number;
  printed_name: string;
  signer_id: string;
  meaning: SignatureMeaning;
  reason: string;
  signed_at: Date;
  content_hash: string;
}

export function toLot(r: LotHeaderRow): DeviceHistoryLot {
  return {
    id: r.id,
    lotNumber: r.lot_number,
    supplierLotNumber: r.supplier_lot_number,
    materialId: r.material_id,
    materialCode: r.material_code,
    materialName: r.material_name,
    materialRevision: r.material_revision,
    materialCurrentRevision: r.material_current_revision,
    udi: r.gtin ? lotUdi(r.gtin, { lotNumber: r.lot_number, serialNumber: r.serial_number, manufacturedOn: r.manufactured_on, expiresOn: r.expires_on }) : null,
    status: r.status,
    statusReason: r.status_reason,
    origin: r.origin,
    supplierId: r.supplier_id,
    supplierCode: r.supplier_code,
    supplierName: r.supplier_name,
    workOrderId: r.work_order_id,
    workOrderNumber: r.work_order_number,
    workOrderStatus: r.work_order_status,
    bomId: r.bom_id,
    bomRevision: r.bom_revision,
    siteCode: r.site_code,
    siteName: r.site_name,
    siteTimeZone: r.site_time_zone,
    serialNumber: r.serial_number,
    manufacturedOn: r.manufactured_on,
    expiresOn: r.expires_on,
    releasedAt: r.released_at,
    releasedBy: r.released_by,
    createdBy: r.created_by_name,
    createdAt: r.created_at,
    version: r.version,
  };
}

export function toQuantities(lot: LotHeaderRow, l: LedgerRow): DeviceHistoryQuantities {
  return {
    unit: lot.unit,
    made: lot.quantity,
    released: l.released,
    consumed: l.consumed,
    shipped: l.shipped,
    scrapped: l.scrapped,
    sampled: l.sampled,
    returned: l.returned,
    adjustedIn: l.adjusted_in,
    adjustedOut: l.adjusted_out,
    onHand: l.on_hand,
  };
}

export function toComponents(rows: ComponentRow[]): DeviceHistoryComponent[] {
  const byLot = new Map<string, DeviceHistoryComponent>();
  for (const r of rows) {
    let component = byLot.get(r.lot_id);
    if (!component) {
      component = {
        lotId: r.lot_id,
        lotNumber: r.lot_number,
        supplierLotNumber: r.supplier_lot_number,
        materialCode: r.material_code,
        materialName: r.material_name,
        quantity: r.quantity,
        unit: r.unit,
        consumptions: [],
      };
      byLot.set(r.lot_id, component);
    }
    if (r.consumed_quantity !== null) {
      component.consumptions.push({ quantity: r.consumed_quantity, substitute: r.substitute ?? false, consumedAt: r.consumed_at!, consumedBy: r.consumed_by! });
    }
  }
  return [...byLot.values()];
}

const ACTIVITIES: Record<string, OperatorActivity> = {
  RECEIVE: OperatorActivity.RECEIVED,
  PRODUCE: OperatorActivity.PRODUCED,
  CONSUME_COMPONENT: OperatorActivity.CONSUMED_COMPONENT,
  TRANSFER: OperatorActivity.TRANSFERRED,
  ISSUE: OperatorActivity.ISSUED,
  SHIP: OperatorActivity.SHIPPED,
  ADJUST: OperatorActivity.ADJUSTED,
  SCRAP: OperatorActivity.SCRAPPED,
  SAMPLE: OperatorActivity.SAMPLED,
  RETURN: OperatorActivity.RETURNED,
};

export function toOperators(rows: OperatorRow[]): DeviceHistoryOperator[] {
  return rows.map((r) => {
    const activity = ACTIVITIES[r.activity];
    if (!activity) throw new Error(`Unknown stock movement type ${r.activity} in the batch record`);
    return { name: r.actor_name, subject: r.actor_id, activity, occurrences: r.occurrences, firstAt: r.first_at, lastAt: r.last_at };
  });
}

function calibrationState(r: InspectionRow): DeviceHistoryCalibrationState | null {
  if (!r.equipment_id) return null;
  return {
    equipmentId: r.equipment_id,
    assetTag: r.asset_tag,
    name: r.equipment_name,
    calibrationRequired: r.calibration_required,
    calibrationRecordId: r.calibration_id,
    calibratedOn: r.calibrated_on,
    calibrationResult: r.calibration_result,
    calibrationDueOn: r.calibration_due_on,
    inCalibration: r.in_calibration,
  };
}

export function toInspections(rows: InspectionRow[]): DeviceHistoryInspection[] {
  const byId = new Map<string, DeviceHistoryInspection>();
  for (const r of rows) {
    let inspection = byId.get(r.inspection_id);
    if (!inspection) {
      inspection = {
        id: r.inspection_id,
        type: r.type,
        planId: r.plan_id,
        planVersion: r.plan_version,
        status: r.status,
        verdict: r.verdict,
        inspectorName: r.inspector_name,
        startedAt: r.started_at,
        completedAt: r.completed_at,
        completedBy: r.completed_by,
        readings: [],
      };
      byId.set(r.inspection_id, inspection);
    }
    if (r.reading_id === null) continue;
    inspection.readings.push({
      characteristic: r.characteristic,
      kind: r.kind,
      sampleNo: r.sample_no,
      value: r.value,
      accepted: r.accepted,
      nominal: r.nominal,
      lowerLimit: r.lower_limit,
      upperLimit: r.upper_limit,
      unit: r.unit,
      conforms: r.conforms,
      recordedBy: r.recorded_by,
      recordedAt: r.recorded_at,
      equipment: calibrationState(r),
    });
  }
  return [...byId.values()];
}

/** Readings grouped by equipment and the calibration state they were taken in. */
export function toEquipmentUses(inspections: DeviceHistoryInspection[]): DeviceHistoryEquipmentUse[] {
  const uses = new Map<string, DeviceHistoryEquipmentUse>();
  for (const reading of inspections.flatMap((i) => i.readings)) {
    const state = reading.equipment;
    if (!state) continue;
    const key = `${state.equipmentId}|${state.calibrationRecordId ?? ''}|${state.inCalibration}`;
    const use = uses.get(key);
    if (!use) {
      uses.set(key, { equipment: state, readings: 1, firstUsedAt: reading.recordedAt, lastUsedAt: reading.recordedAt });
      continue;
    }
    use.readings++;
    if (reading.recordedAt < use.firstUsedAt) use.firstUsedAt = reading.recordedAt;
    if (reading.recordedAt > use.lastUsedAt) use.lastUsedAt = reading.recordedAt;
  }
  return [...uses.values()].sort((a, b) => a.equipment.assetTag.localeCompare(b.equipment.assetTag) || a.firstUsedAt.getTime() - b.firstUsedAt.getTime());
}

export function toNonconformances(rows: NonconformanceRow[]): DeviceHistoryNonconformance[] {
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    source: r.source,
    description: r.description,
    disposition: r.disposition,
    dispositionJustification: r.disposition_justification,
    dispositionedBy: r.dispositioned_by,
    dispositionedAt: r.dispositioned_at,
    stockWrittenOff: r.written_off,
    openedBy: r.opened_by,
    openedAt: r.created_at,
    closedAt: r.closed_at,
  }));
}

export function toStatusHistory(rows: StatusChangeRow[]): DeviceHistoryStatusChange[] {
  return rows.map((r) => ({
    from: r.from_status,
    to: r.to_status,
    changedAt: r.occurred_at,
    changedBy: r.actor_name,
    changedById: r.actor_id,
    action: r.action,
    reason: r.reason,
  }));
}

export function toSignatures(rows: SignatureRow[]): ElectronicSignature[] {
  return rows.map((r) => ({
    id: r.id,
    recordType: r.record_type,
    recordId: r.record_id,
    recordVersion: r.record_version,
    printedName: r.printed_name,
    signerId: r.signer_id,
    meaning: r.meaning,
    reason: r.reason,
    signedAt: r.signed_at,
    contentHash: r.content_hash,
  }));
}
