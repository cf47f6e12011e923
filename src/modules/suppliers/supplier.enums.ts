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
  valuesConfig: {
    APPROVED: { description: 'Qualified without restriction until its qualification expires.' },
    CONDITIONAL: { description: 'Qualified with conditions (e.g. pending an audit) until its qualification expires.' },
    DISQUALIFIED: { description: 'Not allowed to supply.' },
    PROSPECTIVE: { description: 'Not yet qualified: no purchase orders or receipts.' },
  },
});
registerEnumType(SupplierStatus, {
  name: 'SupplierStatus',
  description: 'Whether the supplier is in use.',
  valuesConfig: { ACTIVE: { description: 'In use.' }, INACTIVE: { description: 'No longer used; its records stay.' } },
});
