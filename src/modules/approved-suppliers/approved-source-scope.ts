import type { DataSource } from 'typeorm';
import type { PrincipalScope } from '../../core/auth/principal';
import { MaterialSupplierStatus } from './material-supplier.enums';

/**
 * A SUPPLIER account reads the materials it is a source of (its own approved-supplier-list
 * entries, APPROVED or SUSPENDED: a suspended source still has lots and orders of the material
 * to follow up; a REVOKED one no longer). One indexed statement when its token is accepted, so
 * its rules (roles/supplier.ts) scope SQL reads and in-memory checks alike by material id.
 */
export function approvedSourceScope(dataSource: DataSource): PrincipalScope {
  return async (principal) => {
    if (!principal.supplierId || !principal.roles.includes('SUPPLIER')) return principal;
    const rows: { material_id: string }[] = await dataSource.query('SELECT DISTINCT material_id FROM material_supplier WHERE supplier_id = $1 AND status <> $2', [
      principal.supplierId,
      MaterialSupplierStatus.REVOKED,
    ]);
    return { ...principal, approvedMaterialIds: rows.map((r) => r.material_id) };
  };
}
