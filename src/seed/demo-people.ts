import { ROLES, type Role } from '../core/authz/role';
import { deterministicIdPart } from '../core/ids';

/** Every id the demo plant creates is derived from this namespace (see `deterministicIds`). */
export const DEMO_ID_NAMESPACE = 'lotgraph-demo-plant-v1';

/** The signing password every demo user who signs has (QA, admin): documented in the README. */
export const DEMO_SIGNING_PASSWORD = 'Suzhou-Demo-2026';

/**
 * The demo plant's suppliers in the order the seed creates them: the n-th one's id is the n-th
 * `sup_` id of the demo namespace, so a token command can name the SUPPLIER user's supplier
 * without a database.
 */
export const DEMO_SUPPLIER_CODES = ['SUP-POLYMED', 'SUP-SZ-MOLD', 'SUP-WX-NEEDLE', 'SUP-SZ-PACK', 'SUP-NB-WIRE', 'SUP-NEWPACK', 'SUP-SH-LABEL'] as const;
export type DemoSupplierCode = (typeof DEMO_SUPPLIER_CODES)[number];

export function demoSupplierId(code: DemoSupplierCode): string {
  return `sup_${deterministicIdPart(DEMO_ID_NAMESPACE, 'sup', DEMO_SUPPLIER_CODES.indexOf(code) + 1)}`;
}

export interface DemoUser {
  subject: string;
  printedName: string;
  roles: Role[];
  title: string;
  supplier?: DemoSupplierCode;
  /** Has a signing password (DEMO_SIGNING_PASSWORD). */
  signs?: boolean;
}

/** The people of the demo plant (苏州康维医疗 Suzhou Kangwei Medical), one or more per role. */
export const DEMO_USERS: readonly DemoUser[] = [
  { subject: 'demo-admin', printedName: 'Chen Wei 陈伟', roles: ['ADMIN'], title: 'IT administrator', signs: true },
  { subject: 'demo-qa-manager', printedName: 'Li Na 李娜', roles: ['QA_MANAGER'], title: 'QA manager', signs: true },
  { subject: 'demo-qa-lead', printedName: 'Gao Hui 高慧', roles: ['QA_MANAGER'], title: 'QA engineer, CAPA owner', signs: true },
  { subject: 'demo-qa-inspector', printedName: 'Zhang Min 张敏', roles: ['QA_INSPECTOR'], title: 'Incoming and final inspection' },
  { subject: 'demo-warehouse', printedName: 'Wang Qiang 王强', roles: ['WAREHOUSE'], title: 'Warehouse lead' },
  { subject: 'demo-production', printedName: 'Liu Yang 刘洋', roles: ['PRODUCTION'], title: 'Clean room supervisor' },
  { subject: 'demo-purchasing', printedName: 'Sun Li 孙丽', roles: ['PURCHASING'], title: 'Buyer' },
  { subject: 'demo-purchasing-lead', printedName: 'Zhou Tao 周涛', roles: ['PURCHASING'], title: 'Purchasing manager (approves orders)' },
  { subject: 'demo-sales', printedName: 'Emily Zhou 周艾米', roles: ['SALES'], title: 'Sales, hospital accounts' },
  { subject: 'demo-maintenance', printedName: 'Huang Jun 黄军', roles: ['MAINTENANCE'], title: 'Metrology and maintenance' },
  { subject: 'demo-auditor', printedName: 'Sabine Krüger', roles: ['AUDITOR'], title: 'Notified body auditor' },
  { subject: 'demo-bi-reader', printedName: 'Xu Jing 徐静', roles: ['BI_READER'], title: 'Quality analytics' },
  { subject: 'demo-supplier', printedName: 'Anna Keller', roles: ['SUPPLIER'], title: 'Polymed Extrusions GmbH, quality', supplier: 'SUP-POLYMED' },
  { subject: 'demo-integration', printedName: 'LIMS connector 实验室系统接口', roles: ['INTEGRATION'], title: 'Service account of the QC LIMS and the shop-floor MES' },
];

/** The demo user `npm run token -- --role ROLE` acts as by default: the first one with that role. */
export function demoIdentity(role: Role): { sub: string; name: string } {
  const user = DEMO_USERS.find((u) => u.roles.includes(role));
  if (user) return { sub: user.subject, name: user.printedName };
  return { sub: `demo-${role.toLowerCase().replace(/_/g, '-')}`, name: `Demo ${role.toLowerCase().replace(/_/g, ' ')}` };
}

export function demoUser(subject: string): DemoUser | undefined {
  return DEMO_USERS.find((u) => u.subject === subject);
}

/** The supplier id the user's token carries (SUPPLIER accounts), as the seed creates it. */
export function demoSupplierIdOf(user: DemoUser): string | undefined {
  return user.supplier ? demoSupplierId(user.supplier) : undefined;
}

export const DEMO_ROLES: readonly Role[] = ROLES;
