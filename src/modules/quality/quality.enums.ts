import { registerEnumType } from 'type-graphql';

export enum InspectionType {
  INCOMING = 'INCOMING',
  IN_PROCESS = 'IN_PROCESS',
  FINAL = 'FINAL',
}

export enum CharacteristicKind {
  QUANTITATIVE = 'QUANTITATIVE',
  QUALITATIVE = 'QUALITATIVE',
}

export enum InspectionVerdict {
  PASS = 'PASS',
  FAIL = 'FAIL',
}

export enum NonconformanceStatus {
  OPEN = 'OPEN',
  UNDER_REVIEW = 'UNDER_REVIEW',
  DISPOSITIONED = 'DISPOSITIONED',
  CLOSED = 'CLOSED',
}

export enum NonconformanceSource {
  INSPECTION = 'INSPECTION',
  CALIBRATION = 'CALIBRATION',
  COMPLAINT = 'COMPLAINT',
  OTHER = 'OTHER',
}

export enum Disposition {
  /** Accept the product as it is, under an approved concession (让步接收). */
  USE_AS_IS = 'USE_AS_IS',
  /** Rework: the lots go back to quarantine and are inspected again. */
  REWORK = 'REWORK',
  /** Scrap: every lot's stock is written off with SCRAP movements. */
  SCRAP = 'SCRAP',
  /** Return to supplier: every lot's stock leaves with RETURN movements. */
  RETURN_TO_SUPPLIER = 'RETURN_TO_SUPPLIER',
}

registerEnumType(InspectionType, { name: 'InspectionType' });
registerEnumType(CharacteristicKind, { name: 'CharacteristicKind', description: 'QUANTITATIVE: a value within limits, measured with calibrated equipment; QUALITATIVE: accept/reject.' });
registerEnumType(InspectionVerdict, { name: 'InspectionVerdict', description: 'Computed by the server from the readings, never sent by the client.' });
registerEnumType(NonconformanceStatus, { name: 'NonconformanceStatus' });
registerEnumType(NonconformanceSource, { name: 'NonconformanceSource' });
registerEnumType(Disposition, { name: 'Disposition', description: 'What is done with the nonconforming lots (ISO 13485 8.3.2).' });
