import type { DataSource, QueryRunner } from 'typeorm';
import type { Query } from 'typeorm/driver/Query';

/**
 * Lotgraph's schema is written by hand in migrations; the entities model tables and columns,
 * not the foreign keys, CHECK and UNIQUE constraints, partial indexes, defaults and millisecond
 * timestamps the migrations add. Compared with a migrated database, TypeORM's generator would
 * propose to drop all of those (about 330 statements). These are the differences that only
 * mean "the entity does not say it"; a draft leaves them out, so `migration:generate` proposes
 * what an entity change adds or alters. Dropping a constraint, an index or a default is
 * therefore never drafted: write it by hand.
 */
function unmodeled(up: string, down: string): boolean {
  const u = up.trim();
  const d = down.trim();
  if (/^ALTER TABLE "[^"]+" DROP CONSTRAINT "[^"]+"$/.test(u)) return /^ALTER TABLE "[^"]+" ADD CONSTRAINT /.test(d);
  if (/^DROP INDEX "[^"]+"\."[^"]+"$/.test(u)) return /^CREATE (UNIQUE )?INDEX /.test(d);
  if (/^ALTER TABLE "[^"]+" ALTER COLUMN "[^"]+" DROP DEFAULT$/.test(u)) return /^ALTER TABLE "[^"]+" ALTER COLUMN "[^"]+" SET DEFAULT /.test(d);
  // `timestamptz` in an entity, `timestamptz(3)` in the migrations: only the precision differs.
  if (/^ALTER TABLE "[^"]+" ALTER COLUMN "[^"]+" TYPE TIMESTAMP WITH TIME ZONE$/.test(u)) return /^ALTER TABLE "[^"]+" ALTER COLUMN "[^"]+" TYPE TIMESTAMP\(3\) WITH TIME ZONE$/.test(d);
  return false;
}

/**
 * The statements of one schema-builder step without the unmodeled differences. A step's up and
 * down statements pair one to one where they can be left out; a step whose counts differ is kept whole.
 */
export function modeledStatements(up: Query[], down: Query[]): { up: Query[]; down: Query[] } {
  if (up.length !== down.length) return { up, down };
  const keep = up.map((u, i) => !unmodeled(u.query, down[i].query));
  return { up: up.filter((_, i) => keep[i]), down: down.filter((_, i) => keep[i]) };
}

/** The query runner's internals the schema builder records a draft through (TypeORM's BaseQueryRunner). */
interface RecordingRunner {
  sqlMemoryMode: boolean;
  executeQueries(up: Query | Query[], down: Query | Query[]): Promise<void>;
}

/**
 * Makes the drafts of `dataSource` (the schema builder's `log()`, which `migration:generate`
 * uses) leave out the unmodeled differences. Statements that run (migrations) are untouched.
 */
export function draftOnlyModeledChanges(dataSource: DataSource): void {
  const create = dataSource.createQueryRunner.bind(dataSource);
  dataSource.createQueryRunner = (...args: Parameters<DataSource['createQueryRunner']>): QueryRunner => {
    const runner = create(...args);
    const recording = runner as unknown as RecordingRunner;
    const execute = recording.executeQueries.bind(runner);
    recording.executeQueries = (up, down) => {
      if (!recording.sqlMemoryMode) return execute(up, down);
      const kept = modeledStatements(([] as Query[]).concat(up), ([] as Query[]).concat(down));
      return execute(kept.up, kept.down);
    };
    return runner;
  };
}
