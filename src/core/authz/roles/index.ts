import type { Role } from '../role';
import type { RoleRules } from '../rule-builder';
import { adminRules } from './admin';
import { auditorRules } from './auditor';
import { biReaderRules } from './bi-reader';
import { integrationRules } from './integration';
import { maintenanceRules } from './maintenance';
import { productionRules } from './production';
import { purchasingRules } from './purchasing';
import { qaInspectorRules } from './qa-inspector';
import { qaManagerRules } from './qa-manager';
import { salesRules } from './sales';
import { supplierRules } from './supplier';
import { warehouseRules } from './warehouse';

/** One rules file per role; a caller with several roles gets the union. */
export const RULES_BY_ROLE: Record<Role, RoleRules> = {
  ADMIN: adminRules,
  QA_MANAGER: qaManagerRules,
  QA_INSPECTOR: qaInspectorRules,
  WAREHOUSE: warehouseRules,
  PRODUCTION: productionRules,
  PURCHASING: purchasingRules,
  SALES: salesRules,
  MAINTENANCE: maintenanceRules,
  AUDITOR: auditorRules,
  BI_READER: biReaderRules,
  SUPPLIER: supplierRules,
  INTEGRATION: integrationRules,
};
