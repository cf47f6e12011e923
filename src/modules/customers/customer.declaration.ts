import { codeNameAndTimeOrderings, declareEntity } from '../../core/entities/declare-entity';
import { anyOfFilter, equalsFilter, equalsIgnoringCaseFilter, idsFilter, prefixFilter, searchFilter } from '../../core/entities/filter-kinds';
import { CustomerEntity } from './customer.entity';
import { CustomerStatus } from './customer.enums';

// Contact fields are nullable in the schema: a caller who may not read them gets null plus a
// FORBIDDEN error at the field's path, and the rest of the record is still served.
const PERSONAL = 'Personal data: null with a FORBIDDEN error for callers who may not read it (BI_READER).';

/** Customer: its GraphQL type, list, filters, orderings, loader and compiled reads, from one declaration. */
export const CUSTOMER = declareEntity<CustomerEntity>({
  type: 'Customer',
  description: 'A customer: consignee of shipments and addressee of recall notices.',
  entity: CustomerEntity,
  alias: 'c',
  idPrefix: 'cus',
  ruleColumns: { id: 'id', code: 'code', status: 'status', country: 'country' },
  fields: {
    code: { type: () => String, description: 'Unique customer code.' },
    name: { type: () => String, description: 'Legal or trading name.' },
    country: { type: () => String, nullable: true, description: 'ISO 3166-1 alpha-2 country code, e.g. CN, US, DE.' },
    contactName: { type: () => String, nullable: true, description: `Contact person. ${PERSONAL}` },
    contactEmail: { type: () => String, nullable: true, description: `Contact e-mail address. ${PERSONAL}` },
    contactPhone: { type: () => String, nullable: true, description: `Contact telephone number. ${PERSONAL}` },
    status: { type: () => CustomerStatus, description: 'Lifecycle state; changed only through setCustomerStatus.' },
  },
  list: {
    field: 'customers',
    noun: ['customer', 'customers'],
    filterDescription: 'Filters combine with AND; list values match any.',
    filters: {
      ids: idsFilter('Only these customers.'),
      status: anyOfFilter('status', 'status', () => CustomerStatus, 'Any of these states.'),
      country: equalsFilter('country', 'country', 'ISO 3166-1 alpha-2 country code (case-insensitive).', (code) => code.toUpperCase()),
      codePrefix: prefixFilter('code', 'code', 'Codes starting with this text (wildcards match literally).'),
      search: searchFilter({ code: 'code', name: 'name' }, 'Case-insensitive substring of code or name (wildcards match literally).'),
      contactEmail: equalsIgnoringCaseFilter('contactEmail', 'contact_email', 'Exact contact e-mail, case-insensitive; FORBIDDEN for callers who may not read contactEmail.'),
    },
    orderBy: codeNameAndTimeOrderings<CustomerEntity>(),
    defaultOrder: 'CODE',
  },
});
