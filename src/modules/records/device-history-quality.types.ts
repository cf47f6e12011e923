import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../../core/graphql/scalars';
import { CalibrationResult } from '../equipment/equipment.enums';
import { CharacteristicKind, Disposition, InspectionType, InspectionVerdict, NonconformanceSource, NonconformanceStatus } from '../quality/quality.enums';

@ObjectType({ description: 'Measuring equipment as it stood when a reading was taken (ISO 13485 7.6).' })
export class DeviceHistoryCalibrationState {
  @Field(() => ID, { description: 'Id of the equipment.' })
  equipmentId: string;

  @Field({ description: 'Asset tag of the equipment.' })
  assetTag: string;

  @Field({ description: 'Name of the equipment.' })
  name: string;

  @Field({ description: 'False for equipment registered without a calibration interval (it needs no calibration).' })
  calibrationRequired: boolean;

  @Field(() => ID, { nullable: true, description: "The calibration record in effect: the last one performed on or before the reading's UTC date; null if none." })
  calibrationRecordId: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When that calibration was performed.' })
  calibratedOn: string | null;

  @Field(() => CalibrationResult, { nullable: true, description: 'Result of that calibration.' })
  calibrationResult: CalibrationResult | null;

  @Field(() => DateScalar, { nullable: true, description: 'The due date that calibration set (null after a FAIL).' })
  calibrationDueOn: string | null;

  @Field({ description: 'In calibration at that moment: no calibration required, or the calibration in effect passed and was not yet due.' })
  inCalibration: boolean;
}

@ObjectType({ description: "Equipment used on the lot's inspections, grouped by the calibration in effect at use." })
export class DeviceHistoryEquipmentUse {
  @Field(() => DeviceHistoryCalibrationState, { description: 'The equipment and its calibration state at these uses.' })
  equipment: DeviceHistoryCalibrationState;

  @Field(() => Int, { description: 'Readings taken with it in this state.' })
  readings: number;

  @Field(() => DateTimeScalar, { description: 'First reading in this state, server UTC.' })
  firstUsedAt: Date;

  @Field(() => DateTimeScalar, { description: 'Last reading in this state, server UTC.' })
  lastUsedAt: Date;
}

@ObjectType({ description: 'One reading of an inspection: a characteristic of one sample.' })
export class DeviceHistoryReading {
  @Field({ description: 'Name of the characteristic.' })
  characteristic: string;

  @Field(() => CharacteristicKind, { description: 'QUANTITATIVE (a value within limits) or QUALITATIVE (accepted or not).' })
  kind: CharacteristicKind;

  @Field(() => Int, { description: 'Sample number, from 1.' })
  sampleNo: number;

  @Field(() => DecimalScalar, { nullable: true, description: 'Measured value, for quantitative characteristics.' })
  value: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Accept/reject, for qualitative characteristics.' })
  accepted: boolean | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Nominal value of the characteristic.' })
  nominal: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Lower specification limit.' })
  lowerLimit: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Upper specification limit.' })
  upperLimit: string | null;

  @Field(() => String, { nullable: true, description: 'Unit of the value and limits.' })
  unit: string | null;

  @Field({ description: 'The value lies within the limits, or the attribute was accepted.' })
  conforms: boolean;

  @Field({ description: 'Printed name of who recorded the reading.' })
  recordedBy: string;

  @Field(() => DateTimeScalar, { description: 'Server UTC time of the reading.' })
  recordedAt: Date;

  @Field(() => DeviceHistoryCalibrationState, { nullable: true, description: 'The equipment the reading names, with its calibration state at that time.' })
  equipment: DeviceHistoryCalibrationState | null;
}

@ObjectType({ description: 'An inspection of the lot with its plan, inspector, verdict and readings.' })
export class DeviceHistoryInspection {
  @Field(() => ID, { description: 'Id of the inspection.' })
  id: string;

  @Field(() => InspectionType, { description: 'Type of the inspection plan.' })
  type: InspectionType;

  @Field(() => ID, { description: 'Id of the inspection plan version used.' })
  planId: string;

  @Field(() => Int, { description: 'Version of the inspection plan used.' })
  planVersion: number;

  @Field({ description: 'IN_PROGRESS or COMPLETED.' })
  status: string;

  @Field(() => InspectionVerdict, { nullable: true, description: 'Verdict computed from the readings; null until completed.' })
  verdict: InspectionVerdict | null;

  @Field(() => String, { nullable: true, description: 'Printed name of the inspector: who started it, or for one opened by a goods receipt, who recorded its first reading (null until then).' })
  inspectorName: string | null;

  @Field(() => DateTimeScalar, { description: 'Server UTC start time.' })
  startedAt: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Server UTC completion time.' })
  completedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Printed name of who completed it; null while in progress.' })
  completedBy: string | null;

  @Field(() => [DeviceHistoryReading], { description: 'Readings by characteristic and sample.' })
  readings: DeviceHistoryReading[];
}

@ObjectType({ description: 'A nonconformance listing the lot, with its disposition.' })
export class DeviceHistoryNonconformance {
  @Field(() => ID, { description: 'Id of the nonconformance.' })
  id: string;

  @Field(() => NonconformanceStatus, { description: 'Lifecycle status.' })
  status: NonconformanceStatus;

  @Field(() => NonconformanceSource, { description: 'What raised it.' })
  source: NonconformanceSource;

  @Field({ description: 'What is nonconforming.' })
  description: string;

  @Field(() => Disposition, { nullable: true, description: 'What is done with the nonconforming product; null until dispositioned.' })
  disposition: Disposition | null;

  @Field(() => String, { nullable: true, description: 'Why that disposition.' })
  dispositionJustification: string | null;

  @Field(() => String, { nullable: true, description: 'Printed name of who dispositioned it.' })
  dispositionedBy: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was dispositioned, server UTC.' })
  dispositionedAt: Date | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'For a SCRAP or RETURN_TO_SUPPLIER disposition: the quantity of this lot the stock ledger shows scrapped (or returned) since the disposition, ' +
      "in the lot's unit; compare with quantities.onHand to see whether the stock was written off. Null for other dispositions.",
  })
  stockWrittenOff: string | null;

  @Field({ description: 'Printed name of who opened it.' })
  openedBy: string;

  @Field(() => DateTimeScalar, { description: 'When it was opened, server UTC.' })
  openedAt: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was closed, server UTC.' })
  closedAt: Date | null;
}
