import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../core/context';
import { assertCan, rowScope } from '../../core/authz/guard';
import { ErrorCode } from '../../core/graphql/error-code';
import { fail } from '../../core/graphql/user-error';
import { LOT_SPEC } from '../lots/lot.table';
import { COMPONENTS_SQL, INSPECTIONS_SQL, LEDGER_SQL, LOT_HEADER_SQL, NONCONFORMANCES_SQL, OPERATORS_SQL, SIGNATURES_SQL, STATUS_HISTORY_SQL } from './device-history-record.sql';
import {
  toComponents,
  toEquipmentUses,
  toInspections,
  toLot,
  toNonconformances,
  toOperators,
  toQuantities,
  toSignatures,
  toStatusHistory,
  type ComponentRow,
  type InspectionRow,
  type LedgerRow,
  type LotHeaderRow,
  type NonconformanceRow,
  type OperatorRow,
  type SignatureRow,
  type StatusChangeRow,
} from './device-history-record.rows';
import type { DeviceHistoryRecord } from './device-history-record.types';
import { queryNamed } from '../../core/persistence/named-query';

/** The lot under the caller's row scope; an unknown and an unreadable lot answer alike. */
async function readableLot(ctx: RequestContext, manager: EntityManager, lotId: string): Promise<LotHeaderRow> {
  const scope = rowScope(ctx, 'read', 'Lot', 'l', LOT_SPEC.columns);
  const [lot] = await queryNamed<LotHeaderRow>(manager, LOT_HEADER_SQL(scope.sql), { ...scope.params, lotId });
  if (!lot) fail(ErrorCode.NOT_FOUND, `No lot ${lotId}`, ['lotId']);
  return lot;
}

/**
 * The batch record of one lot (ISO 13485 7.5.1). Needs `read DeviceHistoryRecord` and read
 * access to the lot; the record then shows the lot's whole history, whatever the caller may read
 * of inspections elsewhere, except signatures, withheld (null) from a caller who may not read
 * them. One read-only snapshot, a fixed number of statements.
 */
export async function deviceHistoryRecord(ctx: RequestContext, lotId: string): Promise<DeviceHistoryRecord> {
  assertCan(ctx, 'read', 'DeviceHistoryRecord');
  return ctx.dataSource.transaction('REPEATABLE READ', async (manager) => {
    await manager.query('SET TRANSACTION READ ONLY');
    const lot = await readableLot(ctx, manager, lotId);
    const select = <T>(sql: string, params: unknown[] = [lot.id]) => manager.query(sql, params) as Promise<T[]>;
    const statusHistory = toStatusHistory(await select<StatusChangeRow>(STATUS_HISTORY_SQL));
    const [ledger] = await select<LedgerRow>(LEDGER_SQL, [lot.id, lot.released_at]);
    const components = toComponents(await select<ComponentRow>(COMPONENTS_SQL));
    const operators = toOperators(await select<OperatorRow>(OPERATORS_SQL));
    const inspections = toInspections(await select<InspectionRow>(INSPECTIONS_SQL));
    const nonconformances = toNonconformances(await select<NonconformanceRow>(NONCONFORMANCES_SQL));
    // The record keeps its shape for a reader of records who may not read signatures: withheld, not left out.
    const signatures = ctx.ability.can('read', 'ElectronicSignature') ? toSignatures(await select<SignatureRow>(SIGNATURES_SQL)) : null;
    return {
      generatedAt: new Date(),
      companyName: ctx.platform.config.companyName ?? null,
      lot: toLot(lot),
      statusHistory,
      quantities: toQuantities(lot, ledger),
      components,
      operators,
      equipment: toEquipmentUses(inspections),
      inspections,
      nonconformances,
      signatures,
    };
  });
}
