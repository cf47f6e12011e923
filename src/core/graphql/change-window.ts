import { Field, InputType } from 'type-graphql';
import type { EntityMetadata, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { SqlCondition } from '../authz/rules-to-sql';
import { DateTimeScalar } from './scalars';
import { validationFailed } from './errors';

@InputType({ description: 'A window of time: from (inclusive) up to to (exclusive); either end may be left open.' })
export class DateTimeWindow {
  @Field(() => DateTimeScalar, { nullable: true, description: 'Earliest instant included.' })
  from?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'First instant no longer included.' })
  to?: Date | null;
}

/**
 * The `createdAt` and `updatedAt` windows every list's filter has (every `…Filter` input extends
 * this). For an incremental pull, see the README ("What changed since my last pull").
 */
// Declared as an input type so that its fields are inherited; only its subclasses are used in the schema.
@InputType('ChangeWindowFilter', { description: 'Fields every list filter has.' })
export abstract class ChangeWindowFilter {
  @Field(() => DateTimeWindow, { nullable: true, description: 'Only records created in this window.' })
  createdAt?: DateTimeWindow | null;

  @Field(() => DateTimeWindow, {
    nullable: true,
    description: 'Only records last changed in this window. For an incremental pull, pass the changeWatermark read before the previous pull as from.',
  })
  updatedAt?: DateTimeWindow | null;
}

/** The columns holding a list's creation and last-change times, for tables whose entity does not say (append-only ones). */
export interface ChangeColumns {
  createdAt: string;
  updatedAt: string;
}

/** The entity's @CreateDateColumn and @UpdateDateColumn, under the query's main alias. */
export function lifecycleColumnsOf(alias: string, metadata: EntityMetadata): Partial<ChangeColumns> {
  const column = (c: { databaseName: string } | undefined) => (c ? `${alias}.${c.databaseName}` : undefined);
  return { createdAt: column(metadata.createDateColumn), updatedAt: column(metadata.updateDateColumn) };
}

/** The conditions of a filter's created/updated windows on the given columns. */
export function changeWindowConditions(filter: ChangeWindowFilter | null | undefined, known: Partial<ChangeColumns>, listName: string): SqlCondition[] {
  if (!filter) return [];
  const conditions: SqlCondition[] = [];
  for (const key of ['createdAt', 'updatedAt'] as const) {
    const window = filter[key];
    if (!window) continue;
    const column = known[key];
    // A list that cannot honour a window must not silently ignore it: a programming error every list's test catches.
    if (!column) throw new Error(`The list of ${listName} declares no ${key} column`);
    if (window.from && window.to && window.from >= window.to) throw validationFailed(`"filter.${key}.from" must be before "to"`, `filter.${key}`);
    if (window.from) conditions.push({ sql: `${column} >= :${key}From`, params: { [`${key}From`]: window.from } });
    if (window.to) conditions.push({ sql: `${column} < :${key}To`, params: { [`${key}To`]: window.to } });
  }
  return conditions;
}

/** Restricts a list's query to the created/updated windows of its filter. */
export function applyChangeWindow<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, filter: ChangeWindowFilter | null | undefined, columns?: ChangeColumns): void {
  const { name, metadata } = qb.expressionMap.mainAlias!;
  for (const c of changeWindowConditions(filter, columns ?? lifecycleColumnsOf(name, metadata), qb.alias)) qb.andWhere(c.sql, c.params);
}
