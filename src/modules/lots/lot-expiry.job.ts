import type { Platform } from '../../core/platform';
import { RequestContext } from '../../core/context';
import { SYSTEM } from '../../core/auth/principal';
import { inTransaction } from '../../core/mutation';
import { diffFields } from '../../core/audit/audit-diff';
import { todayUtc } from '../../core/dates';
import { LOT_AUDITED_FIELDS, LotEntity } from './lot.entity';
import { LotStatus } from './lot.enums';
import { lotStatusChangedEvent } from './lot.events';
import { lotStateMachine } from './lot.state';

// Only one process of a cluster runs the job at a time.
const EXPIRY_JOB_LOCK = 0x4c4f5445; // "LOTE"
const BATCH = 500;
/** Usable lots expire; a conditional release ends with the product's shelf life too. */
const EXPIRING = [LotStatus.RELEASED, LotStatus.CONDITIONAL_RELEASE];

class NothingToExpire extends Error {}

/**
 * Marks RELEASED lots past their expiry date EXPIRED, as the system actor, in batches: each
 * batch is one transaction with an audit entry and a lotStatusChanged event per lot.
 * Returns how many lots expired.
 */
export async function expireReleasedLots(platform: Platform, today: string = todayUtc()): Promise<number> {
  const runner = platform.dataSource.createQueryRunner();
  await runner.connect();
  try {
    const [{ locked }]: { locked: boolean }[] = await runner.query('SELECT pg_try_advisory_lock($1) AS locked', [EXPIRY_JOB_LOCK]);
    if (!locked) return 0;
    try {
      const ctx = RequestContext.create(platform, SYSTEM, platform.log, `job-lot-expiry-${today}`);
      let expired = 0;
      for (;;) {
        const [{ due }]: { due: boolean }[] = await runner.query('SELECT EXISTS (SELECT 1 FROM lot WHERE status = ANY($1) AND expires_on < $2) AS due', [EXPIRING, today]);
        if (!due) return expired;
        const done = await inTransaction(ctx, async ({ ctx: tx, audit, emit }) => {
          const lots = await tx.manager
            .createQueryBuilder(LotEntity, 'lt')
            .where('lt.status = ANY(:expiring) AND lt.expires_on < :today', { expiring: EXPIRING, today })
            .orderBy('lt.expires_on')
            .limit(BATCH)
            .setLock('pessimistic_write')
            .setOnLocked('skip_locked')
            .getMany();
          // Someone else holds the due lots right now; try again on the next run.
          if (lots.length === 0) throw new NothingToExpire();
          for (const lot of lots) {
            if (!lotStateMachine.check(lot.status, LotStatus.EXPIRED, SYSTEM.roles, 'expired').ok) continue;
            const updated = Object.assign(new LotEntity(), lot, {
              status: LotStatus.EXPIRED,
              statusReason: `Expired on ${lot.expiresOn}`,
              version: lot.version + 1,
            });
            await tx.manager.update(LotEntity, { id: lot.id, version: lot.version }, { status: updated.status, statusReason: updated.statusReason, version: updated.version });
            audit({ action: 'STATUS_CHANGE', entityType: 'Lot', entityId: lot.id, reason: updated.statusReason, changes: diffFields(lot, updated, LOT_AUDITED_FIELDS) });
            emit(lotStatusChangedEvent(lot.status, updated, updated.statusReason));
          }
          return lots.length;
        }).catch((err: unknown) => {
          if (err instanceof NothingToExpire) return 0;
          throw err;
        });
        expired += done;
        if (done === 0) return expired;
      }
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [EXPIRY_JOB_LOCK]);
    }
  } finally {
    await runner.release();
  }
}
