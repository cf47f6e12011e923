import type { RequestContext } from '../../core/context';
import { assertCan } from '../../core/authz/guard';
import { diffFields } from '../../core/audit/audit-diff';
import { ErrorCode } from '../../core/graphql/error-code';
import { fail } from '../../core/graphql/user-error';
import { newId } from '../../core/ids';
import { inTransaction } from '../../core/mutation';
import { InputValidator } from '../../core/validation';
import { CustomerAddressEntity } from './sales.entities';
import { customerStatus } from '../customers/customer.lookups';
import type { AddCustomerAddressInput } from './sales-inputs.types';

const ADDRESS_FIELDS = ['customerId', 'label', 'consigneeName', 'line1', 'line2', 'city', 'postalCode', 'region', 'country'] as const;

/** Adds a shipping address (consignee) to a customer. */
export async function addCustomerAddress(ctx: RequestContext, input: AddCustomerAddressInput): Promise<CustomerAddressEntity> {
  assertCan(ctx, 'create', 'CustomerAddress');
  const v = new InputValidator();
  const data = {
    label: v.text('label', input.label, 64),
    consigneeName: v.text('consigneeName', input.consigneeName, 200),
    line1: v.text('line1', input.line1, 200),
    line2: v.optionalText('line2', input.line2, 200),
    city: v.text('city', input.city, 100),
    postalCode: v.optionalText('postalCode', input.postalCode, 20),
    region: v.optionalText('region', input.region, 100),
    country: v.country('country', input.country) ?? '',
  };
  if (!data.country) v.fail('country', 'country must not be empty');
  v.throwIfAny();
  return inTransaction(ctx, async ({ ctx: tx, audit }) => {
    if ((await customerStatus(tx.manager, input.customerId)) === null) fail(ErrorCode.NOT_FOUND, `No customer ${input.customerId}`, ['input', 'customerId']);
    const address = await tx.manager.save(tx.manager.create(CustomerAddressEntity, { id: newId('cad'), customerId: input.customerId, ...data, customFields: {}, version: 1 }));
    audit({ action: 'CREATE', entityType: 'CustomerAddress', entityId: address.id, changes: diffFields(null, address, ADDRESS_FIELDS) });
    return address;
  });
}

/** One line, as printed on shipping documents and kept on the distribution record. */
export function formatAddress(a: CustomerAddressEntity): string {
  return [a.line1, a.line2, [a.postalCode, a.city].filter(Boolean).join(' '), a.region, a.country].filter(Boolean).join(', ');
}
