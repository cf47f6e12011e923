import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../../core/graphql/scalars';
import { LotOrigin, LotStatus } from '../lots/lot.enums';
import { WorkOrderStatus } from '../production/production.enums';
import { DeviceHistoryComponent, DeviceHistoryOperator } from './device-history-production.types';
import { ElectronicSignature } from '../../core/signatures/signature.types';
import { DeviceHistoryEquipmentUse, DeviceHistoryInspection, DeviceHistoryNonconformance } from './device-history-quality.types';

@ObjectType({ description: 'The lot a batch record is about: identity, UDI, origin and dates.' })
export class DeviceHistoryLot {
  @Field(() => ID, { description: 'Id of the lot.' })
  id: string;

  @Field({ description: 'Internal lot number.' })
  lotNumber: string;

  @Field(() => String, { nullable: true, description: "The supplier's lot number, for received lots." })
  supplierLotNumber: string | null;

  @Field(() => ID, { description: 'Id of the material.' })
  materialId: string;

  @Field({ description: 'Material code.' })
  materialCode: string;

  @Field({ description: 'Material name.' })
  materialName: string;

  @Field({ description: "Design revision of the material when the lot was received or produced, from the material's audit trail." })
  materialRevision: string;

  @Field({ description: 'Design revision of the material now; differs from materialRevision when the design changed since.' })
  materialCurrentRevision: string;

  @Field(() => String, { nullable: true, description: 'The GS1 UDI element string: (01) GTIN, (11), (17), (10), (21); null when the material has no GTIN.' })
  udi: string | null;

  @Field(() => LotStatus, { description: 'Current status of the lot.' })
  status: LotStatus;

  @Field(() => String, { nullable: true, description: 'Reason given for the current status.' })
  statusReason: string | null;

  @Field(() => LotOrigin, { description: 'RECEIPT from a supplier or WORK_ORDER production.' })
  origin: LotOrigin;

  @Field(() => ID, { nullable: true, description: 'Supplier of a received lot.' })
  supplierId: string | null;

  @Field(() => String, { nullable: true, description: 'Supplier code of a received lot.' })
  supplierCode: string | null;

  @Field(() => String, { nullable: true, description: 'Supplier name of a received lot.' })
  supplierName: string | null;

  @Field(() => ID, { nullable: true, description: 'Work order that produced the lot.' })
  workOrderId: string | null;

  @Field(() => String, { nullable: true, description: 'Number of the work order that produced the lot.' })
  workOrderNumber: string | null;

  @Field(() => WorkOrderStatus, { nullable: true, description: 'Current status of that work order.' })
  workOrderStatus: WorkOrderStatus | null;

  @Field(() => ID, { nullable: true, description: 'The BOM the producing work order used; null for received lots.' })
  bomId: string | null;

  @Field(() => String, { nullable: true, description: 'Revision of that BOM; null for received lots.' })
  bomRevision: string | null;

  @Field({ description: 'Code of the site holding the lot.' })
  siteCode: string;

  @Field({ description: 'Name of the site holding the lot.' })
  siteName: string;

  @Field({ description: 'IANA time zone of that site (e.g. Asia/Shanghai); the PDF prints each time in it beside UTC.' })
  siteTimeZone: string;

  @Field(() => String, { nullable: true, description: 'Serial number, for serialised devices.' })
  serialNumber: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Manufacture date.' })
  manufacturedOn: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Expiry date.' })
  expiresOn: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Last release, server UTC.' })
  releasedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Printed name of who last released the lot.' })
  releasedBy: string | null;

  @Field({ description: 'Printed name of who received or produced the lot.' })
  createdBy: string;

  @Field(() => DateTimeScalar, { description: 'When the lot was received or produced, server UTC.' })
  createdAt: Date;

  @Field(() => Int, { description: 'Current version of the lot record.' })
  version: number;
}

@ObjectType({ description: "One change of the lot's status, from the audit trail: from, to, who, when and why." })
export class DeviceHistoryStatusChange {
  @Field(() => LotStatus, { nullable: true, description: "Status before; null for the lot's creation." })
  from: LotStatus | null;

  @Field(() => LotStatus, { description: 'Status after.' })
  to: LotStatus;

  @Field(() => DateTimeScalar, { description: 'When, server UTC.' })
  changedAt: Date;

  @Field({ description: 'Printed name of who changed it (or of the system job that did).' })
  changedBy: string;

  @Field(() => ID, { description: 'Token subject of who changed it.' })
  changedById: string;

  @Field({ description: 'The audited action, e.g. CREATE or STATUS_CHANGE.' })
  action: string;

  @Field(() => String, { nullable: true, description: 'Reason recorded with the change.' })
  reason: string | null;
}

@ObjectType({
  description:
    "Quantity made versus released, with the stock ledger's outflows. All in the lot's unit, exact decimals; " +
    '`made` is the quantity received or produced, `released` the stock on hand when the lot was last released.',
})
export class DeviceHistoryQuantities {
  @Field({ description: 'Unit of every quantity here.' })
  unit: string;

  @Field(() => DecimalScalar, { description: 'Quantity received (for a receipt) or produced (for a work order lot).' })
  made: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Quantity released for use: the stock on hand at the last release (made, less samples, scrap, returns and count adjustments before it); null if never released.',
  })
  released: string | null;

  @Field(() => DecimalScalar, { description: 'Issued from the lot (consumed by work orders or maintenance).' })
  consumed: string;

  @Field(() => DecimalScalar, { description: 'Shipped to customers.' })
  shipped: string;

  @Field(() => DecimalScalar, { description: 'Scrapped.' })
  scrapped: string;

  @Field(() => DecimalScalar, { description: 'Taken as retained samples.' })
  sampled: string;

  @Field(() => DecimalScalar, { description: 'Returned to the supplier.' })
  returned: string;

  @Field(() => DecimalScalar, { description: 'Added by stock count adjustments.' })
  adjustedIn: string;

  @Field(() => DecimalScalar, { description: 'Removed by stock count adjustments.' })
  adjustedOut: string;

  @Field(() => DecimalScalar, { description: 'Still on hand over all locations.' })
  onHand: string;
}

@ObjectType({ description: 'The batch record (device history record, ISO 13485 7.5.1) of one lot, assembled from one consistent snapshot.' })
export class DeviceHistoryRecord {
  @Field(() => DateTimeScalar, { description: 'When this record was assembled, server UTC.' })
  generatedAt: Date;

  @Field(() => String, { nullable: true, description: 'The manufacturer named in the document header (the COMPANY_NAME setting); null when not configured.' })
  companyName: string | null;

  @Field(() => DeviceHistoryLot, { description: 'The lot.' })
  lot: DeviceHistoryLot;

  @Field(() => [DeviceHistoryStatusChange], { description: "Every change of the lot's status, its creation first." })
  statusHistory: DeviceHistoryStatusChange[];

  @Field(() => DeviceHistoryQuantities, { description: 'Quantity made versus released, and where the rest went.' })
  quantities: DeviceHistoryQuantities;

  @Field(() => [DeviceHistoryComponent], { description: 'Component lots consumed into this lot (empty for received lots).' })
  components: DeviceHistoryComponent[];

  @Field(() => [DeviceHistoryOperator], { description: 'Who received, produced, consumed components for and moved the lot.' })
  operators: DeviceHistoryOperator[];

  @Field(() => [DeviceHistoryEquipmentUse], { description: "Equipment used on the lot's inspections, with its calibration state at each use." })
  equipment: DeviceHistoryEquipmentUse[];

  @Field(() => [DeviceHistoryInspection], { description: 'Inspections of the lot, oldest first.' })
  inspections: DeviceHistoryInspection[];

  @Field(() => [DeviceHistoryNonconformance], { description: 'Nonconformances listing the lot, oldest first.' })
  nonconformances: DeviceHistoryNonconformance[];

  @Field(() => [ElectronicSignature], {
    nullable: true,
    description:
      'Electronic signatures on the lot (recordType Lot) and on its nonconformances (recordType Nonconformance), oldest first; null with FORBIDDEN for a caller who may not read signatures.',
  })
  signatures: ElectronicSignature[] | null;
}
