/** The roles of API.md, carried in the JWT `roles` claim. */
export const ROLES = ['ADMIN', 'QA_MANAGER', 'QA_INSPECTOR', 'WAREHOUSE', 'PRODUCTION', 'PURCHASING', 'SALES', 'MAINTENANCE', 'AUDITOR', 'BI_READER', 'SUPPLIER', 'INTEGRATION'] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
