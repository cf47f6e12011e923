import type { SqlCondition } from '../authz/rules-to-sql';

/** Positional parameters of one statement: values never enter the SQL text. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  /** A condition written with TypeORM-style named parameters (`:name`), renumbered into this statement. */
  condition(condition: SqlCondition): string {
    let sql = condition.sql;
    for (const [name, value] of Object.entries(condition.params)) {
      const placeholder = this.add(value);
      sql = sql.replace(new RegExp(`(?<![:\\w]):${name}\\b`, 'g'), () => placeholder);
    }
    return sql;
  }
}
