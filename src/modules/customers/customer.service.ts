import type { RequestContext } from '../../core/context';
import { assertCan } from '../../core/authz/guard';
import type { Connection, ConnectionArgs } from '../../core/graphql/connection';
import { ErrorCode } from '../../core/graphql/error-code';
import { fail } from '../../core/graphql/user-error';
import { newId } from '../../core/ids';
import { inTransaction } from '../../core/mutation';
import { updateAudited, updateVersioned } from '../../core/persistence/versioned-update';
import { diffFields } from '../../core/audit/audit-diff';
import { InputValidator } from '../../core/validation';
import { CUSTOMER_AUDITED_FIELDS, CustomerEntity } from './customer.entity';
import { CustomerStatus } from './customer.enums';
import { customerStateMachine } from './customer.state';
import { customerChangedEvent } from './customer.events';
import { CUSTOMER } from './customer.declaration';
import { type CreateCustomerInput, type CustomerFilter, type CustomerOrder, type SetCustomerStatusInput, type UpdateCustomerInput } from './customer.types';

/** Customers the caller may read; filtering or sorting on a field it may not read is refused, not silently emptied. */
export function listCustomers(ctx: RequestContext, args: ConnectionArgs, filter: CustomerFilter = {}, orderBy?: CustomerOrder[]): Promise<Connection<CustomerEntity>> {
  return CUSTOMER.list(ctx, args, filter, orderBy);
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
