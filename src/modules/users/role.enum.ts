import { registerEnumType } from 'type-graphql';
import { ROLES, type Role as RoleName } from '../../core/authz/role';

/** The roles of API.md as a GraphQL enum; the JWT `roles` claim carries the same names. */
export const Role = Object.fromEntries(ROLES.map((r) => [r, r])) as { [K in RoleName]: K };

const ROLE_DESCRIPTIONS: Record<RoleName, string> = {
  ADMIN: 'Administers the system: users, master data, configuration.',
  QA_MANAGER: 'Quality management: releases, dispositions, CAPA, audit trail.',
  QA_INSPECTOR: 'Performs inspections and records results.',
  WAREHOUSE: 'Receives, moves and ships stock.',
  PRODUCTION: 'Runs work orders: consumes and produces lots.',
  PURCHASING: 'Suppliers and purchase orders.',
  SALES: 'Customers and sales orders.',
  MAINTENANCE: 'Equipment, calibration and maintenance.',
  AUDITOR: 'Reads everything including the audit trail; writes nothing.',
  BI_READER: 'Reads records and aggregates with prices and personal data masked.',
  SUPPLIER: 'A supplier portal account: only its own supplier, lots and their quality records.',
  INTEGRATION: 'A service account for MES, LIMS or WMS.',
};

registerEnumType(Role, {
  name: 'Role',
  description: 'A role carried in the JWT `roles` claim.',
  valuesConfig: Object.fromEntries(ROLES.map((r) => [r, { description: ROLE_DESCRIPTIONS[r] }])),
});
