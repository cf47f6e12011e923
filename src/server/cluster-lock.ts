import type { DataSource } from 'typeorm';

/**
 * Runs `work` only if no other process of the cluster is running the same named work: a
 * PostgreSQL session advisory lock, held on its own connection for the duration. Returns
 * undefined when another process holds it.
 */
export async function withClusterLock<T>(dataSource: DataSource, name: string, work: () => Promise<T>): Promise<T | undefined> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    const [{ locked }]: { locked: boolean }[] = await runner.query(`SELECT pg_try_advisory_lock(hashtext($1)) AS locked`, [`lotgraph-job:${name}`]);
    if (!locked) return undefined;
    try {
      return await work();
    } finally {
      await runner.query(`SELECT pg_advisory_unlock(hashtext($1))`, [`lotgraph-job:${name}`]);
    }
  } finally {
    await runner.release();
  }
}
