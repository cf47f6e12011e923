import { ID } from 'type-graphql';
import { declareEntity } from '../../core/entities/declare-entity';
import { anyOfFilter, atLeastFilter, atMostFilter, equalsFilter, idsFilter } from '../../core/entities/filter-kinds';
import { SortDirection } from '../../core/graphql/connection';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../../core/graphql/scalars';
import { LotEntity } from './lot.entity';
import { LotOrigin, LotStatus } from './lot.enums';

/** Lot: its GraphQL type, list, filters, orderings, loader and compiled reads (a SUPPLIER reads only the lots it supplied). */
export const LOT = declareEntity<LotEntity>({
  type: 'Lot',
  description: 'A lot of one material, with its status, production identifiers and signatures.',
  entity: LotEntity,
  alias: 'lt',
  idPrefix: 'lot',
  idDescription: 'Opaque global id (prefix lot_), stable forever; pass it to node(id:) or nodes(ids:).',
  ruleColumns: { id: 'id', supplierId: 'supplier_id', siteId: 'site_id', materialId: 'material_id', status: 'status' },
  fields: {
    lotNumber: { type: () => String, description: 'Internal lot number, unique per material.' },
    supplierLotNumber: { type: () => String, nullable: true, description: "The supplier's own lot number." },
    materialId: { type: () => ID, description: "Global id of the lot's material." },
    supplierId: { type: () => ID, nullable: true, description: 'Global id of the supplier of a received lot; null for a produced lot.' },
    origin: { type: () => LotOrigin, description: 'Whether the lot was received from a supplier or produced by a work order.' },
    siteId: { type: () => ID, description: 'Global id of the site that received or produced the lot.' },
    purchaseOrderLineId: { type: () => ID, nullable: true, description: 'The purchase order line this lot was received against.' },
    quantity: { type: () => DecimalScalar, description: 'Quantity received or produced.' },
    unit: { type: () => String, description: "Unit of measure of `quantity`: the material's unit, e.g. EA." },
    manufacturedOn: { type: () => DateScalar, nullable: true, description: 'Manufacture date (GS1 AI 11), if known.' },
    expiresOn: { type: () => DateScalar, nullable: true, description: 'Expiry date (GS1 AI 17); past it a RELEASED lot becomes EXPIRED. Null if the material does not expire.' },
    serialNumber: { type: () => String, nullable: true, description: 'Serial number (GS1 AI 21) of a serial-controlled material.' },
    status: { type: () => LotStatus, description: 'Lifecycle status; only RELEASED (or CONDITIONAL_RELEASE within its concession) may be used or shipped.' },
    statusReason: { type: () => String, nullable: true, description: 'Reason given for the current status.' },
    releasedAt: { type: () => DateTimeScalar, nullable: true, description: 'Server UTC time of the last release; null if never released.' },
    releasedBy: { type: () => String, nullable: true, description: 'Printed name of the releaser.' },
    createdByName: { type: () => String, description: 'Printed name of who received or produced the lot.' },
  },
  relations: {
    material: { kind: 'one', type: 'Material', key: 'materialId' },
    supplier: { kind: 'one', type: 'Supplier', key: 'supplierId' },
    site: { kind: 'one', type: 'Site', key: 'siteId' },
  },
  list: {
    field: 'lots',
    noun: ['lot', 'lots'],
    filterDescription: 'Filters combine with AND; list values match any.',
    filters: {
      ids: idsFilter('Only records with one of these global ids.'),
      status: anyOfFilter('status', 'status', () => LotStatus, 'Only records in one of these statuses.'),
      materialIds: anyOfFilter('materialId', 'material_id', () => ID, 'Only records of one of these materials (global ids).'),
      supplierIds: anyOfFilter('supplierId', 'supplier_id', () => ID, 'Only records of one of these suppliers (global ids).'),
      siteIds: anyOfFilter('siteId', 'site_id', () => ID, 'Only records of one of these sites (global ids).'),
      expiresFrom: atLeastFilter('expiresOn', 'expires_on', () => DateScalar, 'Expiring on or after this date.'),
      expiresTo: atMostFilter('expiresOn', 'expires_on', () => DateScalar, 'Expiring on or before this date.'),
      supplierLotNumber: equalsFilter('supplierLotNumber', 'supplier_lot_number', 'Only lots with exactly this supplier lot number.'),
    },
    orderBy: {
      LOT_NUMBER: { property: 'lotNumber', column: 'lot_number', description: 'By `lotNumber`.' },
      // No expiry sorts last; the cursor carries the same stand-in value.
      EXPIRES_ON: {
        property: 'expiresOn',
        column: 'expires_on',
        expression: (lt) => `coalesce(${lt}.expires_on, 'infinity'::date)`,
        value: (l) => l.expiresOn ?? 'infinity',
        description: 'By `expiresOn`.',
      },
      CREATED_AT: { property: 'createdAt', column: 'created_at', description: 'By `createdAt`.' },
    },
    defaultOrder: 'CREATED_AT',
    defaultDirection: SortDirection.DESC,
    orderTexts: {
      field: 'Lots without an expiry date sort last by EXPIRES_ON.',
      input: 'One sort key for lots; in orderBy, earlier keys take precedence and the id breaks remaining ties.',
      direction: 'Ascending (default) or descending.',
    },
  },
});
