import { registerEnumType } from 'type-graphql';

/** Supplier qualification (ISO 13485 7.4.1); set by QA only. */
export enum QualificationStatus {
  PROSPECTIVE = 'PROSPECTIVE',
  APPROVED = 'APPROVED',
  CONDITIONAL = 'CONDITIONAL',
  DISQUALIFIED = 'DISQUALIFIED',
}

export enum SupplierStatus {
  ACTIVE = 'ACTIVE',
  INACTIVE = 'INACTIVE',
}

registerEnumType(QualificationStatus, {
  name: 'QualificationStatus',
  description: 'PROSPECTIVE -> APPROVED | CONDITIONAL | DISQUALIFIED; APPROVED and CONDITIONAL expire on qualificationExpiresOn.',
});
registerEnumType(SupplierStatus, { name: 'SupplierStatus', description: 'Whether the supplier is in use.' });
