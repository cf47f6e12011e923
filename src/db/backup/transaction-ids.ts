import { Client } from 'pg';

const PER_ROUND_TRIP = 1000;

/**
 * Makes sure this cluster's next transaction id is above `above`, spending ids in empty
 * transactions if it is not (a fresh cluster starts near 750). Returns how many were spent.
 * Restored outbox positions are renumbered below that point, so they sort before every
 * transaction that commits after the restore.
 */
export async function advanceTransactionIds(url: string, above: number): Promise<number> {
  const client = new Client({ connectionString: url, application_name: 'lotgraph-restore' });
  await client.connect();
  try {
    await client.query('SET synchronous_commit = off');
    const next = async () => Number((await client.query<{ next: string }>('SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS next')).rows[0].next);
    let spent = 0;
    for (let missing = above - (await next()) + 1; missing > 0; missing = above - (await next()) + 1) {
      const round = Math.min(missing, PER_ROUND_TRIP);
      // Several statements in one simple query: one round trip, each BEGIN..COMMIT its own transaction.
      await client.query('BEGIN; SELECT pg_current_xact_id(); COMMIT;'.repeat(round));
      spent += round;
    }
    return spent;
  } finally {
    await client.end();
  }
}
