import { codeNameAndTimeOrderings, declareEntity } from '../../core/entities/declare-entity';
import { anyOfFilter, atMostFilter, equalsFilter, equalsIgnoringCaseFilter, idsFilter, prefixFilter, searchFilter } from '../../core/entities/filter-kinds';
import { DateScalar, DateTimeScalar } from '../../core/graphql/scalars';
import { SupplierEntity } from './supplier.entity';
import { QualificationStatus, SupplierStatus } from './supplier.enums';

const PERSONAL = 'Personal data: masked for BI_READER.';

/** Supplier: its GraphQL type, list, filters, orderings, loader and compiled reads (a SUPPLIER reads only `id = supplierId`). */
export const SUPPLIER = declareEntity<SupplierEntity>({
  type: 'Supplier',
  description: 'A supplier and its qualification (ISO 13485 7.4).',
  entity: SupplierEntity,
  alias: 's',
  idPrefix: 'sup',
  idDescription: 'Opaque global id (prefix sup_), stable forever; pass it to node(id:) or nodes(ids:).',
  ruleColumns: { id: 'id', code: 'code', qualificationStatus: 'qualification_status', status: 'status' },
  fields: {
    code: { type: () => String, description: 'Unique supplier code.' },
    name: { type: () => String, description: 'Legal or trading name of the supplier.' },
    country: { type: () => String, nullable: true, description: 'ISO 3166-1 alpha-2 country code.' },
    contactName: { type: () => String, nullable: true, description: PERSONAL },
    contactEmail: { type: () => String, nullable: true, description: PERSONAL },
    contactPhone: { type: () => String, nullable: true, description: PERSONAL },
    qualificationStatus: { type: () => QualificationStatus, description: 'Its qualification (ISO 13485 7.4); only APPROVED or CONDITIONAL suppliers may supply.' },
    qualificationExpiresOn: { type: () => DateScalar, nullable: true, description: 'Qualification is void after this date.' },
    qualificationReason: { type: () => String, nullable: true, description: 'Why QA set the current qualification.' },
    qualifiedAt: { type: () => DateTimeScalar, nullable: true, description: 'Server UTC time of the last qualification decision; null if none was made yet.' },
    qualifiedBy: { type: () => String, nullable: true, description: 'Printed name of who set the current qualification.' },
    // Computed by the entity from the status, expiry and today: the general path answers it.
    qualified: { type: () => Boolean, description: 'APPROVED or CONDITIONAL and not expired today: purchases and receipts are allowed.' },
    status: { type: () => SupplierStatus, description: 'Whether the supplier is in use.' },
  },
  list: {
    field: 'suppliers',
    noun: ['supplier', 'suppliers'],
    filterDescription: 'Filters combine with AND; list values match any.',
    filters: {
      ids: idsFilter('Only records with one of these global ids.'),
      qualificationStatus: anyOfFilter('qualificationStatus', 'qualification_status', () => QualificationStatus, 'Only suppliers in one of these qualification states.'),
      qualificationExpiresBy: atMostFilter('qualificationExpiresOn', 'qualification_expires_on', () => DateScalar, 'Qualification expiring on or before this date.'),
      status: anyOfFilter('status', 'status', () => SupplierStatus, 'Only records in one of these statuses.'),
      country: equalsFilter('country', 'country', 'Only suppliers in this country (ISO 3166-1 alpha-2).', (code) => code.toUpperCase()),
      codePrefix: prefixFilter('code', 'code', 'Codes starting with this text.'),
      search: searchFilter({ code: 'code', name: 'name' }, 'Case-insensitive substring of code or name.'),
      contactEmail: equalsIgnoringCaseFilter('contactEmail', 'contact_email', 'Exact contact e-mail (case-insensitive); refused for callers who may not read it.'),
    },
    orderBy: {
      ...codeNameAndTimeOrderings<SupplierEntity>(),
      // No expiry sorts last; the cursor carries the same stand-in value.
      QUALIFICATION_EXPIRES_ON: {
        property: 'qualificationExpiresOn',
        column: 'qualification_expires_on',
        expression: (s) => `coalesce(${s}.qualification_expires_on, 'infinity'::date)`,
        value: (s) => s.qualificationExpiresOn ?? 'infinity',
        description: 'By `qualificationExpiresOn`.',
      },
    },
    defaultOrder: 'CODE',
    orderTexts: {
      field: 'Fields suppliers can be sorted by.',
      input: 'One sort key for suppliers; in orderBy, earlier keys take precedence and the id breaks remaining ties.',
      direction: 'Ascending (default) or descending.',
    },
  },
});
