import { ArgsType, Field, Int, ObjectType, registerEnumType, type ClassType } from 'type-graphql';
import { LIMITS } from './request-limits';

export const MAX_PAGE_SIZE = LIMITS.maxPageSize;
export const DEFAULT_PAGE_SIZE = 50;

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'Ordering direction.',
  valuesConfig: { ASC: { description: 'Ascending: smallest, earliest or A first.' }, DESC: { description: 'Descending: largest, latest or Z first.' } },
});

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field({ description: 'More items follow the last edge.' })
  hasNextPage: boolean;

  @Field({ description: 'More items precede the first edge.' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge, for `before:`; null on an empty page.' })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge, for `after:`; null on an empty page.' })
  endCursor: string | null;
}

/** Relay pagination arguments; pagination is keyset-based, never OFFSET. */
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `Page size from the start (at most ${MAX_PAGE_SIZE}).` })
  first?: number;

  @Field(() => String, { nullable: true, description: 'Cursor to continue after.' })
  after?: string;

  @Field(() => Int, { nullable: true, description: `Page size from the end (at most ${MAX_PAGE_SIZE}).` })
  last?: number;

  @Field(() => String, { nullable: true, description: 'Cursor to continue before.' })
  before?: string;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** Evaluated only when the field is selected. */
  readonly totalCount: Promise<number>;
}

/** Builds the `XEdge` and `XConnection` GraphQL types for a node type. */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `An edge in a ${name} connection.` })
  class EdgeType {
    @Field({ description: 'Opaque cursor of this edge.' })
    cursor: string;

    @Field(() => nodeType, { description: `The ${name} at this position.` })
    node: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} records.` })
  class ConnectionClass {
    @Field(() => [EdgeType], { description: `The ${name} records of this page with their cursors, in the requested order.` })
    edges: EdgeType[];

    @Field(() => PageInfo, { description: 'Cursors and flags to fetch the next or previous page.' })
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'Count of all records matching the filter that the caller may read.' })
    totalCount: number;
  }
  return ConnectionClass;
}
