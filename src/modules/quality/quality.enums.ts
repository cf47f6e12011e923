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

registerEnumType(InspectionType, { name: 'InspectionType' });
registerEnumType(CharacteristicKind, { name: 'CharacteristicKind', description: 'QUANTITATIVE: a value within limits, measured with calibrated equipment; QUALITATIVE: accept/reject.' });
registerEnumType(InspectionVerdict, { name: 'InspectionVerdict', description: 'Computed by the server from the readings, never sent by the client.' });
registerEnumType(NonconformanceStatus, { name: 'NonconformanceStatus' });
registerEnumType(NonconformanceSource, { name: 'NonconformanceSource' });
