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

registerEnumType(InspectionType, {
  name: 'InspectionType',
  description: 'Which point of the process an inspection belongs to.',
  valuesConfig: {
    FINAL: { description: 'Final inspection of a produced lot before release.' },
    INCOMING: { description: 'Incoming inspection of a received lot.' },
    IN_PROCESS: { description: 'In-process inspection during production.' },
  },
});
registerEnumType(CharacteristicKind, {
  name: 'CharacteristicKind',
  description: 'QUANTITATIVE: a value within limits, measured with calibrated equipment; QUALITATIVE: accept/reject.',
  valuesConfig: { QUALITATIVE: { description: "Accept or reject by the inspector's judgement." }, QUANTITATIVE: { description: 'A measured value within limits.' } },
});
registerEnumType(InspectionVerdict, {
  name: 'InspectionVerdict',
  description: 'Computed by the server from the readings, never sent by the client.',
  valuesConfig: { FAIL: { description: 'At least one reading is out of limits or rejected.' }, PASS: { description: 'Every reading is within limits or accepted.' } },
});
registerEnumType(NonconformanceStatus, {
  name: 'NonconformanceStatus',
  description: 'The nonconformance lifecycle (ISO 13485 8.3).',
  valuesConfig: {
    CLOSED: { description: 'Closed, signed (CLOSED).' },
    DISPOSITIONED: { description: 'A disposition was decided and signed (APPROVED).' },
    OPEN: { description: 'Raised, not yet reviewed.' },
    UNDER_REVIEW: { description: 'Being reviewed.' },
  },
});
registerEnumType(NonconformanceSource, {
  name: 'NonconformanceSource',
  description: 'What raised a nonconformance.',
  valuesConfig: {
    CALIBRATION: { description: 'A failed calibration of equipment used to measure the lots.' },
    COMPLAINT: { description: 'A customer complaint.' },
    INSPECTION: { description: 'A failed inspection.' },
    OTHER: { description: 'Anything else, e.g. found in production.' },
  },
});
registerEnumType(Disposition, {
  name: 'Disposition',
  description: 'What is done with the nonconforming lots (ISO 13485 8.3.2).',
  valuesConfig: {
    RETURN_TO_SUPPLIER: { description: 'Return the lots to their supplier.' },
    REWORK: { description: 'Rework the lots; they go back to QUARANTINE for re-inspection.' },
    SCRAP: { description: 'Scrap the lots.' },
    USE_AS_IS: { description: 'Use the lots as they are under a concession (让步接收) with justification and approval.' },
  },
});
