import { registerEnumType } from 'type-graphql';
import type { Role } from '../../core/authz/role';
import { transitionTable } from '../../core/state-machine';

export enum MaterialSupplierStatus {
  APPROVED = 'APPROVED',
  SUSPENDED = 'SUSPENDED',
  REVOKED = 'REVOKED',
}

registerEnumType(MaterialSupplierStatus, {
  name: 'MaterialSupplierStatus',
  description: 'Only APPROVED entries allow purchase orders and receipts of the material from the supplier.',
  valuesConfig: {
    APPROVED: { description: 'The supplier may supply the material.' },
    REVOKED: { description: 'Approval withdrawn; QA may approve the entry again.' },
    SUSPENDED: { description: 'Approval paused; QA may approve or revoke the entry.' },
  },
});

const QA: Role[] = ['ADMIN', 'QA_MANAGER'];
const S = MaterialSupplierStatus;

/** Approved-supplier-list entries: suspend or revoke with a reason; re-approve through QA. */
export const materialSupplierMachine = transitionTable('Approved-supplier entry', [
  { from: S.APPROVED, to: S.SUSPENDED, allowedRoles: QA, requiresReason: true },
  { from: S.APPROVED, to: S.REVOKED, allowedRoles: QA, requiresReason: true },
  { from: S.SUSPENDED, to: S.APPROVED, allowedRoles: QA, requiresReason: true },
  { from: S.SUSPENDED, to: S.REVOKED, allowedRoles: QA, requiresReason: true },
  { from: S.REVOKED, to: S.APPROVED, allowedRoles: QA, requiresReason: true },
]);
