import { AsyncLocalStorage } from 'node:async_hooks';
import { Counter } from 'prom-client';

/** Per-request tally of SQL statements, carried through async calls. */
export class StatementTally {
  count = 0;
}

const storage = new AsyncLocalStorage<StatementTally>();

export function runWithStatementTally<T>(tally: StatementTally, fn: () => T): T {
  return storage.run(tally, fn);
}

/**
 * Counts the statements of the rest of the current async chain in `tally`. Called where a
 * request's work starts that cannot count its statements itself (a GraphQL execution on the
 * general path), so a compiled read, which counts its one statement, never enters the storage:
 * on Node 22, a storage once entered keeps a promise hook on every promise of the process.
 */
export function countStatementsFromHere(tally: StatementTally): void {
  storage.enterWith(tally);
}

/** Runs `fn` with its statements counted in no request's tally (still in the process total). */
export function withoutStatementTally<T>(fn: () => T): T {
  return storage.exit(fn);
}

export function currentStatementTally(): StatementTally | undefined {
  return storage.getStore();
}

export const sqlStatementsTotal = new Counter({
  name: 'lotgraph_sql_statements_total',
  help: 'SQL statements sent to PostgreSQL',
});
