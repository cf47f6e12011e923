import { RequestContext } from '../context';
import { SYSTEM } from '../auth/principal';
import { inTransaction } from '../mutation';
import type { Platform } from '../platform';

export const ALERT_RAISED = 'AlertRaised';

/** One occurrence of an alert: raised once per (type, entity, occurrence key), however often a job runs. */
export interface AlertOccurrence {
  aggregateType: string;
  entityId: string;
  occurrenceKey: string;
  payload: Record<string, unknown>;
}

/**
 * Raises the alerts not raised before, as the system actor, in one transaction: each is claimed
 * in raised_alert (so several processes running the same job raise it once), audited, and
 * published as an AlertRaised outbox event. Returns how many were raised.
 */
export async function raiseAlerts(platform: Platform, alertType: string, jobId: string, occurrences: AlertOccurrence[]): Promise<number> {
  if (occurrences.length === 0) return 0;
  const ctx = RequestContext.create(platform, SYSTEM, platform.log, jobId);
  return inTransaction(ctx, async ({ ctx: tx, audit, emit }) => {
    let raised = 0;
    for (const o of occurrences) {
      const claimed: unknown[] = await tx.manager.query(
        'INSERT INTO raised_alert (type, entity_id, occurrence_key) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1', [alertType, o.entityId, o.occurrenceKey]);
      if (claimed.length === 0) continue;
      raised++;
      audit({ action: 'ALERT', entityType: o.aggregateType, entityId: o.entityId, changes: [{ field: 'alert', old: null, new: { type: alertType, occurrence: o.occurrenceKey } }] });
      emit({ type: ALERT_RAISED, aggregateType: o.aggregateType, aggregateId: o.entityId, payload: { alertType, ...o.payload } });
    }
    // Another process raised them all meanwhile: nothing to commit.
    if (raised === 0) throw new AlreadyRaised();
    return raised;
  }).catch((err: unknown) => {
    if (err instanceof AlreadyRaised) return 0;
    throw err;
  });
}

class AlreadyRaised extends Error {}
