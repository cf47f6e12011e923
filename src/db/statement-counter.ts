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
