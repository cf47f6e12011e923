import type { EntityManager } from 'typeorm';

/** Well below PostgreSQL's 65,535 bind parameters per statement. */
const MAX_PARAMETERS = 30_000;

/**
 * `head VALUES (...), (...)` for any number of rows, in as few statements as the parameter limit
 * allows, in order. `row` turns one row's placeholders ($n) into its VALUES tuple.
 */
export async function insertInSlices(manager: EntityManager, head: string, tuples: unknown[][], row: (placeholders: string[]) => string): Promise<void> {
  if (tuples.length === 0) return;
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / tuples[0].length));
  for (let start = 0; start < tuples.length; start += perStatement) {
    const values: unknown[] = [];
    const rows = tuples.slice(start, start + perStatement).map((tuple) =>
      row(
        tuple.map((value) => {
          values.push(value);
          return `$${values.length}`;
        }),
      ),
    );
    await manager.query(`${head} VALUES ${rows.join(', ')}`, values);
  }
}
