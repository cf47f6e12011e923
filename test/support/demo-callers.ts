import type { Caller } from './test-server';
import { DEMO_USERS, demoSupplierIdOf } from '../../src/seed/demo-people';

/**
 * The caller `npm run token -- --user SUBJECT` mints a token for: the demo user's subject,
 * printed name, roles and (SUPPLIER) supplier. A role name stands for the first demo user with
 * that role, as `npm run token -- --role ROLE` does.
 */
export function demoCaller(subjectOrRole: string): Caller {
  const user = DEMO_USERS.find((u) => u.subject === subjectOrRole) ?? DEMO_USERS.find((u) => (u.roles as string[]).includes(subjectOrRole));
  if (!user) throw new Error(`No demo user or role ${subjectOrRole}`);
  return { sub: user.subject, name: user.printedName, roles: user.roles, supplierId: demoSupplierIdOf(user) };
}
