import type { DataSource } from 'typeorm';

const BATCH = 5000;

/** Deletes finished deliveries (SUCCEEDED or FAILED) created before `cutoff`, with their attempt logs, in short batches. */
export async function pruneFinishedDeliveries(dataSource: DataSource, cutoff: Date): Promise<number> {
  let pruned = 0;
  for (;;) {
    const deleted = await dataSource.transaction(async (manager) => {
      const rows: { id: string }[] = await manager.query(`SELECT id FROM webhook_delivery WHERE status <> 'PENDING' AND created_at < $1 ORDER BY created_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`, [
        cutoff,
      ]);
      const ids = rows.map((r) => r.id);
      if (ids.length === 0) return 0;
      await manager.query('DELETE FROM webhook_attempt WHERE delivery_id = ANY($1)', [ids]);
      await manager.query('DELETE FROM webhook_delivery WHERE id = ANY($1)', [ids]);
      return ids.length;
    });
    pruned += deleted;
    if (deleted < BATCH) return pruned;
  }
}
