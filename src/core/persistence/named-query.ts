import type { EntityManager } from 'typeorm';

/** Runs hand-written SQL with TypeORM-style `:name` parameters (as row scopes produce them), as one statement. */
export function queryNamed<T>(manager: EntityManager, sql: string, params: Record<string, unknown>): Promise<T[]> {
  const [text, values] = manager.connection.driver.escapeQueryWithParameters(sql, params);
  return manager.query(text, values);
}
