import type { AbilityBuilder, MongoAbility } from '@casl/ability';
import type { Principal } from '../auth/principal';
import type { Action, SubjectType } from './subjects';

export type AppAbility = MongoAbility<[Action, SubjectType | object]>;

/** What a role's rules file receives: CASL's `can`/`cannot` and the caller, for row scopes. */
export interface RoleRuleContext {
  can: AbilityBuilder<AppAbility>['can'];
  cannot: AbilityBuilder<AppAbility>['cannot'];
  principal: Principal;
}

export type RoleRules = (ctx: RoleRuleContext) => void;

/** Personal data masked for BI_READER. */
export const PERSONAL_DATA_FIELDS = {
  Supplier: ['contactName', 'contactEmail', 'contactPhone'],
  Customer: ['contactName', 'contactEmail', 'contactPhone'],
  User: ['email'],
} as const;

/** Prices masked for BI_READER. */
export const PRICE_FIELDS = {
  PurchaseOrder: ['totalAmount'],
  PurchaseOrderLine: ['unitPrice'],
  SalesOrder: ['totalAmount'],
  SalesOrderLine: ['unitPrice'],
} as const;

/** Master data every internal role needs to read to do its job. */
export const MASTER_DATA: SubjectType[] = ['Site', 'Location', 'Material', 'Supplier', 'MaterialSupplier'];
