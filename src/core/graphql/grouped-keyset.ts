import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { SortDirection, type Connection, type ConnectionArgs } from './connection';
import { applyCursors, pageOf, pageRequest, type SortKey } from './keyset';

/** The relation's grouping: the SQL column, how to read it off a row, and the parents asked for. */
export interface Grouping<T> {
  column: string;
  of: (row: T) => string;
  ids: readonly string[];
}

/**
 * `paginate` for a one-to-many relation under a page of parents (a site's locations under a
 * page of sites): one keyset page per parent in ONE statement, using row_number() over a
 * partition by the parent, so the statement count does not grow with the parent page. The
 * totals of all parents are one more statement, run only if a totalCount is selected.
 * Cursors and pageInfo are those of `paginate`.
 */
export async function paginatePerGroup<T extends ObjectLiteral & { id: string }>(qb: SelectQueryBuilder<T>, group: Grouping<T>, args: ConnectionArgs, keys: SortKey<T>[]): Promise<Connection<T>[]> {
  const { limit, backward } = pageRequest(args);
  const alias = qb.alias;
  const scoped = qb.clone().andWhere(`${group.column} = ANY(:grp_ids)`, { grp_ids: [...group.ids] });
  const ranked = scoped.clone();
  applyCursors(ranked, args, keys);
  const order = keys.map((k) => `${k.column} ${(k.direction === SortDirection.ASC) !== backward ? 'ASC' : 'DESC'}`).join(', ');
  ranked.select(`${alias}.id`, 'id').addSelect(`row_number() OVER (PARTITION BY ${group.column} ORDER BY ${order})`, 'rn');
  const rows =
    limit === 0
      ? []
      : await qb
          .clone()
          .innerJoin(`(${ranked.getQuery()})`, 'grp_page', `grp_page.id = ${alias}.id`)
          .where('grp_page.rn <= :grp_limit', { ...ranked.getParameters(), grp_limit: limit + 1 })
          .orderBy(group.column)
          .addOrderBy('grp_page.rn')
          .getMany();

  const byGroup = new Map<string, T[]>(group.ids.map((id) => [id, []]));
  for (const row of rows) byGroup.get(group.of(row))?.push(row);
  let totals: Promise<Map<string, number>> | undefined;
  const countAll = async () => {
    const counts = await scoped.clone().select(group.column, 'grp').addSelect('count(*)::int', 'n').groupBy(group.column).orderBy().getRawMany<{ grp: string; n: number }>();
    return new Map(counts.map((c) => [c.grp, c.n]));
  };
  return group.ids.map((id) => ({
    ...pageOf(byGroup.get(id) ?? [], keys, args, limit, backward),
    get totalCount() {
      totals ??= countAll();
      return totals.then((m) => m.get(id) ?? 0);
    },
  }));
}
