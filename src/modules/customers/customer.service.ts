import type { RequestContext } from '../../core/context';
import { assertCan, assertCanReadFields } from '../../core/authz/guard';
import { authorizedQuery } from '../../core/graphql/authorized-query';
import { SortDirection, type Connection, type ConnectionArgs } from '../../core/graphql/connection';
import { paginate } from '../../core/graphql/keyset';
import { sortKeys, type OrderColumn } from '../../core/graphql/ordering';
import { ErrorCode } from '../../core/graphql/error-code';
import { fail } from '../../core/graphql/user-error';
import { newId } from '../../core/ids';
import { inTransaction } from '../../core/mutation';
import { updateAudited, updateVersioned } from '../../core/persistence/versioned-update';
import { containsPattern, prefixPattern } from '../../core/persistence/like-pattern';
import { diffFields } from '../../core/audit/audit-diff';
import { InputValidator } from '../../core/validation';
import { CUSTOMER_AUDITED_FIELDS, CustomerEntity } from './customer.entity';
import { CustomerStatus } from './customer.enums';
import { customerStateMachine } from './customer.state';
import { customerChangedEvent } from './customer.events';
import { CUSTOMER_SPEC } from './customer.table';
import { CustomerOrderField, type CreateCustomerInput, type CustomerFilter, type CustomerOrder, type SetCustomerStatusInput, type UpdateCustomerInput } from './customer.types';

const ORDER_COLUMNS: Record<CustomerOrderField, OrderColumn<CustomerEntity>> = {
  [CustomerOrderField.CODE]: { column: 'c.code', property: 'code' },
  [CustomerOrderField.NAME]: { column: 'c.name', property: 'name' },
  [CustomerOrderField.CREATED_AT]: { column: 'c.created_at', property: 'createdAt' },
  [CustomerOrderField.UPDATED_AT]: { column: 'c.updated_at', property: 'updatedAt' },
};

/** Customers the caller may read; filtering on a field it may not read is refused, not silently emptied. */
export async function listCustomers(ctx: RequestContext, args: ConnectionArgs, filter: CustomerFilter = {}, orderBy?: CustomerOrder[]): Promise<Connection<CustomerEntity>> {
  const qb = authorizedQuery(ctx, CUSTOMER_SPEC);
  const used: string[] = [];
  if (filter.ids) {
    qb.andWhere('c.id = ANY(:ids)', { ids: filter.ids });
    used.push('id');
  }
  if (filter.status) {
    qb.andWhere('c.status = ANY(:st)', { st: filter.status });
    used.push('status');
  }
  if (filter.country) {
    qb.andWhere('c.country = :country', { country: filter.country.toUpperCase() });
    used.push('country');
  }
  if (filter.codePrefix) {
    qb.andWhere(`c.code LIKE :prefix ESCAPE '\\'`, { prefix: prefixPattern(filter.codePrefix) });
    used.push('code');
  }
  if (filter.search) {
    qb.andWhere(`(c.code ILIKE :search ESCAPE '\\' OR c.name ILIKE :search ESCAPE '\\')`, { search: containsPattern(filter.search) });
    used.push('code', 'name');
  }
  if (filter.contactEmail) {
    qb.andWhere('lower(c.contact_email) = lower(:email)', { email: filter.contactEmail });
    used.push('contactEmail');
  }
  assertCanReadFields(ctx, 'Customer', used, 'filter');
  const keys = sortKeys(ctx, 'Customer', orderBy, ORDER_COLUMNS, { field: CustomerOrderField.CODE, direction: SortDirection.ASC }, 'c.id');
  return paginate(qb, args, keys, filter);
}

type CustomerMasterData = Omit<UpdateCustomerInput, 'id' | 'expectedVersion' | 'reason'>;

function masterData(v: InputValidator, input: CustomerMasterData): Partial<CustomerEntity> {
  const out: Partial<CustomerEntity> = v.contact(input);
  if (input.name !== undefined) out.name = v.text('name', input.name);
  if (input.country !== undefined) out.country = v.country('country', input.country);
  if (input.customFields !== undefined) {
    const cf = v.customFields('customFields', input.customFields);
    if (cf) out.customFields = cf;
  }
  return out;
}

export async function createCustomer(ctx: RequestContext, input: CreateCustomerInput): Promise<CustomerEntity> {
  assertCan(ctx, 'create', 'Customer');
  const v = new InputValidator();
  const code = v.code('code', input.code);
  const fields = masterData(v, input);
  v.throwIfAny();
  return inTransaction(ctx, async ({ ctx: tx, audit, emit }) => {
    if (await tx.manager.existsBy(CustomerEntity, { code })) fail(ErrorCode.DUPLICATE, `A customer with code ${code} already exists`, ['input', 'code']);
    const customer = await tx.manager.save(
      tx.manager.create(CustomerEntity, {
        customFields: {},
        ...fields,
        id: newId('cus'),
        code,
        status: CustomerStatus.ACTIVE,
        version: 1,
      }),
    );
    audit({ action: 'CREATE', entityType: 'Customer', entityId: customer.id, reason: input.reason, changes: diffFields(null, customer, CUSTOMER_AUDITED_FIELDS) });
    emit(customerChangedEvent('CREATED', customer, CUSTOMER_AUDITED_FIELDS));
    return customer;
  });
}

async function loadForUpdate(ctx: RequestContext, id: string): Promise<CustomerEntity> {
  const current = await ctx.manager.findOneBy(CustomerEntity, { id });
  if (!current) fail(ErrorCode.NOT_FOUND, `No customer ${id}`, ['input', 'id']);
  return current;
}

export async function updateCustomer(ctx: RequestContext, input: UpdateCustomerInput): Promise<CustomerEntity> {
  assertCan(ctx, 'update', 'Customer');
  const v = new InputValidator();
  const reason = v.text('reason', input.reason, 2000);
  const fields = masterData(v, input);
  v.throwIfAny();
  return inTransaction(ctx, async ({ ctx: tx, audit, emit, unchanged }) => {
    const current = await loadForUpdate(tx, input.id);
    const { updated, changes, written } = await updateAudited(tx, CustomerEntity, current, input.expectedVersion, fields, CUSTOMER_AUDITED_FIELDS);
    if (!written) {
      unchanged();
      return updated;
    }
    audit({ action: 'UPDATE', entityType: 'Customer', entityId: updated.id, changes, reason });
    emit(
      customerChangedEvent(
        'UPDATED',
        updated,
        changes.map((c) => c.field),
      ),
    );
    return updated;
  });
}

export async function setCustomerStatus(ctx: RequestContext, input: SetCustomerStatusInput): Promise<CustomerEntity> {
  assertCan(ctx, 'update', 'Customer');
  return inTransaction(ctx, async ({ ctx: tx, audit, emit }) => {
    const current = await loadForUpdate(tx, input.id);
    const check = customerStateMachine.check(current.status, input.status, ctx.principal.roles, input.reason);
    if (!check.ok) fail(ErrorCode[check.code], check.message, ['input', check.code === 'VALIDATION_FAILED' ? 'reason' : 'status']);
    const updated = await updateVersioned(tx, CustomerEntity, current.id, input.expectedVersion, { status: input.status });
    audit({ action: 'STATUS_CHANGE', entityType: 'Customer', entityId: updated.id, changes: diffFields(current, updated, ['status']), reason: input.reason.trim() });
    emit(customerChangedEvent('STATUS_CHANGED', updated, ['status']));
    return updated;
  });
}
