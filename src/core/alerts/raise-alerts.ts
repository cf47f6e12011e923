import { RequestContext } from '../context';
import { SYSTEM } from '../auth/principal';
import { inTransaction } from '../mutation';
import type { Platform } from '../platform';
import { alertEvent, type Alert } from './alert-event';

/** One occurrence of an alert: raised once per (type, record, occurrence key), however often a job runs. */
export interface AlertOccurrence extends Alert {
  occurrenceKey: string;
}

/**
 * Raises the alerts not raised before, as the system actor, in one transaction: each is claimed
 * in raised_alert (so several processes running the same job raise it once), audited, and
 * published as an AlertRaised outbox event. Returns how many were raised.
 */
export async function raiseAlerts(platform: Platform, jobId: string, occurrences: AlertOccurrence[]): Promise<number> {
  if (occurrences.length === 0) return 0;
  const ctx = RequestContext.create(platform, SYSTEM, platform.log, jobId);
  return inTransaction(ctx, async ({ ctx: tx, audit, emit }) => {
    let raised = 0;
    for (const o of occurrences) {
      const claimed: unknown[] = await tx.manager.query('INSERT INTO raised_alert (type, entity_id, occurrence_key) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1', [
        o.type,
        o.subjectId,
        o.occurrenceKey,
      ]);
      if (claimed.length === 0) continue;
      raised++;
      audit({ action: 'ALERT', entityType: o.subject, entityId: o.subjectId, reason: o.message, changes: [{ field: 'alert', old: null, new: { type: o.type, occurrence: o.occurrenceKey } }] });
      emit(alertEvent(o));
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
