import { ID, Int } from 'type-graphql';
import { declareEntity } from '../../core/entities/declare-entity';
import { anyOfFilter, atMostFilter, idsFilter, type FilterKind } from '../../core/entities/filter-kinds';
import { SortDirection } from '../../core/graphql/connection';
import { DateScalar } from '../../core/graphql/scalars';
import { todayUtc } from '../../core/dates';
import { EquipmentEntity } from './equipment.entity';
import { EquipmentStatus, EquipmentType } from './equipment.enums';
import { effectiveStatusSql } from './effective-status';

/** The status as shown, in SQL over the alias, as of today (UTC). */
const effectiveStatus = (alias: string) => ({ sql: effectiveStatusSql(alias, ':eq_today'), params: { eq_today: todayUtc() } });

const statusFilter: FilterKind<string[]> = {
  input: () => [EquipmentStatus],
  description: 'By status as shown: OUT_OF_CALIBRATION includes equipment in service past its due date.',
  reads: ['status'],
  condition: (a, statuses) => {
    const status = effectiveStatus(a);
    return { sql: `${status.sql} = ANY(:f_status)`, params: { ...status.params, f_status: statuses } };
  },
};

/** Equipment: its GraphQL type (status as of today), list by asset tag, loader and compiled reads. */
export const EQUIPMENT = declareEntity<EquipmentEntity>({
  type: 'Equipment',
  description: 'An instrument or production asset (ISO 13485 7.6).',
  entity: EquipmentEntity,
  alias: 'eq',
  idPrefix: 'eq',
  idDescription: 'Opaque global id (prefix eq_), stable forever; pass it to node(id:) or nodes(ids:).',
  ruleColumns: { id: 'id', siteId: 'site_id', status: 'status' },
  fields: {
    assetTag: { type: () => String, description: 'Unique asset tag.' },
    name: { type: () => String, description: 'Human-readable name, e.g. "Digital caliper 0-150 mm".' },
    type: { type: () => EquipmentType, description: 'What kind of equipment it is.' },
    siteId: { type: () => ID, description: 'Global id of the site the equipment belongs to.' },
    locationId: { type: () => ID, nullable: true, description: 'Global id of the location where the equipment stands, if recorded.' },
    status: {
      type: () => EquipmentStatus,
      property: 'effectiveStatus',
      sql: effectiveStatus,
      description: 'OUT_OF_CALIBRATION for equipment in service past its calibration due date, whatever was stored.',
    },
    calibrationIntervalDays: { type: () => Int, nullable: true, description: 'Days between calibrations; null if none is needed.' },
    lastCalibratedOn: { type: () => DateScalar, nullable: true, description: 'Date of the last passing calibration.' },
    calibrationDueOn: { type: () => DateScalar, nullable: true, description: 'Null until the first passing calibration, and after a failed one until the next pass.' },
    inCalibration: {
      type: () => Boolean,
      sql: (alias) => {
        const status = effectiveStatus(alias);
        return { sql: `(${status.sql} = '${EquipmentStatus.IN_SERVICE}')`, params: status.params };
      },
      description: 'In service and not past its calibration due date: usable for measurements today.',
    },
  },
  list: {
    field: 'equipment',
    noun: ['piece of equipment', 'equipment'],
    filterDescription: 'Criteria for listing equipment: all given criteria must hold (AND); a list matches any of its values; an omitted criterion does not filter.',
    filters: {
      ids: idsFilter('Only records with one of these global ids.'),
      siteIds: anyOfFilter('siteId', 'site_id', () => ID, 'Only records of one of these sites (global ids).'),
      status: statusFilter as FilterKind<never>,
      types: anyOfFilter('type', 'type', () => EquipmentType, 'Only equipment of one of these types.'),
      calibrationDueBy: atMostFilter('calibrationDueOn', 'calibration_due_on', () => DateScalar, 'Calibration due on or before this date.'),
    },
    fixedOrder: { property: 'assetTag', column: 'asset_tag', direction: SortDirection.ASC },
  },
});
