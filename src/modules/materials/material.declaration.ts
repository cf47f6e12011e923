import { codeNameAndTimeOrderings, declareEntity } from '../../core/entities/declare-entity';
import { afterFilter, anyOfFilter, equalsFilter, idsFilter, prefixFilter, searchFilter } from '../../core/entities/filter-kinds';
import { normalizeGtin } from '../../core/gs1/gtin';
import { Int } from 'type-graphql';
import { DateTimeScalar, DecimalScalar } from '../../core/graphql/scalars';
import { MaterialEntity } from './material.entity';
import { DeviceClass, MaterialStatus, MaterialType } from './material.enums';

/** Material: its GraphQL type, list, filters, orderings, loader and compiled reads. */
export const MATERIAL = declareEntity<MaterialEntity>({
  type: 'Material',
  description: 'An item master record: what is bought, made, stocked or sold.',
  entity: MaterialEntity,
  alias: 'm',
  idPrefix: 'mat',
  idDescription: 'Opaque global id (prefix mat_), stable forever; pass it to node(id:) or nodes(ids:).',
  ruleColumns: { id: 'id', code: 'code', status: 'status', type: 'type' },
  fields: {
    code: { type: () => String, description: 'Unique material code (part number).' },
    name: { type: () => String, description: 'Human-readable name (Chinese or English).' },
    description: { type: () => String, nullable: true, description: 'Longer free-text description, if any.' },
    type: { type: () => MaterialType, description: 'What kind of item the material is.' },
    unit: { type: () => String, description: 'Unit of measure, e.g. EA, KG, M.' },
    lotControlled: { type: () => Boolean, description: 'Tracked by lot.' },
    serialControlled: { type: () => Boolean, description: 'Tracked by serial number.' },
    shelfLifeDays: { type: () => Int, nullable: true, description: 'Days from manufacture to expiry; null if it does not expire.' },
    reorderPoint: { type: () => DecimalScalar, nullable: true, description: 'Released stock below this raises LOW_STOCK; null: not watched.' },
    deviceClass: { type: () => DeviceClass, nullable: true, description: 'Medical device risk class; null if not set.' },
    gtin: { type: () => String, nullable: true, description: 'UDI device identifier: GS1 GTIN-14 with a valid check digit.' },
    revision: { type: () => String, description: 'Design revision.' },
    status: { type: () => MaterialStatus, description: 'Lifecycle status; lots are received only for ACTIVE materials.' },
    lotNumberPattern: {
      type: () => String,
      nullable: true,
      description: 'Pattern of internal lot numbers: {YY} {YYYY} {MM} {DD} {MAT} and {SEQ:n}, e.g. {YY}{MM}{DD}-{SEQ:4}; null with FORBIDDEN for a SUPPLIER.',
    },
  },
  list: {
    field: 'materials',
    noun: ['material', 'materials'],
    filterDescription: 'Filters combine with AND; list values match any.',
    filters: {
      ids: idsFilter('Only records with one of these global ids.'),
      status: anyOfFilter('status', 'status', () => MaterialStatus, 'Only records in one of these statuses.'),
      type: anyOfFilter('type', 'type', () => MaterialType, 'Only materials of one of these types.'),
      deviceClass: anyOfFilter('deviceClass', 'device_class', () => DeviceClass, 'Only materials of one of these device classes.'),
      codePrefix: prefixFilter('code', 'code', 'Codes starting with this text.'),
      search: searchFilter({ code: 'code', name: 'name' }, 'Case-insensitive substring of code or name.'),
      gtin: equalsFilter('gtin', 'gtin', 'Only the material with this GTIN (GTIN-8/12/13/14; compared as GTIN-14).', (gtin) => normalizeGtin(gtin) ?? gtin),
      updatedAfter: afterFilter(
        'updatedAt',
        'updated_at',
        () => DateTimeScalar,
        'Only materials changed after this time (exclusive), for incremental pulls.',
        'Use updatedAt: { from } (inclusive), which every list filter has.',
      ),
    },
    orderBy: codeNameAndTimeOrderings<MaterialEntity>(),
    defaultOrder: 'CODE',
    orderTexts: {
      field: 'Fields materials can be sorted by.',
      input: 'One sort key for materials; in orderBy, earlier keys take precedence and the id breaks remaining ties.',
      direction: 'Ascending (default) or descending.',
    },
  },
});
